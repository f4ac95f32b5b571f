package dk.mikrolan.rules;

import java.util.Objects;

/**
 * A text in Danish, with its English rendering. Letters to citizens use the Danish; the English is
 * for non-Danish-speaking staff, vendors and logs.
 *
 * @param danish the Danish text
 * @param english the English text
 */
public record Text(String danish, String english) {

  /** Checks the text. */
  public Text {
    Objects.requireNonNull(danish, "danish");
    Objects.requireNonNull(english, "english");
  }

  /**
   * Obtains a text.
   *
   * @param danish the Danish text, not null
   * @param english the English text, not null
   * @return the text, never null
   */
  public static Text of(String danish, String english) {
    return new Text(danish, english);
  }

  /**
   * Returns whether both languages are blank.
   *
   * @return true if there is nothing to read
   */
  public boolean isBlank() {
    return danish.isBlank() && english.isBlank();
  }
}
