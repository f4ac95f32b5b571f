package dk.mikrolan.examples.server;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.Properties;

/** The reference server in demo mode for other packages' tests: its port and the demo's auditor token. */
public final class ReferenceServerHandle implements AutoCloseable {

  private final ReferenceServer server;
  private final String auditorToken;

  private ReferenceServerHandle(ReferenceServer server, String auditorToken) {
    this.server = server;
    this.auditorToken = auditorToken;
  }

  /**
   * Starts a demo under a folder, on a free port.
   *
   * @param dir the data folder
   * @return the running demo
   * @throws Exception if it cannot start
   */
  public static ReferenceServerHandle demo(Path dir) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    ReferenceServer server = ReferenceServer.start(ServerConfig.from(Map.of("MIKROLAN_DATA_DIR", dir.toString(),
        "MIKROLAN_PORT", Integer.toString(port))), new PrintStream(OutputStream.nullOutputStream(), true,
        StandardCharsets.UTF_8), Clock.system(ZoneId.of("Europe/Copenhagen")));
    Properties tokens = new Properties();
    try (var in = Files.newBufferedReader(dir.resolve("demo/demo-tokens.properties"), StandardCharsets.UTF_8)) {
      tokens.load(in);
    } catch (IOException e) {
      server.close();
      throw e;
    }
    return new ReferenceServerHandle(server, tokens.getProperty("AUDITOR"));
  }

  /** The port. */
  public int port() {
    return server.port();
  }

  /** The demo's auditor token. */
  public String auditorToken() {
    return auditorToken;
  }

  @Override
  public void close() {
    server.close();
  }
}
