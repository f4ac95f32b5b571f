package dk.mikrolan.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import org.jboss.resteasy.plugins.server.undertow.UndertowJaxrsServer;

/** The adapter on RESTEasy 6.2 (Jakarta REST 3.1) over Undertow, on a free port. */
final class RestEasyServer implements AutoCloseable {

  private final UndertowJaxrsServer server;
  final Api api;

  RestEasyServer(MikrolanRest rest) {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server = new UndertowJaxrsServer().setHostname("127.0.0.1").setPort(port);
    server.start();
    server.deploy(rest.application(), "/");
    api = new Api(URI.create("http://127.0.0.1:" + port + "/"));
  }

  @Override
  public void close() {
    server.stop();
  }
}
