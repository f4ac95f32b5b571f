package dk.mikrolan.loan;

import dk.mikrolan.money.DkkAmount;
import java.time.LocalDate;
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
   * Obtains the arrears on a date from what is overdue and the due date of the oldest unpaid
   * instalment: days past due count from that banking-day due date, and the bucket follows from
   * them ({@link ArrearsBucket#of(long)}).
   *
   * @param overdue the unpaid amount of the instalments due before {@code asOf}, positive, not null
   * @param oldestDue the banking-day due date of the oldest of them, before {@code asOf}, not null
   * @param asOf the date, not null
   * @return the arrears, never null
   * @throws IllegalArgumentException if the amount is not positive or the due date not before the date
   */
  public static Arrears of(DkkAmount overdue, LocalDate oldestDue, LocalDate asOf) {
    if (!overdue.isPositive() || !oldestDue.isBefore(asOf)) {
      throw new IllegalArgumentException("No arrears: " + overdue + " due " + oldestDue + " as of " + asOf);
    }
    long days = asOf.toEpochDay() - oldestDue.toEpochDay();
    return new Arrears(overdue, days, ArrearsBucket.of(days));
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
