package dk.mikrolan.examples.server;

import dk.mikrolan.identity.Cpr;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request: method, path, status, milliseconds and the request id. No token, no query
 * string, no body; a CPR number a client put in a path is written as {@code XXXXXX-XXXX}, and a
 * control character as {@code \\uXXXX}, so a client cannot forge a line.
 */
@PreMatching
final class AccessLog implements ContainerRequestFilter, ContainerResponseFilter {

  private static final Logger LOG = LoggerFactory.getLogger("mikrolan.access");
  private static final String STARTED = AccessLog.class.getName() + ".started";

  @Override
  public void filter(ContainerRequestContext request) {
    request.setProperty(STARTED, System.nanoTime());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object started = request.getProperty(STARTED);
    long ms = started instanceof Long t ? (System.nanoTime() - t) / 1_000_000 : -1;
    String id = response.getHeaderString("X-Request-Id");
    LOG.info("{} /{} {} {} ms{}", printable(request.getMethod()), printable(Cpr.redactIn(request.getUriInfo().getPath())),
        response.getStatus(), ms, id == null ? "" : " " + printable(Cpr.redactIn(id)));
  }

  /** A control character (a line break a client encoded into a path) as {@code \\uXXXX}: one request, one line. */
  static String printable(String text) {
    StringBuilder b = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (Character.isISOControl(c)) {
        b.append(String.format("\\u%04x", c));
      } else {
        b.appendCodePoint(c);
      }
    });
    return b.toString();
  }
}
