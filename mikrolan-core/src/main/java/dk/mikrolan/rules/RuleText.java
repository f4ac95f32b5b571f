package dk.mikrolan.rules;

import java.util.Objects;

/**
 * The text of a {@link ViolationKind}: the field it concerns and its Danish and English wording,
 * with {@code %s} placeholders filled in order.
 *
 * @param field the input field or command part, such as {@code principal}
 * @param danish the Danish text
 * @param english the English text
 */
public record RuleText(String field, String danish, String english) {

  /** Checks the text. */
  public RuleText {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(danish, "danish");
    Objects.requireNonNull(english, "english");
  }
}
