package dk.mikrolan.rules;

import java.util.Objects;

/**
 * A rule a decision relies on: its stable id, its legal or programme source, and what it says.
 * Justifications (forvaltningsloven § 24) list these.
 *
 * @param id the stable id, such as {@code COURAGE} or {@code LOAN_CEILING}
 * @param source where the rule comes from, such as "Notat om mikrolån" or "forvaltningsloven § 19"
 * @param text what the rule says and how it applied, in Danish and English
 */
public record RuleReference(String id, String source, Text text) {

  /** Checks the reference. */
  public RuleReference {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    if (id.isBlank() || source.isBlank()) {
      throw new IllegalArgumentException("A rule reference needs an id and a source");
    }
  }
}
