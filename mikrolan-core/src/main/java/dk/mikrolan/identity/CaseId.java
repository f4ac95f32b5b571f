package dk.mikrolan.identity;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The id of a participant's case, assigned by the host (such as its journal number). It appears
 * in stream ids, URLs and logs, so it never holds personal data.
 *
 * @param value letters, digits, {@code . _ : -}, 1–64 characters
 */
public record CaseId(String value) {

  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

  /** Checks the form. */
  public CaseId {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("Invalid case id: 1–64 letters, digits and . _ : - (the value is not repeated: it could be personal data)");
    }
    if (dk.mikrolan.identity.Cpr.mayAppearIn(value)) {
      // Ids are written to logs, URLs and stored answers, where no CPR number may appear.
      throw new IllegalArgumentException("Invalid case id: it has the shape of a CPR number (the value is not repeated)");
    }
  }

  /**
   * Obtains a case id.
   *
   * @param value the id, not null
   * @return the case id, never null
   */
  public static CaseId of(String value) {
    return new CaseId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
