package dk.mikrolan.identity;

import dk.mikrolan.rules.InvalidInputException;
import dk.mikrolan.rules.Violation;
import io.vavr.collection.List;
import io.vavr.control.Validation;
import java.util.regex.Pattern;

/**
 * A CVR number: the business registration the programme aims at. Eight digits, the first not 0,
 * whose weighted sum with weights 2, 7, 6, 5, 4, 3, 2, 1 is divisible by 11 (Erhvervsstyrelsen,
 * "modulus 11").
 *
 * <p>{@link #toString()} is the canonical eight-digit form, which {@link #parse(String)} accepts.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Cvr {

  private static final Pattern FORM = Pattern.compile("[1-9]\\d{7}");
  private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

  private final String digits;

  private Cvr(String digits) {
    this.digits = digits;
  }

  /**
   * Obtains a CVR number.
   *
   * @param text eight digits, not null
   * @return the CVR number, never null
   * @throws InvalidInputException if the form or the check digit is wrong
   */
  public static Cvr parse(String text) {
    Validation<Violation, Cvr> v = validate(text, "cvr");
    if (v.isInvalid()) {
      throw new InvalidInputException(List.of(v.getError()));
    }
    return v.get();
  }

  /**
   * Checks a CVR number from untrusted input. A malformed input is never repeated in the
   * violation; a well-formed number failing the check is.
   *
   * @param text the number, not null
   * @param field the input field, not null
   * @return the CVR number, or the violation, never null
   */
  public static Validation<Violation, Cvr> validate(String text, String field) {
    // Malformed input is not repeated: it may be a CPR number typed into the wrong field (a sole
    // trader is identified by CPR until the business is registered), and messages reach logs.
    if (!FORM.matcher(text).matches()) {
      return Validation.invalid(
          Violation.of(
              "CVR_MALFORMED",
              field,
              "CVR-nummeret skal være 8 cifre, og det første må ikke være 0.",
              "The CVR number must be 8 digits, the first not 0."));
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (text.charAt(i) - '0') * WEIGHTS[i];
    }
    if (sum % 11 != 0) {
      return Validation.invalid(
          Violation.of(
              "CVR_CHECK_FAILED",
              field,
              "CVR-nummeret " + text + " består ikke modulus 11-kontrollen.",
              "The CVR number " + text + " fails the modulus-11 check."));
    }
    return Validation.valid(new Cvr(text));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cvr other && other.digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /** Returns the eight digits, which {@link #parse(String)} accepts. */
  @Override
  public String toString() {
    return digits;
  }
}
