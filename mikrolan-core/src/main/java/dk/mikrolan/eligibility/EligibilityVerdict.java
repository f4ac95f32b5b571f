package dk.mikrolan.eligibility;

import dk.mikrolan.rules.Violation;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The result of evaluating every eligibility rule for one applicant: each rule's outcome, never
 * just the first failure, and the overall {@link #status()}.
 *
 * <p>The verdict names the policy version it was evaluated under (municipality and the version's
 * first day), as every decision resting on it must record.
 *
 * @param outcomes one outcome per rule, in the order of {@link EligibilityRule#values()}, not null;
 *     copied to an unmodifiable list
 * @param municipalityCode the kommunekode of the policy evaluated under, not null
 * @param policyValidFrom the first day of the policy version evaluated under, not null
 */
public record EligibilityVerdict(List<RuleOutcome> outcomes, String municipalityCode, LocalDate policyValidFrom) {

  private static final EligibilityRule[] RULES = EligibilityRule.values();

  /**
   * Checks that there is exactly one outcome per rule, in rule order.
   *
   * @throws IllegalArgumentException if a rule has no outcome, several, or they are out of order
   * @throws NullPointerException if a component or an outcome is null
   */
  public EligibilityVerdict {
    Objects.requireNonNull(outcomes, "outcomes");
    Objects.requireNonNull(municipalityCode, "municipalityCode");
    Objects.requireNonNull(policyValidFrom, "policyValidFrom");
    outcomes = List.copyOf(outcomes);
    boolean inRuleOrder = outcomes.size() == RULES.length;
    for (int i = 0; inRuleOrder && i < RULES.length; i++) {
      inRuleOrder = outcomes.get(i).rule() == RULES[i];
    }
    if (!inRuleOrder) {
      throw new IllegalArgumentException("A verdict needs one outcome per rule, in rule order, not "
          + outcomes.stream().map(RuleOutcome::rule).toList());
    }
  }

  /**
   * Returns the overall status: {@link EligibilityStatus#NOT_ELIGIBLE} when any rule failed, else
   * {@link EligibilityStatus#INCOMPLETE} when any is not assessed, else {@link
   * EligibilityStatus#ELIGIBLE}.
   *
   * @return the status, never null
   */
  public EligibilityStatus status() {
    if (outcomes.stream().anyMatch(o -> o.status() == RuleStatus.FAILED)) {
      return EligibilityStatus.NOT_ELIGIBLE;
    }
    if (outcomes.stream().anyMatch(o -> o.status() == RuleStatus.NOT_ASSESSED)) {
      return EligibilityStatus.INCOMPLETE;
    }
    return EligibilityStatus.ELIGIBLE;
  }

  /**
   * Returns the outcome of one rule.
   *
   * @param rule the rule, not null
   * @return the outcome, never null
   */
  public RuleOutcome outcome(EligibilityRule rule) {
    return outcomes.get(rule.ordinal());
  }

  /**
   * Returns exactly the failed outcomes, in rule order.
   *
   * @return the failures, unmodifiable, empty when none failed, never null
   */
  public List<RuleOutcome> failures() {
    return withStatus(RuleStatus.FAILED);
  }

  /**
   * Returns exactly the outcomes not yet assessed, in rule order.
   *
   * @return the outcomes, unmodifiable, never null
   */
  public List<RuleOutcome> notAssessed() {
    return withStatus(RuleStatus.NOT_ASSESSED);
  }

  /**
   * Returns the reasons of every failed rule, in rule order, as a refusal carries them.
   *
   * @return one reason per failure, empty when none failed, never null
   */
  public Seq<Violation> reasons() {
    return Vector.ofAll(failures()).flatMap(o -> o.reason().stream().toList());
  }

  /**
   * Returns the outcomes with a status.
   *
   * @param status the status, not null
   * @return the outcomes in rule order, unmodifiable, never null
   */
  public List<RuleOutcome> withStatus(RuleStatus status) {
    return outcomes.stream().filter(o -> o.status() == status).toList();
  }

  /**
   * Returns the status and each outcome (with the advisor's notes left out, see {@link
   * RuleOutcome#toString()}).
   */
  @Override
  public String toString() {
    return status() + " under policy " + municipalityCode + "@" + policyValidFrom + " "
        + outcomes.stream().map(RuleOutcome::toString).collect(Collectors.joining("; ", "[", "]"));
  }
}
