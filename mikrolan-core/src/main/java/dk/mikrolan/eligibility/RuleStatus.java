package dk.mikrolan.eligibility;

/** The outcome of one eligibility rule for one applicant. */
public enum RuleStatus {
  /** The rule is met (opfyldt). */
  PASSED,
  /** The rule is not met (ikke opfyldt); the outcome carries the reason. */
  FAILED,
  /** The facts the rule needs are not there yet (endnu ikke vurderet): an unknown answer or no score. */
  NOT_ASSESSED
}
