package dk.mikrolan.eligibility;

import dk.mikrolan.policy.ProgrammePolicy;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Evaluates every eligibility rule (rough sorting and the advisor's assessment) for one applicant
 * under one policy version, and never stops at the first failure.
 *
 * <p>Each rule gets an outcome with the facts it used: an unknown answer, an assessment not yet
 * made, a criterion left out of it, or an assessment scored on another scale than the policy's
 * leaves the rule {@linkplain RuleStatus#NOT_ASSESSED not assessed}; a score below the policy's
 * threshold fails it, citing the score, the scale, the threshold and the advisor's note. The
 * policy passed is the version in force on the date the verdict is for; the verdict records it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EligibilityEvaluator {

  private static final EligibilityRule[] RULES = EligibilityRule.values();

  private EligibilityEvaluator() {}

  /**
   * Evaluates every rule, in rule order.
   *
   * @param screening the facts from rough sorting, not null
   * @param assessment the advisor's assessment, empty while not yet made, not null
   * @param policy the policy version in force, not null
   * @return the verdict with one outcome per rule, never null
   */
  public static EligibilityVerdict evaluate(
      ScreeningFacts screening, Optional<Assessment> assessment, ProgrammePolicy policy) {
    Objects.requireNonNull(screening, "screening");
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(policy, "policy");
    AssessmentChecks assessed = new AssessmentChecks(assessment, policy);
    RuleOutcome[] outcomes = new RuleOutcome[RULES.length];
    for (EligibilityRule rule : RULES) {
      outcomes[rule.ordinal()] =
          switch (rule.stage()) {
            case SCREENING -> ScreeningChecks.check(rule, screening, policy);
            case ASSESSMENT -> assessed.check(rule);
          };
    }
    return new EligibilityVerdict(List.of(outcomes), policy.municipalityCode(), policy.validFrom());
  }
}
