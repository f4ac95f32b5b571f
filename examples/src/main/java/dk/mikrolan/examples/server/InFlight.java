package dk.mikrolan.examples.server;

import dk.mikrolan.identity.Cpr;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The requests in flight, for a graceful stop: once stopping, a new request is answered 503 with
 * {@code Retry-After} (another instance, or this one restarted, takes it), and the stop waits for
 * those already in flight.
 */
@PreMatching
@Priority(1)
final class InFlight implements ContainerRequestFilter, ContainerResponseFilter {

  private static final String COUNTED = InFlight.class.getName() + ".counted";
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicBoolean stopping = new AtomicBoolean();

  @Override
  public void filter(ContainerRequestContext request) {
    if (stopping.get()) {
      request.abortWith(Response.status(503).header("Retry-After", "5").type("application/problem+json")
          .entity("{\"type\":\"urn:mikrolan:problem:service-unavailable\",\"title\":\"Service unavailable\","
              + "\"status\":503,\"detail\":\"The server is stopping; try again shortly.\",\"instance\":\"/"
              + Cpr.redactIn(request.getUriInfo().getPath()).replaceAll("[\"\\\\]", "") + "\"}")
          .build());
      return;
    }
    inFlight.incrementAndGet();
    request.setProperty(COUNTED, Boolean.TRUE);
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(COUNTED) != null) {
      request.removeProperty(COUNTED);
      inFlight.decrementAndGet();
    }
  }

  private final AtomicInteger exchanges = new AtomicInteger();

  /**
   * Wraps the HTTP server's executor so that a whole exchange counts, its response body written to
   * the end, not only until the response filter: a stop never cuts a long answer (a CSV, an export).
   */
  java.util.concurrent.Executor counting(java.util.concurrent.Executor handlers) {
    return task -> {
      exchanges.incrementAndGet();
      try {
        handlers.execute(() -> {
          try {
            task.run();
          } finally {
            exchanges.decrementAndGet();
          }
        });
      } catch (RuntimeException e) {
        exchanges.decrementAndGet();
        throw e;
      }
    };
  }

  /** Refuses new requests and waits up to a time for the exchanges in flight; answers how many are left. */
  int drain(long timeout, TimeUnit unit) {
    stopping.set(true);
    long end = System.nanoTime() + unit.toNanos(timeout);
    while ((inFlight.get() > 0 || exchanges.get() > 0) && System.nanoTime() < end) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return Math.max(inFlight.get(), exchanges.get());
  }
}
