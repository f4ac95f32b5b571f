package dk.mikrolan.programme;

import dk.mikrolan.port.AppendOutcome;
import dk.mikrolan.rules.Refusal;
import java.util.Objects;

/**
 * What a use case spanning several streams did: done, refused (nothing written), or not written
 * because of a concurrent change or a repeated request.
 *
 * @param <T> what a successful run returns
 */
public sealed interface UseCaseResult<T> {

  /**
   * Every stream was written.
   *
   * @param value what the use case returns
   * @param <T> its type
   */
  record Done<T>(T value) implements UseCaseResult<T> {
    /** Checks the value. */
    public Done {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * A rule refused: nothing was written.
   *
   * @param refusal the refusal with every reason
   * @param <T> the success type
   */
  record Refused<T>(Refusal refusal) implements UseCaseResult<T> {}

  /**
   * The store did not write: another writer came first (retry on fresh state), or the idempotency
   * key was seen before.
   *
   * @param outcome the store's answer
   * @param <T> the success type
   */
  record NotWritten<T>(AppendOutcome outcome) implements UseCaseResult<T> {}
}
