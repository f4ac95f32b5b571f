package dk.mikrolan.programme;

import dk.mikrolan.rules.RuleReference;
import dk.mikrolan.rules.Text;
import java.util.List;
import java.util.function.Function;

/**
 * The justification (begrundelse) of a decision, as forvaltningsloven § 24 requires: the rules
 * the decision rests on, the main considerations behind any discretion, and the facts relied on.
 *
 * @param rules the rules relied on, with their legal or programme source, at least one
 * @param considerations the main considerations, at least one
 * @param facts the facts relied on
 */
public record Justification(List<RuleReference> rules, List<Text> considerations, List<Text> facts) {

  /** Checks that the justification names a rule and a consideration (§ 24, stk. 1). */
  public Justification {
    rules = List.copyOf(rules);
    considerations = List.copyOf(considerations);
    facts = List.copyOf(facts);
    if (rules.isEmpty() || considerations.isEmpty()) {
      throw new IllegalArgumentException("A justification names at least one rule and one consideration");
    }
  }

  /**
   * Renders the justification in Danish for the letter.
   *
   * @return the text, never null
   */
  public String danish() {
    return render("Begrundelse", "Afgørelsen er truffet efter disse regler:",
        "Vi har især lagt vægt på:", "Vi har lagt disse oplysninger til grund:", Text::danish);
  }

  /**
   * Renders the justification in English.
   *
   * @return the text, never null
   */
  public String english() {
    return render("Justification", "The decision rests on these rules:",
        "We have given particular weight to:", "We have relied on these facts:", Text::english);
  }

  private String render(String heading, String rulesIntro, String considerationsIntro, String factsIntro,
      Function<Text, String> language) {
    StringBuilder b = new StringBuilder(heading).append('\n').append(rulesIntro).append('\n');
    for (RuleReference r : rules) {
      b.append("- ").append(language.apply(r.text())).append(" (").append(r.source()).append(")\n");
    }
    b.append(considerationsIntro).append('\n');
    considerations.forEach(c -> b.append("- ").append(language.apply(c)).append('\n'));
    if (!facts.isEmpty()) {
      b.append(factsIntro).append('\n');
      facts.forEach(f -> b.append("- ").append(language.apply(f)).append('\n'));
    }
    return b.toString();
  }
}
