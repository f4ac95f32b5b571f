package dk.mikrolan.rules;

import java.util.Objects;

/**
 * A problem with untrusted input, as a caseworker or an integrating system needs to see it.
 *
 * <p>The {@code code} is stable and meant for machines (it never changes between releases); the
 * {@code field} names the input that is wrong; the Danish and English messages are for people.
 * Violations travel in a Vavr {@code Validation<Seq<Violation>, T>} so that every problem of an
 * input is reported at once.
 *
 * @param code stable upper-case code, such as {@code PRINCIPAL_ABOVE_CEILING}, not null
 * @param field the input field the violation concerns, such as {@code principal}, not null
 * @param danish the message in Danish, not null
 * @param english the message in English, not null
 */
public record Violation(String code, String field, String danish, String english) {

  /**
   * Creates a violation.
   *
   * @throws IllegalArgumentException if the code or field is blank
   */
  public Violation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(danish, "danish");
    Objects.requireNonNull(english, "english");
    if (code.isBlank() || field.isBlank()) {
      throw new IllegalArgumentException("A violation needs a code and a field");
    }
  }

  /**
   * Obtains a violation.
   *
   * @param code stable code, not null
   * @param field the field, not null
   * @param danish Danish message, not null
   * @param english English message, not null
   * @return the violation, never null
   */
  public static Violation of(String code, String field, String danish, String english) {
    return new Violation(code, field, danish, english);
  }

  /** Returns {@code code field: english}, for logs and assertion messages (never personal data). */
  @Override
  public String toString() {
    return code + " " + field + ": " + english;
  }
}
