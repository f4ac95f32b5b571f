package dk.mikrolan.loan;

import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentSchedule;
import dk.mikrolan.schedule.RoundingUnit;

/**
 * The plan a reschedule applies to the balance it takes. By count it has at most as many
 * instalments as the balance has whole rounding units, so that no instalment is left empty
 * ({@link RepaymentSchedule#maxCount}); by amount it is as asked, the last instalment taking the
 * rest. The decider checks the count this gives against the policy's maximum ({@link
 * dk.mikrolan.policy.LoanPolicy#maxInstalments()}); the ledger splits the balance by the same plan.
 */
final class ReschedulePlan {

  private ReschedulePlan() {}

  /** Returns the plan applied to a positive balance: a count capped at the balance's whole units. */
  static RepaymentPlan applied(RepaymentPlan asked, DkkAmount balance, RoundingUnit unit) {
    if (asked instanceof RepaymentPlan.ByCount c) {
      return RepaymentPlan.byCount((int) Math.min(c.count(), RepaymentSchedule.maxCount(balance, unit)));
    }
    return asked;
  }

  /** Returns the number of instalments the applied plan gives a positive balance. */
  static long instalmentCount(RepaymentPlan asked, DkkAmount balance, RoundingUnit unit) {
    RepaymentPlan plan = applied(asked, balance, unit);
    return plan instanceof RepaymentPlan.ByCount c
        ? c.count()
        : RepaymentSchedule.countForAmount(balance, ((RepaymentPlan.ByAmount) plan).amount());
  }
}
