package dk.mikrolan.loan;

import dk.mikrolan.money.DkkAmount;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * Arrears (restance) on a date: what is overdue and for how long.
 *
 * @param overdue the unpaid amount of instalments whose (banking-day) due date has passed
 * @param daysPastDue days since the due date of the oldest unpaid instalment, 0 when none
 * @param bucket the bucket of {@code daysPastDue}
 */
public record Arrears(DkkAmount overdue, long daysPastDue, ArrearsBucket bucket) {

  /** No arrears. */
  public static final Arrears NONE = new Arrears(DkkAmount.ZERO, 0, ArrearsBucket.NONE);

  /** Checks the arrears. */
  public Arrears {
    Objects.requireNonNull(overdue, "overdue");
    if (overdue.isNegative() || daysPastDue < 0 || bucket != ArrearsBucket.of(daysPastDue)) {
      throw new IllegalArgumentException("Inconsistent arrears " + overdue + " " + daysPastDue + " " + bucket);
    }
  }

  /**
   * Returns the overdue amount as a JSR 354 amount.
   *
   * @return the amount, never null
   */
  public MonetaryAmount overdueAmount() {
    return overdue.toMonetaryAmount();
  }
}
