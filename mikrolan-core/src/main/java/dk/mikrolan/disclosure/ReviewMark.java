package dk.mikrolan.disclosure;

import java.util.Objects;
import java.util.Optional;

/**
 * A mark on an item of a review package: what may be exempt and why. A mark without a field is on
 * the whole item; one with a field points at the text found in it.
 *
 * @param ground why it may be exempt
 * @param field the field the text was found in, or empty for the whole item
 * @param excerpt the text found (a name as written; a CPR number masked), or empty for the whole item
 */
public record ReviewMark(ExemptionGround ground, Optional<String> field, Optional<String> excerpt) {

  /** Checks the parts. */
  public ReviewMark {
    Objects.requireNonNull(ground, "ground");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(excerpt, "excerpt");
  }

  /**
   * Marks a whole item.
   *
   * @param ground why, not null
   * @return the mark, never null
   */
  public static ReviewMark whole(ExemptionGround ground) {
    return new ReviewMark(ground, Optional.empty(), Optional.empty());
  }

  /**
   * Marks text found in a field.
   *
   * @param ground why, not null
   * @param field the field, not null
   * @param excerpt the text found, not null
   * @return the mark, never null
   */
  public static ReviewMark in(ExemptionGround ground, String field, String excerpt) {
    return new ReviewMark(ground, Optional.of(field), Optional.of(excerpt));
  }

  /** Names the ground and the field; the excerpt, which may be a name, is left out. */
  @Override
  public String toString() {
    return "ReviewMark[" + ground + field.map(f -> " in " + f).orElse(" on the item") + "]";
  }
}
