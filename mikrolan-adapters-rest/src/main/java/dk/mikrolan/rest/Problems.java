package dk.mikrolan.rest;

import dk.mikrolan.port.StorageException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Locale;

/**
 * Every error becomes an RFC 9457 problem: the adapter's own ({@link ProblemException}), the
 * runtime's (an unknown route, a wrong method, an unsupported media type) and any other failure,
 * which is logged by class and answered without a trace — except the database being unreachable,
 * which is a 503 with {@code Retry-After}. A response filter writes the problem with the request's
 * path and in its language.
 */
final class Problems {

  private static final System.Logger LOG = System.getLogger("dk.mikrolan.rest");

  /** Seconds a client waits before trying again while the database cannot be reached. */
  static final String RETRY_AFTER = "5";

  private Problems() {}

  static Response response(Problem p) {
    Response.ResponseBuilder r = Response.status(p.kind().status()).entity(p).type(Problem.MEDIA_TYPE);
    p.headers().forEach(r::header);
    return r.build();
  }

  /** The adapter's own problems. */
  static final class Own implements ExceptionMapper<ProblemException> {
    @Override
    public Response toResponse(ProblemException e) {
      return response(e.problem());
    }
  }

  /** The runtime's: 404 for an unknown route, 405, 406, 415 and the like. */
  static final class Runtime implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
      Problem.Kind kind = Problem.Kind.ofStatus(status);
      Problem p = Problem.of(kind, switch (kind) {
        case NOT_FOUND -> "There is no such resource.";
        case METHOD_NOT_ALLOWED -> "The route does not take this method.";
        case UNSUPPORTED_MEDIA_TYPE -> "The body must be application/json.";
        case NOT_ACCEPTABLE -> "The response is available as application/json.";
        case INTERNAL -> "The request could not be answered.";
        default -> "The request could not be answered as sent.";
      });
      if (kind == Problem.Kind.INTERNAL) {
        LOG.log(System.Logger.Level.ERROR, "Request failed: " + e.getClass().getName(), e);
      }
      String allow = e.getResponse() == null ? null : e.getResponse().getHeaderString(HttpHeaders.ALLOW);
      if (allow != null) {
        p = p.withHeader(HttpHeaders.ALLOW, allow);
      }
      return response(p);
    }
  }

  /** Anything else: the database unreachable (503), or a fault of the server (500, logged). */
  static final class Other implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof StorageException s && s.unavailable()) {
          LOG.log(System.Logger.Level.WARNING, "The database cannot be reached: " + s.getMessage());
          return response(Problem.of(Problem.Kind.UNAVAILABLE, "The database cannot be reached; try again shortly.")
              .withHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER));
        } else if (t instanceof ProblemException p) {
          return response(p.problem());
        }
      }
      LOG.log(System.Logger.Level.ERROR, "Request failed: " + e.getClass().getName(), e);
      return response(Problem.of(Problem.Kind.INTERNAL, "The request could not be answered."));
    }
  }

  /** Writes every problem with the request's path and language; gives a bare error a problem body. */
  static final class Writer implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      Object entity = response.getEntity();
      Problem problem;
      if (entity instanceof Problem p) {
        problem = p;
      } else if (response.getStatus() >= 400 && entity == null) {
        problem = Problem.of(Problem.Kind.ofStatus(response.getStatus()), "The request could not be answered as sent.");
      } else {
        return;
      }
      response.setEntity(problem.toJson("/" + stripSlash(request.getUriInfo().getPath()), language(request)), null,
          jakarta.ws.rs.core.MediaType.valueOf(Problem.MEDIA_TYPE));
      problem.headers().forEach((k, v) -> response.getHeaders().putSingle(k, v));
    }
  }

  static String stripSlash(String path) {
    return path.startsWith("/") ? path.substring(1) : path;
  }

  /**
   * Danish unless the request prefers English, read from {@code Accept-Language} by hand: a
   * malformed header must never turn an error into a failure, and a language with {@code q=0} is
   * one the client refuses.
   */
  static Locale language(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
    Locale danish = Locale.forLanguageTag("da");
    if (header == null || header.length() > 1000) {
      return danish;
    }
    java.math.BigDecimal best = java.math.BigDecimal.ONE.negate();
    Locale chosen = danish;
    for (String part : header.split(",")) {
      String[] pieces = part.strip().split(";");
      String tag = pieces[0].strip().toLowerCase(Locale.ROOT);
      java.math.BigDecimal q = java.math.BigDecimal.ONE;
      for (int i = 1; i < pieces.length; i++) {
        String p = pieces[i].strip();
        if (p.startsWith("q=")) {
          try {
            q = p.length() <= 7 ? new java.math.BigDecimal(p.substring(2)) : java.math.BigDecimal.ZERO;
          } catch (NumberFormatException e) {
            q = java.math.BigDecimal.ZERO;
          }
        }
      }
      boolean english = tag.equals("en") || tag.startsWith("en-");
      boolean isDanish = tag.equals("da") || tag.startsWith("da-");
      if ((english || isDanish) && q.signum() > 0 && q.compareTo(best) > 0) {
        best = q;
        chosen = english ? Locale.ENGLISH : danish;
      }
    }
    return chosen;
  }
}
