package dk.mikrolan.cohort;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The id of a cohort (hold), assigned by the host, such as {@code 751-2026-F}. It appears in
 * stream ids, URLs and logs, so it never holds personal data.
 *
 * @param value letters, digits, {@code . _ : -}, 1–64 characters
 */
public record CohortId(String value) {

  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

  /**
   * Checks the form.
   *
   * @throws IllegalArgumentException if the value is not of the form above
   */
  public CohortId {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("Invalid cohort id: 1–64 letters, digits and . _ : - (the value is not repeated: it could be personal data)");
    }
    if (dk.mikrolan.identity.Cpr.mayAppearIn(value)) {
      // Ids are written to logs, URLs and stored answers, where no CPR number may appear.
      throw new IllegalArgumentException("Invalid cohort id: it has the shape of a CPR number (the value is not repeated)");
    }
  }

  /**
   * Obtains a cohort id.
   *
   * @param value the id, not null
   * @return the cohort id, never null
   * @throws IllegalArgumentException if the value is not a valid id
   */
  public static CohortId of(String value) {
    return new CohortId(value);
  }

  /** Returns the id itself, which {@link #of(String)} accepts. */
  @Override
  public String toString() {
    return value;
  }
}
