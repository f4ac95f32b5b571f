package dk.mikrolan.rest;

import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/** The adapter on Jersey 4.0.2's JDK HTTP container, on an ephemeral port. */
final class JerseyServer implements AutoCloseable {

  private final HttpServer server;
  final Api api;

  JerseyServer(MikrolanRest rest) {
    ResourceConfig config = ResourceConfig.forApplication(rest.application())
        .property(ServerProperties.WADL_FEATURE_DISABLE, true);
    server = JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), config);
    api = new Api(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"));
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
