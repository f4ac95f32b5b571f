package dk.mikrolan.examples.server;

import dk.mikrolan.identity.Cpr;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * The exchanges in flight, for a graceful stop: once stopping, a new request is answered 503 with
 * {@code Retry-After} (another instance, or this one restarted, takes it), and the stop waits for
 * the exchanges already running — counted around the whole exchange, its response body written to
 * the end, so a stop never cuts a long answer (a CSV, an export).
 */
@PreMatching
@Priority(1)
final class InFlight implements ContainerRequestFilter {

  private final Object lock = new Object();
  private int exchanges;
  private volatile boolean stopping;

  @Override
  public void filter(ContainerRequestContext request) {
    if (stopping) {
      request.abortWith(Response.status(503).header("Retry-After", "5").type("application/problem+json")
          .entity("{\"type\":\"urn:mikrolan:problem:service-unavailable\",\"title\":\"Service unavailable\","
              + "\"status\":503,\"detail\":\"The server is stopping; try again shortly.\",\"instance\":\"/"
              + Cpr.redactIn(request.getUriInfo().getPath()).replaceAll("[\"\\\\]", "") + "\"}")
          .build());
    }
  }

  /** Wraps the HTTP server's executor so that every exchange is counted while it runs. */
  Executor counting(Executor handlers) {
    return task -> {
      started();
      try {
        handlers.execute(() -> {
          try {
            task.run();
          } finally {
            ended();
          }
        });
      } catch (RuntimeException e) {
        ended();
        throw e;
      }
    };
  }

  private void started() {
    synchronized (lock) {
      exchanges++;
    }
  }

  private void ended() {
    synchronized (lock) {
      exchanges--;
      if (exchanges == 0) {
        lock.notifyAll();
      }
    }
  }

  /** Refuses new requests and waits up to a time for the exchanges in flight; answers how many are left. */
  int drain(long timeout, TimeUnit unit) {
    stopping = true;
    long end = System.nanoTime() + unit.toNanos(timeout);
    synchronized (lock) {
      for (long left = end - System.nanoTime(); exchanges > 0 && left > 0; left = end - System.nanoTime()) {
        try {
          TimeUnit.NANOSECONDS.timedWait(lock, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      return exchanges;
    }
  }
}
