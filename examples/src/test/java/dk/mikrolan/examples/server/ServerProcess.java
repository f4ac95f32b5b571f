package dk.mikrolan.examples.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The reference server's jar run as a process of its own, as a municipality runs it: configured by
 * its environment only (the test's own {@code MIKROLAN_*} variables are dropped), its output (both
 * streams) kept line by line so that a test can search it afterwards.
 */
final class ServerProcess implements AutoCloseable {

  static final Path JAR = Path.of("target/mikrolan-reference-server.jar");

  private final Process process;
  private final int port;
  private final Thread reader;

  private ServerProcess(Process process, int port, Thread reader) {
    this.process = process;
    this.port = port;
    this.reader = reader;
  }

  /**
   * Starts the jar on a free port and waits for its "started" line. The port is free when asked
   * for, but another process may take it before the server binds it: then the server says so and
   * ends, and it is started again on another port (three tries).
   *
   * @param env the server's configuration
   * @param output where the server's lines go (all of them once it is closed), shared across
   *     restarts if the test wishes
   * @return the running server
   */
  static ServerProcess start(Map<String, String> env, List<String> output)
      throws IOException, InterruptedException, ExecutionException, TimeoutException {
    for (int attempt = 1; ; attempt++) {
      int port;
      try (ServerSocket s = new ServerSocket(0)) {
        port = s.getLocalPort();
      }
      java.util.concurrent.atomic.AtomicBoolean taken = new java.util.concurrent.atomic.AtomicBoolean();
      ServerProcess started = start(env, output, port, taken);
      if (started != null) {
        return started;
      }
      if (attempt == 3 || !taken.get()) {
        throw new IllegalStateException("The server did not start; the last lines printed: " + lastLines(output));
      }
    }
  }

  /**
   * Starts the jar on a port; null if it ended or did not start within 90 s (it is stopped).
   *
   * @param taken set when this process says that its port is in use
   */
  private static ServerProcess start(Map<String, String> env, List<String> output, int port,
      java.util.concurrent.atomic.AtomicBoolean taken)
      throws IOException, InterruptedException, ExecutionException, TimeoutException {
    ProcessBuilder b = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        JAR.toAbsolutePath().toString()).redirectErrorStream(true);
    b.environment().keySet().removeIf(k -> k.startsWith("MIKROLAN_"));
    b.environment().putAll(env);
    b.environment().put("MIKROLAN_PORT", Integer.toString(port));
    Process p = b.start();
    CompletableFuture<Boolean> started = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          synchronized (output) {
            output.add(line);
          }
          if (line.contains("started on port " + port)) {
            started.complete(true);
          } else if (line.contains("port " + port + " is in use")) {
            taken.set(true);
          }
        }
      } catch (IOException e) {
        // the process ended
      }
      started.complete(false);
    }, "server-output-" + port);
    reader.setDaemon(true);
    reader.start();
    boolean up = false;
    try {
      up = started.get(90, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      up = false;
    } finally {
      if (!up) {
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
        reader.join(10_000);
      }
    }
    return up ? new ServerProcess(p, port, reader) : null;
  }

  private static String lastLines(List<String> output) {
    synchronized (output) {
      List<String> all = new ArrayList<>(output);
      return String.join("\n", all.subList(Math.max(0, all.size() - 20), all.size()));
    }
  }

  int port() {
    return port;
  }

  String base() {
    return "http://127.0.0.1:" + port;
  }

  /** SIGKILL: the process ends at once, as in a crash. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
    reader.join(10_000);
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** SIGTERM, and waits for the graceful stop. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
      // Every line it printed is in the output once its reader has reached the end.
      reader.join(10_000);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
