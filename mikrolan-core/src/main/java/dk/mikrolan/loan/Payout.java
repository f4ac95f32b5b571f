package dk.mikrolan.loan;

import dk.mikrolan.schedule.RepaymentTerms;
import java.time.LocalDate;

/**
 * When payout (udbetaling) of a loan ends of its own accord: on the first due date. From that date
 * on no tranche is paid out, what was not paid out is cancelled and the schedule is on what was
 * (issue #2: "a tranche not paid out by then is cancelled and the schedule recomputed on what was
 * disbursed"). The decider, the account's as-of queries and {@link
 * LoanAccount#instalmentsStillDue(LocalDate)} all ask here.
 */
final class Payout {

  private Payout() {}

  /**
   * Returns whether payout has ended by a date whatever the events say: the date is on or after
   * the first due date.
   */
  static boolean isOverOn(RepaymentTerms terms, LocalDate date) {
    return !date.isBefore(closingDate(terms));
  }

  /** Returns the date payout ends of its own accord: the first due date. */
  static LocalDate closingDate(RepaymentTerms terms) {
    return terms.firstDueDate();
  }
}
