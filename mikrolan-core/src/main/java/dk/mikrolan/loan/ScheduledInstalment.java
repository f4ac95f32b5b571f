package dk.mikrolan.loan;

import dk.mikrolan.money.DkkAmount;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An instalment of a loan account as it stands: its dates after any deferral, its amount and what
 * of it remains to be paid.
 *
 * @param number the instalment's number in the account, from 1
 * @param nominalDate the nominal date (after deferrals)
 * @param dueDate the banking day it falls due
 * @param amount the instalment's amount
 * @param remaining what remains unpaid, from zero to {@code amount}
 */
public record ScheduledInstalment(
    int number, LocalDate nominalDate, LocalDate dueDate, DkkAmount amount, DkkAmount remaining) {

  /** Checks the instalment. */
  public ScheduledInstalment {
    Objects.requireNonNull(nominalDate, "nominalDate");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(remaining, "remaining");
  }

  /**
   * Returns whether nothing remains unpaid.
   *
   * @return true if settled
   */
  public boolean isSettled() {
    return remaining.isZero();
  }
}
