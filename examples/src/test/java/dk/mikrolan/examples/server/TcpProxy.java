package dk.mikrolan.examples.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP proxy on loopback that a test controls: it forwards every connection to a target, and
 * {@link #cut()} resets every connection it carries (both ends) and resets each new one as soon as
 * it is accepted until {@link #restore()}, as a lost network or a database going away looks to a
 * client.
 */
final class TcpProxy implements AutoCloseable {

  private final ServerSocket listener;
  private final String targetHost;
  private final int targetPort;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final ExecutorService pumps = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "tcp-proxy");
    t.setDaemon(true);
    return t;
  });
  private volatile boolean refusing;

  TcpProxy(String targetHost, int targetPort) throws IOException {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    this.listener = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
    pumps.execute(this::accept);
  }

  int port() {
    return listener.getLocalPort();
  }

  /** Resets every connection and every new one until {@link #restore()}. */
  void cut() {
    refusing = true;
    for (Socket s : open) {
      reset(s);
    }
  }

  /** Forwards new connections again. */
  void restore() {
    refusing = false;
  }

  private void accept() {
    while (!listener.isClosed()) {
      Socket client;
      try {
        client = listener.accept();
      } catch (IOException e) {
        return; // closed
      }
      open.add(client);
      // Checked after the connection is known to cut(), so that none slips through a cut.
      if (refusing) {
        reset(client);
        continue;
      }
      try {
        Socket upstream = new Socket(targetHost, targetPort);
        open.add(upstream);
        if (refusing) {
          reset(upstream);
          reset(client);
          continue;
        }
        pumps.execute(() -> pump(client, upstream));
        pumps.execute(() -> pump(upstream, client));
      } catch (IOException e) {
        reset(client);
      }
    }
  }

  private void pump(Socket from, Socket to) {
    byte[] buffer = new byte[16 * 1024];
    // The streams are not closed on their own: the sockets are reset below, never closed in order.
    try {
      InputStream in = from.getInputStream();
      OutputStream out = to.getOutputStream();
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        out.write(buffer, 0, n);
        out.flush();
      }
    } catch (IOException e) {
      // one side went away: the other goes too
    } finally {
      reset(from);
      reset(to);
    }
  }

  /** Closes a socket with a reset rather than an orderly close, as a broken link ends. */
  private void reset(Socket s) {
    open.remove(s);
    try {
      s.setSoLinger(true, 0);
    } catch (IOException e) {
      // already closed
    }
    try {
      s.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
    cut();
    pumps.shutdownNow();
  }
}
