package dk.mikrolan.usecase;

import dk.mikrolan.port.StreamId;
import java.util.Map;

/**
 * Produces the result an idempotency key stores, from the outcome: what was decided and the
 * streams' new versions (for HTTP: the status, the headers that matter and the body).
 *
 * @param <T> what the use case returns
 */
@FunctionalInterface
public interface ResultWriter<T> {

  /**
   * Writes the result to store.
   *
   * @param value what the use case decided, not null
   * @param versions every written stream's version after the append, not null
   * @return the result, never a full CPR number, never null
   */
  String write(T value, Map<StreamId, Long> versions);
}
