package dk.mikrolan.rules;

import java.util.Locale;

/**
 * A kind of violation or refusal reason with a stable code, the field it concerns and its texts in
 * Danish and English. Implemented by enums, whose constant name is the code; {@code %s}
 * placeholders in the texts are filled in order.
 */
public interface ViolationKind {

  /**
   * Returns the stable code.
   *
   * @return the code, never null
   */
  String name();

  /**
   * Returns the field and the texts.
   *
   * @return the text, never null
   */
  RuleText text();

  /**
   * Returns the input field or command part the violation concerns.
   *
   * @return the field name, never null
   */
  default String field() {
    return text().field();
  }

  /**
   * Returns the Danish text, possibly with {@code %s} placeholders.
   *
   * @return the text, never null
   */
  default String danish() {
    return text().danish();
  }

  /**
   * Returns the English text, possibly with {@code %s} placeholders.
   *
   * @return the text, never null
   */
  default String english() {
    return text().english();
  }

  /**
   * Creates the violation with the same arguments in both languages.
   *
   * @param args the arguments for the placeholders
   * @return the violation, never null
   */
  default Violation violation(Object... args) {
    return violation(args, args);
  }

  /**
   * Creates the violation with language-specific arguments (such as amounts formatted the Danish
   * way for the Danish text).
   *
   * @param danishArgs the arguments for the Danish text, not null
   * @param englishArgs the arguments for the English text, not null
   * @return the violation, never null
   */
  default Violation violation(Object[] danishArgs, Object[] englishArgs) {
    return Violation.of(
        name(),
        field(),
        String.format(Locale.ROOT, danish(), danishArgs),
        String.format(Locale.ROOT, english(), englishArgs));
  }
}
