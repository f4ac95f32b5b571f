package dk.mikrolan.port;

import java.util.Objects;

/**
 * An idempotency key with the result to return when the same request comes again. The result is
 * produced from the outcome (what was decided and the streams' new versions) and written in the
 * same atomic append as the events, so a stored result always describes writes that happened.
 *
 * @param key the key with its request's fingerprint
 * @param result the result to return on a retry (such as a serialised response); never a full CPR
 *     number
 */
public record IdempotencyRecord(IdempotencyKey key, String result) {


  /**
   * Checks the record.
   *
   * @throws IllegalArgumentException if the result holds what may be a full CPR number
   */
  public IdempotencyRecord {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(result, "result");
    if (mayHoldCpr(result)) {
      // Stored results are kept for weeks and returned to whoever retries: never a full CPR.
      throw new IllegalArgumentException("An idempotent result must not hold a full CPR number");
    }
  }

  /**
   * Returns whether a text may hold a CPR number ({@link dk.mikrolan.identity.Cpr#mayAppearIn}).
   *
   * @param text the text, not null
   * @return whether it may hold a CPR number
   */
  public static boolean mayHoldCpr(String text) {
    return dk.mikrolan.identity.Cpr.mayAppearIn(text);
  }

}
