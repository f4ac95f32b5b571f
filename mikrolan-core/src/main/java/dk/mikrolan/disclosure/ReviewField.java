package dk.mikrolan.disclosure;

import java.util.Objects;

/**
 * One field of an item of a review package, as text: {@code note}, {@code decision.justification.facts[0]}.
 *
 * @param name the field's path in the item
 * @param value its value as text (amounts as {@code DKK 1234.50}, dates ISO, CPR numbers masked)
 */
public record ReviewField(String name, String value) {

  /** Checks the parts. */
  public ReviewField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }

  /** Names the field; the value, which may be personal, is left out. */
  @Override
  public String toString() {
    return "ReviewField[" + name + "]";
  }
}
