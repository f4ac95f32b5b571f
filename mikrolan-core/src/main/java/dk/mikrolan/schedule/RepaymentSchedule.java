package dk.mikrolan.schedule;

import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.money.DkkAmount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * The interest-free repayment schedule (afdragsplan) of a set of {@link RepaymentTerms}.
 *
 * <p>The contract, which the README repeats:
 *
 * <ul>
 *   <li><b>Nominal due dates</b>: the first due date plus k periods, keeping its day of month and
 *       clamping to a shorter month's last day (31 Jan → 28/29 Feb → 31 Mar); always computed
 *       from the first due date, so dates never drift.
 *   <li><b>Due date</b>: the nominal date, moved to the next banking day when it is a weekend or a
 *       bank closing day.
 *   <li><b>By count</b>: the principal is split into whole rounding units as evenly as possible;
 *       the first instalments take one unit more where it does not divide; øre below the unit go
 *       to the first instalment (DKK 1,000.50 in 3 whole-krone instalments: 334.50, 333.00,
 *       333.00). The sum is exactly the principal.
 *   <li><b>By amount</b>: every instalment is the fixed amount except the last, which is the
 *       remainder (0 &lt; last ≤ amount); the amount must be a whole number of rounding units.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RepaymentSchedule {

  private final RepaymentTerms terms;
  private final List<Instalment> instalments;

  private RepaymentSchedule(RepaymentTerms terms, List<Instalment> instalments) {
    this.terms = terms;
    this.instalments = Collections.unmodifiableList(instalments);
  }

  /**
   * Computes the schedule of a set of terms.
   *
   * <p>Terms from outside should first pass {@link RepaymentTermsValidator}, which reports every
   * problem; this method throws on the first.
   *
   * @param terms the terms, not null
   * @param calendar the banking calendar for due dates, not null
   * @return the schedule, never null
   * @throws IllegalArgumentException if the plan cannot give every instalment a positive amount
   *     in whole units, or a due date falls outside the calendar's years
   */
  public static RepaymentSchedule of(RepaymentTerms terms, BankingCalendar calendar) {
    long[] amounts = split(terms.principal(), terms.plan(), terms.roundingUnit());
    List<Instalment> list = new ArrayList<>(amounts.length);
    for (int k = 0; k < amounts.length; k++) {
      LocalDate nominal = terms.frequency().nominalDate(terms.firstDueDate(), k);
      list.add(
          new Instalment(k + 1, nominal, calendar.onOrNextBankingDay(nominal), DkkAmount.ofOre(amounts[k])));
    }
    return new RepaymentSchedule(terms, list);
  }

  /**
   * Splits a principal into instalment amounts in øre by the rules in the class comment.
   *
   * @param principal the principal, positive, not null
   * @param plan the plan, not null
   * @param unit the rounding unit, not null
   * @return the amounts in due order, each positive, summing exactly to the principal; an
   *     unmodifiable list, never null
   * @throws IllegalArgumentException if the count exceeds the whole units of the principal, or a
   *     fixed amount is not a whole number of units
   */
  public static List<Long> amountsInOre(DkkAmount principal, RepaymentPlan plan, RoundingUnit unit) {
    return Arrays.stream(split(principal, plan, unit)).boxed().toList();
  }

  private static long[] split(DkkAmount principal, RepaymentPlan plan, RoundingUnit unit) {
    if (!principal.isPositive()) {
      throw new IllegalArgumentException("Principal must be positive: " + principal);
    }
    if (plan instanceof RepaymentPlan.ByCount byCount) {
      return splitByCount(principal.ore(), byCount.count(), unit.ore());
    }
    DkkAmount fixed = ((RepaymentPlan.ByAmount) plan).amount();
    if (!unit.divides(fixed)) {
      throw new IllegalArgumentException("Instalment amount " + fixed + " is not whole " + unit);
    }
    return splitByAmount(principal.ore(), fixed.ore());
  }

  /**
   * Returns the largest instalment count a principal allows in a unit: its whole units, or 1
   * when the principal is smaller than one unit.
   *
   * @param principal the principal, positive, not null
   * @param unit the rounding unit, not null
   * @return the count, at least 1
   */
  public static long maxCount(DkkAmount principal, RoundingUnit unit) {
    return Math.max(1, principal.ore() / unit.ore());
  }

  /**
   * Returns the number of instalments a fixed amount gives: the principal divided by the amount,
   * rounded up.
   *
   * @param principal the principal, positive, not null
   * @param amount the fixed amount, positive, not null
   * @return the count, at least 1
   */
  public static long countForAmount(DkkAmount principal, DkkAmount amount) {
    return (principal.ore() + amount.ore() - 1) / amount.ore();
  }

  private static long[] splitByCount(long principalOre, int count, long unitOre) {
    long units = principalOre / unitOre;
    long subUnit = principalOre % unitOre;
    if (count > Math.max(1, units)) {
      throw new IllegalArgumentException(
          count + " instalments leave some empty: the principal has " + units + " whole units");
    }
    long base = units / count;
    long larger = units % count; // the first `larger` instalments take one unit more
    long[] amounts = new long[count];
    for (int i = 0; i < count; i++) {
      amounts[i] = (base + (i < larger ? 1 : 0)) * unitOre;
    }
    amounts[0] += subUnit;
    return amounts;
  }

  private static long[] splitByAmount(long principalOre, long amountOre) {
    long count = (principalOre + amountOre - 1) / amountOre;
    if (count > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("Instalment amount gives too many instalments: " + count);
    }
    long[] amounts = new long[(int) count];
    Arrays.fill(amounts, amountOre);
    amounts[amounts.length - 1] = principalOre - (count - 1) * amountOre;
    return amounts;
  }

  /**
   * Returns the terms this schedule was computed from.
   *
   * @return the terms, never null
   */
  public RepaymentTerms terms() {
    return terms;
  }

  /**
   * Returns the instalments in due order.
   *
   * @return an unmodifiable list, never null nor empty
   */
  public List<Instalment> instalments() {
    return instalments;
  }

  /**
   * Returns the sum of the instalments, which is always the principal.
   *
   * @return the total, never null
   */
  public MonetaryAmount total() {
    return instalments.stream()
        .map(Instalment::exactAmount)
        .reduce(DkkAmount.ZERO, DkkAmount::plus)
        .toMonetaryAmount();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RepaymentSchedule other
        && other.terms.equals(terms)
        && other.instalments.equals(instalments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(terms, instalments);
  }

  @Override
  public String toString() {
    return "RepaymentSchedule[" + terms.principal() + " in " + instalments.size() + " instalments]";
  }
}
