package dk.mikrolan.examples.embedding;

import dk.mikrolan.office.Mikrolan;
import dk.mikrolan.rest.Authenticator;
import dk.mikrolan.rest.MikrolanRest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The REST adapter in the host's own Jersey application, beside the host's own resources: the
 * Feature brings every provider, filter and exception mapper, and the resources come as instances.
 */
public final class FeatureInPlainJersey {

  private FeatureInPlainJersey() {}

  /** A resource of the host's own. */
  @Path("host/ping")
  public static final class HostPing {
    /**
     * Answers the host's own route.
     *
     * @return {@code pong}
     */
    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String ping() {
      return "pong";
    }
  }

  /**
   * The host's application with mikrolan's API in it.
   *
   * @param office the entry point
   * @param login the host's authentication (its OIDC or SAML login, yielding the core's actor)
   * @return the application, ready for any Jersey container
   */
  public static ResourceConfig application(Mikrolan office, Authenticator login) {
    MikrolanRest rest = MikrolanRest.builder(office, login).build();
    ResourceConfig app = new ResourceConfig().register(new HostPing()).register(rest.feature());
    rest.resources().forEach(app::register);
    return app;
  }
}
