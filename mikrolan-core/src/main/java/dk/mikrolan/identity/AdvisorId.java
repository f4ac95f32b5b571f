package dk.mikrolan.identity;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An opaque id the host gives an advisor (vejleder) — the municipality's employee who follows a
 * participant through the programme and recommends the loan. The approval must come from someone
 * else (four-eyes), which is why the advisor is recorded by id. Like the other ids it appears in
 * events and logs, so it is never a CPR number or other personal data.
 *
 * @param value letters, digits, {@code . _ : -}, 1–64 characters, starting with a letter or digit
 */
public record AdvisorId(String value) {

  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

  /**
   * Checks the form.
   *
   * @throws IllegalArgumentException if the value is not of the form above
   */
  public AdvisorId {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("Invalid advisor id: 1–64 letters, digits and . _ : - (the value is not repeated: it could be personal data)");
    }
    if (dk.mikrolan.identity.Cpr.mayAppearIn(value)) {
      // Ids are written to logs, URLs and stored answers, where no CPR number may appear.
      throw new IllegalArgumentException("Invalid advisor id: it has the shape of a CPR number (the value is not repeated)");
    }
  }

  /**
   * Obtains an advisor id.
   *
   * @param value the id, not null
   * @return the advisor id, never null
   * @throws IllegalArgumentException if the value is not of the required form
   */
  public static AdvisorId of(String value) {
    return new AdvisorId(value);
  }

  /** Returns the value, which {@link #of(String)} accepts. */
  @Override
  public String toString() {
    return value;
  }
}
