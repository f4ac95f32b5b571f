package dk.mikrolan.eligibility;

import java.util.Objects;

/**
 * The advisor's score (vurdering) of one criterion, with the note (bemærkning) that explains it.
 *
 * <p>Whether the value lies on the policy's scale and whether the note is given is checked when
 * an {@link Assessment} is {@linkplain Assessment#validate validated}, so that a form gets every
 * problem at once; a score on its own holds any value and any note. The note is free text about a
 * person, so {@link #toString()} leaves it out; letters quote it through {@link
 * RuleOutcome#danishText()}.
 *
 * @param value the score, such as {@code 4} on a scale from 1 to 5
 * @param note the advisor's note, not null, blank only in input that validation will refuse
 */
public record Score(int value, String note) {

  /** Checks that the note is not null. */
  public Score {
    Objects.requireNonNull(note, "note");
  }

  /**
   * Obtains a score.
   *
   * @param value the score
   * @param note the advisor's note, not null
   * @return the score, never null
   */
  public static Score of(int value, String note) {
    return new Score(value, note);
  }

  /**
   * Returns the value and the note's length, such as {@code 4 (note of 37 characters)}, never the
   * note itself.
   */
  @Override
  public String toString() {
    return value + " (note of " + note.length() + " characters)";
  }
}
