package dk.mikrolan.testkit;

import dk.mikrolan.eligibility.EligibilityRule;
import dk.mikrolan.eligibility.RuleStatus;
import java.util.Objects;

/**
 * Two applicants that differ in one fact: the one that makes {@code rule} fail. Before, the rule
 * passed or was not assessed; every other rule keeps its planned status.
 *
 * @param before the applicant before, not null
 * @param rule the rule whose fact was turned into a failing one, not null
 * @param after the same applicant with the failing fact, not null
 */
public record Worsening(PlannedApplicant before, EligibilityRule rule, PlannedApplicant after) {

  /**
   * Checks that the plans differ exactly in the rule, which fails after and not before.
   *
   * @throws IllegalArgumentException if they do not
   */
  public Worsening {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(after, "after");
    for (EligibilityRule r : EligibilityRule.values()) {
      RuleStatus was = before.planned().get(r);
      RuleStatus is = after.planned().get(r);
      boolean ok = r == rule ? was != RuleStatus.FAILED && is == RuleStatus.FAILED : was == is;
      if (!ok) {
        throw new IllegalArgumentException("Not a worsening of " + rule + " alone: " + r + " " + was + " → " + is);
      }
    }
  }
}
