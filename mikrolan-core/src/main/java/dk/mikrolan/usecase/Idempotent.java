package dk.mikrolan.usecase;

import dk.mikrolan.port.IdempotencyKey;
import java.util.Objects;

/**
 * A request's idempotency key and how to write the result that a retry gets back.
 *
 * @param key the key (client = the acting user), not null
 * @param writer produces the stored result from the outcome, not null
 * @param <T> what the use case returns
 */
public record Idempotent<T>(IdempotencyKey key, ResultWriter<? super T> writer) {

  /** Checks the record. */
  public Idempotent {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(writer, "writer");
  }

  /**
   * Obtains an idempotent request.
   *
   * @param key the key, not null
   * @param writer the result writer, not null
   * @param <T> what the use case returns
   * @return the request, never null
   */
  public static <T> Idempotent<T> of(IdempotencyKey key, ResultWriter<? super T> writer) {
    return new Idempotent<>(key, writer);
  }
}
