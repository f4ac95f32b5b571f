package dk.mikrolan.jdbc;

import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.loan.Arrears;
import dk.mikrolan.loan.ArrearsBucket;
import dk.mikrolan.money.DkkAmount;
import java.util.Objects;

/**
 * A loan in arrears (restance) on a date.
 *
 * @param ref the case the loan belongs to (municipality and case id)
 * @param overdue the unpaid amount of instalments whose due date has passed, positive
 * @param daysPastDue days since the due date of the oldest unpaid instalment, 1 or more
 * @param bucket the bucket of {@code daysPastDue}, never {@link ArrearsBucket#NONE}
 */
public record ArrearsRow(CaseRef ref, DkkAmount overdue, long daysPastDue, ArrearsBucket bucket) {

  /** Checks the row against the rules of {@link Arrears}. */
  public ArrearsRow {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(overdue, "overdue");
    if (!overdue.isPositive() || daysPastDue < 1 || bucket != ArrearsBucket.of(daysPastDue)) {
      throw new IllegalArgumentException("Inconsistent arrears for case " + ref + ": " + overdue + " "
          + daysPastDue + " " + bucket);
    }
  }

  /**
   * Returns the row as the core's arrears value, comparable with {@link
   * dk.mikrolan.loan.LoanAccount#arrears(java.time.LocalDate)}.
   *
   * @return the arrears, never null
   */
  public Arrears arrears() {
    return new Arrears(overdue, daysPastDue, bucket);
  }
}
