package dk.mikrolan.eligibility;

import dk.mikrolan.rules.Violation;
import dk.mikrolan.rules.RuleText;
import dk.mikrolan.rules.ViolationKind;
import java.util.Locale;

/**
 * The ways an advisor's assessment can be wrong, each with a stable code (its name), the field it
 * concerns and its Danish and English texts ({@code %s} placeholders filled in order).
 *
 * <p>Kinds about one criterion are made with {@link #about}, which names the criterion in the
 * field, such as {@code scores.COURAGE.note}, so a form can point at the exact input.
 */
public enum AssessmentViolation implements ViolationKind {
  /** No advisor id. */
  ADVISOR_MISSING("advisorId", "", "Vejlederens id mangler.", "The advisor's id is missing."),
  /** No date. */
  ASSESSMENT_DATE_MISSING("date", "", "Vurderingens dato mangler.", "The date of the assessment is missing."),
  /** Dated before the policy version it is scored under took effect. */
  ASSESSMENT_DATE_BEFORE_POLICY(
      "date",
      "",
      "Vurderingen er dateret %s, før kommunens regler af %s trådte i kraft.",
      "The assessment is dated %s, before the municipality's rules of %s took effect."),
  /** No criterion scored. */
  NO_SCORES(
      "scores",
      "",
      "Vurderingen skal give mindst ét kriterium en score.",
      "The assessment must score at least one criterion."),
  /** A score given without saying which criterion it scores. */
  CRITERION_MISSING("scores", "", "En score er angivet uden kriterium.", "A score is given without a criterion."),
  /** A score for a rule that rough sorting decides, not the advisor. */
  CRITERION_NOT_SCORED_BY_ADVISOR(
      "scores",
      "",
      "Kriteriet '%s' afgøres ved den grove sortering og scores ikke af vejlederen.",
      "The criterion '%s' is decided at rough sorting and is not scored by the advisor."),
  /** A criterion named without a score. */
  SCORE_MISSING("scores", "", "Kriteriet '%s' mangler en score.", "The criterion '%s' has no score."),
  /** A score off the policy's scale. */
  SCORE_OUTSIDE_SCALE(
      "scores",
      "value",
      "Scoren %s for kriteriet '%s' ligger uden for skalaen fra %s til %s.",
      "The score %s for the criterion '%s' is outside the scale from %s to %s."),
  /** A score without the advisor's note (the considerations a justification must give). */
  NOTE_MISSING(
      "scores",
      "note",
      "Kriteriet '%s' mangler vejlederens bemærkning.",
      "The criterion '%s' lacks the advisor's note.");

  private final RuleText text;
  private final String part;

  AssessmentViolation(String field, String part, String danish, String english) {
    this.text = new RuleText(field, danish, english);
    this.part = part;
  }

  @Override
  public RuleText text() {
    return text;
  }

  /**
   * Creates the violation about one criterion, with the field naming it, such as {@code
   * scores.COURAGE.value}.
   *
   * @param criterion the criterion, not null
   * @param danishArgs the arguments for the Danish text, not null
   * @param englishArgs the arguments for the English text, not null
   * @return the violation, never null
   */
  public Violation about(EligibilityRule criterion, Object[] danishArgs, Object[] englishArgs) {
    String at = field() + "." + criterion.name() + (part.isEmpty() ? "" : "." + part);
    return Violation.of(
        name(),
        at,
        String.format(Locale.ROOT, danish(), danishArgs),
        String.format(Locale.ROOT, english(), englishArgs));
  }
}
