package dk.mikrolan.testkit;

import dk.mikrolan.eligibility.Assessment;
import dk.mikrolan.eligibility.EligibilityRule;
import dk.mikrolan.eligibility.RuleStatus;
import dk.mikrolan.eligibility.ScreeningFacts;
import dk.mikrolan.policy.ProgrammePolicy;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A generated applicant whose facts were built to give each eligibility rule a planned status
 * under a policy, so a test can compare what the evaluator says with the plan.
 *
 * @param policy the policy version the facts were built for, not null
 * @param screening the facts of rough sorting, not null
 * @param assessment the advisor's assessment, empty when none was made, not null
 * @param planned the status each rule was built to get, one per rule, not null
 */
public record PlannedApplicant(
    ProgrammePolicy policy,
    ScreeningFacts screening,
    Optional<Assessment> assessment,
    Map<EligibilityRule, RuleStatus> planned) {

  /**
   * Checks and copies the plan.
   *
   * @throws IllegalArgumentException if a rule has no planned status
   */
  public PlannedApplicant {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(screening, "screening");
    Objects.requireNonNull(assessment, "assessment");
    EnumMap<EligibilityRule, RuleStatus> copy = new EnumMap<>(EligibilityRule.class);
    copy.putAll(planned);
    if (copy.size() != EligibilityRule.values().length) {
      throw new IllegalArgumentException("Every rule needs a planned status: " + planned);
    }
    planned = Collections.unmodifiableMap(copy);
  }

  /**
   * Returns the rules planned to get a status.
   *
   * @param status the status, not null
   * @return the rules in rule order, never null
   */
  public Set<EligibilityRule> plannedWith(RuleStatus status) {
    EnumSet<EligibilityRule> rules = EnumSet.noneOf(EligibilityRule.class);
    planned.forEach((rule, s) -> {
      if (s == status) {
        rules.add(rule);
      }
    });
    return Collections.unmodifiableSet(rules);
  }

  /**
   * Returns the rules the applicant was built to fail.
   *
   * @return the rules in rule order, never null
   */
  public Set<EligibilityRule> plannedFailures() {
    return plannedWith(RuleStatus.FAILED);
  }

  /**
   * Returns the plan, the facts and the policy's eligibility settings only, so that a shrunk
   * failure reads at a glance.
   */
  @Override
  public String toString() {
    return "planned " + planned
        + "; policy " + policy.municipalityCode() + " from " + policy.validFrom()
        + " admits " + policy.eligibleBenefits()
        + ", scale " + policy.assessmentScaleMin() + "–" + policy.assessmentScaleMax()
        + ", threshold " + policy.assessmentThreshold()
        + "; " + screening
        + "; " + assessment.map(Object::toString).orElse("no assessment");
  }
}
