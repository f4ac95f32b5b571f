package dk.mikrolan.rest;

import dk.mikrolan.access.Actor;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;

/**
 * Authenticates every request to the adapter's API ({@code /api/v1/…}) but {@code GET
 * /api/v1/openapi.json}: the host's {@link Authenticator} yields the actor, which resources take
 * from the request's {@link SecurityContext}; no actor, a 401 with {@code WWW-Authenticate: Bearer}.
 * {@code /health} is open, and so is every path outside {@code /api/v1}: a host that registers the
 * Feature in its own application keeps its own routes and their authentication.
 */
final class Authentication implements ContainerRequestFilter {

  private static final Set<String> OPEN = Set.of("health", "api/v1/openapi.json");

  private final Authenticator authenticator;

  Authentication(Authenticator authenticator) {
    this.authenticator = authenticator;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    // The path as routing sees it: segments without their matrix parameters (/api;x=1/v1 is /api/v1).
    String path = String.join("/", request.getUriInfo().getPathSegments().stream().map(PathSegment::getPath)
        .filter(segment -> !segment.isEmpty()).toList());
    if (!path.equals("api/v1") && !path.startsWith("api/v1/") && !path.equals("health")) {
      return; // not the adapter's: the host's own resource, with the host's own authentication
    }
    if (OPEN.contains(path) && (request.getMethod().equals("GET") || request.getMethod().equals("HEAD"))) {
      return;
    }
    Optional<Actor> actor = authenticator.authenticate(new Credentials(
        Optional.ofNullable(request.getHeaderString(HttpHeaders.AUTHORIZATION)), request.getHeaders()));
    if (actor.isEmpty()) {
      request.abortWith(Problems.response(Problem.of(Problem.Kind.UNAUTHENTICATED,
          "Send a valid bearer token in the Authorization header.").withHeader(HttpHeaders.WWW_AUTHENTICATE,
          "Bearer realm=\"mikrolan\"")));
      return;
    }
    boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
    request.setSecurityContext(new ActorContext(actor.get(), secure));
  }

  /** The actor of a request. */
  static Actor actor(SecurityContext context) {
    if (context != null && context.getUserPrincipal() instanceof ActorPrincipal p) {
      return p.actor();
    }
    throw new ProblemException(Problem.Kind.UNAUTHENTICATED, "Send a valid bearer token in the Authorization header.");
  }

  /** The authenticated actor as a principal. */
  record ActorPrincipal(Actor actor) implements Principal {
    @Override
    public String getName() {
      return actor.id();
    }
  }

  private record ActorContext(Actor actor, boolean secure) implements SecurityContext {
    @Override
    public Principal getUserPrincipal() {
      return new ActorPrincipal(actor);
    }

    @Override
    public boolean isUserInRole(String role) {
      return actor.roles().stream().anyMatch(r -> r.name().equals(role));
    }

    @Override
    public boolean isSecure() {
      return secure;
    }

    @Override
    public String getAuthenticationScheme() {
      return "Bearer";
    }
  }
}
