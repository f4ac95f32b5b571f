package dk.mikrolan.jdbc;

import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.loan.LoanStatus;
import dk.mikrolan.money.DkkAmount;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A loan account as it stood on the date of its latest event.
 *
 * @param ref the case the loan belongs to (municipality and case id)
 * @param status the status on that date
 * @param disbursed what was paid out (udbetalt)
 * @param outstanding what is still owed (restgæld); negative while overpaid
 * @param writtenOff what was written off (eftergivet)
 * @param nextDueDate the banking day the next unpaid instalment falls due on or after that date,
 *     empty when nothing more falls due
 * @param lastPosition the event store's global position of the loan's latest event
 */
public record LoanRow(
    CaseRef ref,
    LoanStatus status,
    DkkAmount disbursed,
    DkkAmount outstanding,
    DkkAmount writtenOff,
    Optional<LocalDate> nextDueDate,
    long lastPosition) {

  /** Checks that nothing is null. */
  public LoanRow {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(disbursed, "disbursed");
    Objects.requireNonNull(outstanding, "outstanding");
    Objects.requireNonNull(writtenOff, "writtenOff");
    Objects.requireNonNull(nextDueDate, "nextDueDate");
  }
}
