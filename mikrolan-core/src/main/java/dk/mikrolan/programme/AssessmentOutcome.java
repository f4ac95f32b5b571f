package dk.mikrolan.programme;

import dk.mikrolan.eligibility.EligibilityVerdict;
import dk.mikrolan.eligibility.RuleOutcome;
import dk.mikrolan.rules.RuleReference;
import dk.mikrolan.rules.Text;
import java.util.List;
import java.util.Objects;

/**
 * What the case records of an eligibility evaluation (rough sorting or the advisor's assessment):
 * the overall verdict and the rules that failed, with their sources and texts, so that a later
 * decision can quote them in its justification.
 *
 * @param verdict the overall verdict
 * @param failedRules the rules that failed, empty unless {@code NOT_ELIGIBLE}
 * @param notAssessed ids of rules not yet assessed
 */
public record AssessmentOutcome(Verdict verdict, List<RuleReference> failedRules, List<String> notAssessed) {

  /** The overall verdict of an evaluation. */
  public enum Verdict {
    /** Every rule passed. */
    ELIGIBLE,
    /** At least one rule failed. */
    NOT_ELIGIBLE,
    /** None failed, some not yet assessed. */
    INCOMPLETE
  }

  /** Checks the outcome's consistency. */
  public AssessmentOutcome {
    Objects.requireNonNull(verdict, "verdict");
    failedRules = List.copyOf(failedRules);
    notAssessed = List.copyOf(notAssessed);
    boolean consistent = switch (verdict) {
      case ELIGIBLE -> failedRules.isEmpty() && notAssessed.isEmpty();
      case NOT_ELIGIBLE -> !failedRules.isEmpty();
      case INCOMPLETE -> failedRules.isEmpty() && !notAssessed.isEmpty();
    };
    if (!consistent) {
      throw new IllegalArgumentException("Inconsistent outcome " + verdict + " " + failedRules + " " + notAssessed);
    }
  }

  /**
   * Records an eligibility verdict: its overall status, and every failed rule with its source and
   * the evaluator's text (rule, facts, source), ready for a justification.
   *
   * @param verdict the verdict, not null
   * @return the outcome, never null
   */
  public static AssessmentOutcome from(EligibilityVerdict verdict) {
    return new AssessmentOutcome(
        Verdict.valueOf(verdict.status().name()),
        verdict.failures().stream().map(AssessmentOutcome::reference).toList(),
        verdict.notAssessed().stream().map(o -> o.rule().name()).toList());
  }

  private static RuleReference reference(RuleOutcome o) {
    return new RuleReference(o.rule().name(), o.rule().source(), Text.of(o.danishText(), o.englishText()));
  }

  /**
   * Returns an eligible outcome.
   *
   * @return the outcome, never null
   */
  public static AssessmentOutcome eligible() {
    return new AssessmentOutcome(Verdict.ELIGIBLE, List.of(), List.of());
  }
}
