package dk.mikrolan.identity;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An opaque id the host gives a participant (a person), so that streams, URLs and logs can refer
 * to the person without a CPR number. Before the business is registered, the person is the
 * undertaking for de minimis purposes, keyed by this id.
 *
 * @param value letters, digits, {@code . _ : -}, 1–64 characters
 */
public record ParticipantId(String value) {

  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

  /** Checks the form. */
  public ParticipantId {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("Invalid participant id: 1–64 letters, digits and . _ : - (the value is not repeated: it could be personal data)");
    }
    if (dk.mikrolan.identity.Cpr.mayAppearIn(value)) {
      // Ids are written to logs, URLs and stored answers, where no CPR number may appear.
      throw new IllegalArgumentException("Invalid participant id: it has the shape of a CPR number (the value is not repeated)");
    }
  }

  /**
   * Obtains a participant id.
   *
   * @param value the id, not null
   * @return the participant id, never null
   */
  public static ParticipantId of(String value) {
    return new ParticipantId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
