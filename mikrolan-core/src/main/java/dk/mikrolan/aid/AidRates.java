package dk.mikrolan.aid;

import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.BaseRate;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.rules.Violation;
import dk.mikrolan.schedule.RepaymentSchedule;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The Commission's reference and discount rates on a date, from the policy's dated table of DG
 * COMP base rates (Communication 2008/C 14/02):
 *
 * <ul>
 *   <li>reference rate = base rate + the policy's margin ({@link
 *       ProgrammePolicy#referenceMarginBasisPoints()}, by rating and collateral);
 *   <li>discount rate = base rate + 100 basis points.
 * </ul>
 *
 * <p>The base rate in force on a date is the one with the latest {@code validFrom} on or before
 * it. Rates are exact fractions ({@code 0.0631} for 6.31 %); nothing is rounded.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AidRates {

  /** The discount rate's margin over the base rate, in basis points (2008/C 14/02). */
  public static final int DISCOUNT_MARGIN_BASIS_POINTS = 100;

  private final LocalDate date;
  private final BaseRate baseRate;
  private final int marginBasisPoints;

  private AidRates(LocalDate date, BaseRate baseRate, int marginBasisPoints) {
    this.date = date;
    this.baseRate = baseRate;
    this.marginBasisPoints = marginBasisPoints;
  }

  /**
   * Obtains the rates on a date from a policy version's base-rate table and margin.
   *
   * @param date the date the rates apply to (the planned disbursement date), not null
   * @param policy the policy version, not null
   * @return the rates, or {@link AidRule#NO_BASE_RATE_IN_FORCE} when no base rate is in force, or
   *     {@link AidRule#REFERENCE_RATE_TOO_HIGH} when the margin makes the reference rate 100 % or more
   * @throws IllegalArgumentException if two base rates share a {@code validFrom}
   */
  public static Either<Violation, AidRates> on(LocalDate date, ProgrammePolicy policy) {
    Objects.requireNonNull(date, "date");
    PolicyVersions<BaseRate> table = PolicyVersions.of(policy.baseRates().toArray(new BaseRate[0]));
    if (table.inForceOn(date).isEmpty()) {
      return Either.left(AidRule.NO_BASE_RATE_IN_FORCE.violation(date));
    }
    BaseRate base = table.inForceOn(date).orElseThrow();
    BigDecimal margin = BigDecimal.valueOf(policy.referenceMarginBasisPoints()).movePointLeft(4);
    if (base.rate().add(margin).compareTo(BigDecimal.ONE) >= 0) {
      return Either.left(AidRule.REFERENCE_RATE_TOO_HIGH.violation(base.rate().toPlainString(),
          policy.referenceMarginBasisPoints()));
    }
    return Either.right(of(date, base, policy.referenceMarginBasisPoints()));
  }

  /**
   * Obtains the rates from a base rate and a margin.
   *
   * @param date the date the rates apply to, not before the base rate's {@code validFrom}, not null
   * @param baseRate the base rate in force on the date, not null
   * @param marginBasisPoints the reference rate's margin, zero or more
   * @return the rates, never null
   * @throws IllegalArgumentException if the base rate is not yet in force on the date, the margin
   *     is negative, or the reference rate would be 100 % or more
   */
  public static AidRates of(LocalDate date, BaseRate baseRate, int marginBasisPoints) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(baseRate, "baseRate");
    if (date.isBefore(baseRate.validFrom())) {
      throw new IllegalArgumentException("Base rate from " + baseRate.validFrom() + " is not in force on " + date);
    }
    if (marginBasisPoints < 0) {
      throw new IllegalArgumentException("Margin must not be negative: " + marginBasisPoints);
    }
    AidRates rates = new AidRates(date, baseRate, marginBasisPoints);
    if (rates.referenceRate().compareTo(BigDecimal.ONE) >= 0) {
      throw new IllegalArgumentException("Reference rate must be below 1: " + rates.referenceRate());
    }
    return rates;
  }

  /**
   * Returns the date the rates apply to.
   *
   * @return the date, never null
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the base rate in force on the date.
   *
   * @return the base rate, never null
   */
  public BaseRate baseRate() {
    return baseRate;
  }

  /**
   * Returns the reference rate's margin over the base rate, in basis points.
   *
   * @return the margin, zero or more
   */
  public int marginBasisPoints() {
    return marginBasisPoints;
  }

  /**
   * Returns the reference rate: base rate + margin.
   *
   * @return the rate as a fraction, never null
   */
  public BigDecimal referenceRate() {
    return baseRate.rate().add(BigDecimal.valueOf(marginBasisPoints, 4));
  }

  /**
   * Returns the discount rate: base rate + 100 basis points.
   *
   * @return the rate as a fraction, never null
   */
  public BigDecimal discountRate() {
    return baseRate.rate().add(BigDecimal.valueOf(DISCOUNT_MARGIN_BASIS_POINTS, 4));
  }

  /**
   * Returns the gross grant equivalent (bruttotilskudsækvivalent) of a schedule at these rates.
   *
   * @param schedule the repayment schedule, not null
   * @param disbursementDate the (planned) disbursement date, not null
   * @return the GGE in DKK, never null
   * @see GrossGrantEquivalent#of(RepaymentSchedule, LocalDate, BigDecimal, BigDecimal)
   */
  public DkkAmount grossGrantEquivalent(RepaymentSchedule schedule, LocalDate disbursementDate) {
    return GrossGrantEquivalent.of(schedule, disbursementDate, referenceRate(), discountRate());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AidRates other
        && other.date.equals(date)
        && other.baseRate.equals(baseRate)
        && other.marginBasisPoints == marginBasisPoints;
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, baseRate, marginBasisPoints);
  }

  /** Returns a description such as {@code AidRates[2026-03-01: reference 0.0631, discount 0.0331]}. */
  @Override
  public String toString() {
    return "AidRates[" + date + ": reference " + referenceRate().toPlainString() + ", discount "
        + discountRate().toPlainString() + "]";
  }
}
