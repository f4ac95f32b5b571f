package dk.mikrolan.eligibility;

import dk.mikrolan.rules.Violation;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The outcome of one eligibility rule: its status, the facts it used and what it found, in Danish
 * and English.
 *
 * <p>The facts are a readable map in the order the rule used them; keys are stable ({@code
 * benefitType}, {@code admittedBenefits}, {@code businessIdeaTitle}, {@code
 * businessIdeaRevenueModel}, {@code wishToBeSelfEmployed}, {@code advisorId}, {@code assessedOn},
 * {@code scaleMin}, {@code scaleMax}, {@code threshold}, {@code score}, {@code note}, …) and values
 * are language-neutral: enum names, numbers, ISO dates and the applicant's or advisor's words as
 * given. The findings are the sentences that explain the status from those facts; {@link
 * #danishText()} and {@link #englishText()} put them together with the rule's name and source, as
 * a justification (begrundelse, forvaltningsloven § 24) quotes them.
 *
 * @param rule the rule, not null
 * @param status the status, not null
 * @param facts the facts used, in the order the rule used them, not null, no null key or value;
 *     copied to an unmodifiable map in the same order
 * @param danishFinding what the rule found, in Danish, starting in lower case and ending a sentence
 * @param englishFinding what the rule found, in English, likewise
 */
public record RuleOutcome(
    EligibilityRule rule,
    RuleStatus status,
    Map<String, String> facts,
    String danishFinding,
    String englishFinding) {

  /**
   * Checks the outcome.
   *
   * @throws IllegalArgumentException if a finding is blank
   * @throws NullPointerException if a component, a fact's key or a fact's value is null
   */
  public RuleOutcome {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(facts, "facts");
    facts = Facts.copyOf(facts);
    Objects.requireNonNull(danishFinding, "danishFinding");
    Objects.requireNonNull(englishFinding, "englishFinding");
    if (danishFinding.isBlank() || englishFinding.isBlank()) {
      throw new IllegalArgumentException("An outcome of " + rule + " needs a finding in both languages");
    }
  }

  /**
   * Returns the outcome in Danish, naming the rule, what it found and its source, such as {@code
   * Kriteriet 'Gå-på-mod' er ikke opfyldt: vurderet 2 på en skala fra 1 til 5, hvor mindst 3
   * kræves, i vejlederens vurdering af 3. marts 2026. Vejlederens bemærkning: … Kilde: Notat om
   * mikrolån, afsnit 'Reelt ønske om selvstændighed', første punkt.}
   *
   * @return the text, never null
   */
  public String danishText() {
    String verdict =
        switch (status) {
          case PASSED -> "er opfyldt";
          case FAILED -> "er ikke opfyldt";
          case NOT_ASSESSED -> "er endnu ikke vurderet";
        };
    return "Kriteriet '" + rule.danishName() + "' " + verdict + ": " + danishFinding
        + " Kilde: " + rule.source() + ".";
  }

  /**
   * Returns the outcome in English, naming the rule, what it found and its source, such as {@code
   * The criterion 'Courage' is not met: scored 2 on a scale from 1 to 5, where at least 3 is
   * required, in the advisor's assessment of 3 March 2026. The advisor's note: … Source: Memo on
   * micro-loans, section 'A genuine wish to be self-employed', first point.}
   *
   * @return the text, never null
   */
  public String englishText() {
    String verdict =
        switch (status) {
          case PASSED -> "is met";
          case FAILED -> "is not met";
          case NOT_ASSESSED -> "has not yet been assessed";
        };
    return "The criterion '" + rule.englishName() + "' " + verdict + ": " + englishFinding
        + " Source: " + rule.englishSource() + ".";
  }

  /**
   * Returns the reason a failed rule gives: the rule's id as code, the field it read, and {@link
   * #danishText()} and {@link #englishText()} as texts. A refusal or a letter can carry it as is.
   *
   * @return the reason when the rule failed, else empty, never null
   */
  public Optional<Violation> reason() {
    return status == RuleStatus.FAILED
        ? Optional.of(Violation.of(rule.name(), rule.field(), danishText(), englishText()))
        : Optional.empty();
  }

  /**
   * Returns the rule, the status and the facts with the advisor's note left out, such as {@code
   * COURAGE FAILED {advisorId=AAR-V17, …, score=2, note=<37 characters>}}: a note on a person belongs
   * in a letter, not a log line.
   */
  @Override
  public String toString() {
    return rule + " " + status + " "
        + facts.entrySet().stream()
            .map(f -> f.getKey() + "=" + (f.getKey().equals("note") ? "<" + f.getValue().length() + " characters>" : f.getValue()))
            .collect(Collectors.joining(", ", "{", "}"));
  }
}
