package dk.mikrolan.port;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  /** Ten digits that could be a CPR number (DDMMYY, an optional hyphen, four digits). */
  private static final Pattern CPR_LIKE = Pattern.compile("(?<![0-9])([0-3][0-9])([01][0-9])[0-9]{2}-?[0-9]{4}(?![0-9])");

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
   * Returns whether a text holds ten digits that form a plausible CPR number (a day 01–31 and a
   * month 01–12 followed by four digits, with or without a hyphen).
   *
   * @param text the text, not null
   * @return whether it may hold a CPR number
   */
  public static boolean mayHoldCpr(String text) {
    Matcher m = CPR_LIKE.matcher(text);
    while (m.find()) {
      int day = Integer.parseInt(m.group(1));
      int month = Integer.parseInt(m.group(2));
      if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
        return true;
      }
    }
    return false;
  }
}
