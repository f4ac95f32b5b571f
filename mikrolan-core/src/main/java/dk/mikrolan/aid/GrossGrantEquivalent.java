package dk.mikrolan.aid;

import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.schedule.Instalment;
import dk.mikrolan.schedule.RepaymentSchedule;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The gross grant equivalent (GGE, bruttotilskudsækvivalent) of an interest-free loan: the
 * interest the borrower does not pay, discounted to the disbursement date.
 *
 * <p>Source: Regulation (EU) 2023/2831 (de minimis) art. 4(3)(a) and the Commission's
 * Communication on reference and discount rates (2008/C 14/02): reference rate = base rate +
 * margin; discount rate = base rate + 100 bp. The convention, exactly:
 *
 * <ul>
 *   <li>g<sub>k</sub> = disbursement date + k months (day of month clamped, as for due dates);
 *   <li>B<sub>k</sub> = principal − the instalments whose nominal due date is on or before
 *       g<sub>k</sub>;
 *   <li>GGE = Σ over k ≥ 1 while B<sub>k−1</sub> &gt; 0 of B<sub>k−1</sub> · r<sub>ref</sub> / 12
 *       / (1 + d)<sup>k/12</sup>, rounded half-even to the øre at the end.
 * </ul>
 *
 * <p>Arithmetic is {@link BigDecimal} in {@link MathContext#DECIMAL128} throughout: the monthly
 * factor (1 + d)<sup>1/12</sup> by Newton's method, its k-th power by integer exponentiation, and
 * no rounding before the last step. The rates are inputs (they change over time) and never
 * hard-coded.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GrossGrantEquivalent {

  private static final MathContext MC = MathContext.DECIMAL128;
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

  private GrossGrantEquivalent() {}

  /**
   * Computes the gross grant equivalent of a schedule disbursed on a date.
   *
   * @param schedule the repayment schedule, not null
   * @param disbursementDate the (planned) disbursement date, before the first due date, not null
   * @param referenceRate the annual reference rate r_ref, from 0 (inclusive) to 1 (exclusive)
   * @param discountRate the annual discount rate d, from 0 (inclusive) to 1 (exclusive)
   * @return the GGE in DKK, never null
   * @throws IllegalArgumentException if a rate is outside [0, 1)
   */
  public static DkkAmount of(
      RepaymentSchedule schedule, LocalDate disbursementDate, BigDecimal referenceRate, BigDecimal discountRate) {
    Objects.requireNonNull(disbursementDate, "disbursementDate");
    checkRate(referenceRate, "reference rate");
    checkRate(discountRate, "discount rate");
    BigDecimal monthlyFactor = twelfthRoot(BigDecimal.ONE.add(discountRate, MC));
    BigDecimal monthlyRate = referenceRate.divide(TWELVE, MC);

    List<Instalment> instalments = schedule.instalments();
    long balance = schedule.terms().principal().ore(); // B_0: nothing falls due on or before g_0
    int next = 0;
    while (next < instalments.size() && !instalments.get(next).nominalDate().isAfter(disbursementDate)) {
      balance -= instalments.get(next++).exactAmount().ore();
    }
    BigDecimal sumOre = BigDecimal.ZERO;
    for (int k = 1; balance > 0; k++) {
      BigDecimal interest = BigDecimal.valueOf(balance).multiply(monthlyRate, MC);
      sumOre = sumOre.add(interest.divide(monthlyFactor.pow(k, MC), MC), MC);
      LocalDate gk = disbursementDate.plusMonths(k);
      while (next < instalments.size() && !instalments.get(next).nominalDate().isAfter(gk)) {
        balance -= instalments.get(next++).exactAmount().ore();
      }
    }
    return DkkAmount.ofOre(sumOre.setScale(0, RoundingMode.HALF_EVEN).longValueExact());
  }

  /** Returns x with x^12 = a (a ≥ 1) by Newton's method: x ← (11x + a / x^11) / 12. */
  static BigDecimal twelfthRoot(BigDecimal a) {
    BigDecimal x = BigDecimal.ONE.add(a.subtract(BigDecimal.ONE).divide(TWELVE, MC), MC);
    BigDecimal eleven = BigDecimal.valueOf(11);
    BigDecimal tolerance = BigDecimal.ONE.movePointLeft(MC.getPrecision() - 1);
    for (int i = 0; i < 200; i++) {
      BigDecimal next = eleven.multiply(x, MC).add(a.divide(x.pow(11, MC), MC), MC).divide(TWELVE, MC);
      if (next.subtract(x).abs().compareTo(tolerance) <= 0) {
        return next;
      }
      x = next;
    }
    return x;
  }

  private static void checkRate(BigDecimal rate, String name) {
    Objects.requireNonNull(rate, name);
    if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
      throw new IllegalArgumentException("The " + name + " must be from 0 to 1 (exclusive): " + rate);
    }
  }
}
