package dk.mikrolan.rest;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Registers every provider, filter and exception mapper of the adapter explicitly, with no
 * classpath scanning: the JSON provider, authentication, the body limit, and the mappers and the
 * filter that turn every error into a problem. Obtained from {@link MikrolanRest#feature()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MikrolanRestFeature implements Feature {

  private final Authenticator authenticator;
  private final long bodyLimit;

  MikrolanRestFeature(Authenticator authenticator, long bodyLimit) {
    this.authenticator = authenticator;
    this.bodyLimit = bodyLimit;
  }

  @Override
  public boolean configure(FeatureContext context) {
    context.register(new JsonBodies(bodyLimit));
    context.register(new BodyLimit(bodyLimit), Priorities.HEADER_DECORATOR);
    context.register(new Authentication(authenticator), Priorities.AUTHENTICATION);
    context.register(new Problems.Own());
    context.register(new Problems.Runtime());
    context.register(new Problems.Other());
    context.register(new Problems.Writer(), Priorities.ENTITY_CODER);
    return true;
  }

  /** Refuses a body whose declared length is over the limit before anything reads it. */
  @PreMatching
  static final class BodyLimit implements ContainerRequestFilter {
    private final long limit;

    BodyLimit(long limit) {
      this.limit = limit;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
      if (length != null) {
        try {
          if (Long.parseLong(length.strip()) > limit) {
            JsonBodies.drain(request.getEntityStream());
            request.abortWith(Problems.response(Problem.of(Problem.Kind.TOO_LARGE,
                "The body is larger than this route's limit of " + limit + " bytes.")));
          }
        } catch (NumberFormatException e) {
          request.abortWith(Problems.response(Problem.of(Problem.Kind.MALFORMED, "Content-Length is not a number.")));
        }
      }
    }
  }
}
