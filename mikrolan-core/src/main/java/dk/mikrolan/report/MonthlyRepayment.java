package dk.mikrolan.report;

import dk.mikrolan.money.DkkAmount;
import java.util.Objects;

/**
 * A month's repayments against the schedule: what fell due in the month (the instalments as the
 * schedule stands on the report's date, deferrals and reschedules included) and what was paid with
 * a value date in the month (payments the bank took back left out).
 *
 * @param due the instalments due in the month
 * @param paid the payments received in the month
 */
public record MonthlyRepayment(DkkAmount due, DkkAmount paid) {

  /** Checks the parts. */
  public MonthlyRepayment {
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(paid, "paid");
  }

  /** Nothing due, nothing paid. */
  public static final MonthlyRepayment NONE = new MonthlyRepayment(DkkAmount.ZERO, DkkAmount.ZERO);

  /**
   * Adds another month's figures (another loan's) to these.
   *
   * @param other the figures to add, not null
   * @return the sum, never null
   */
  public MonthlyRepayment plus(MonthlyRepayment other) {
    return new MonthlyRepayment(due.plus(other.due), paid.plus(other.paid));
  }
}
