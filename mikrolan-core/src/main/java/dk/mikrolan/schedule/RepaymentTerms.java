package dk.mikrolan.schedule;

import dk.mikrolan.ValueStyle;
import dk.mikrolan.money.DkkAmount;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The terms of an interest-free repayment: principal, first due date, frequency, the plan (by
 * count or by amount), rounding unit and, optionally, the disbursement date.
 *
 * <p>The builder checks only what makes the terms meaningless (a principal of zero or less, a
 * first due date not after the disbursement date); the programme's limits are checked by {@link
 * RepaymentTermsValidator}, which also accepts raw form input and reports every problem at once.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class RepaymentTerms {

  RepaymentTerms() {}

  /**
   * Returns a builder; the rounding unit defaults to {@link RoundingUnit#ORE}.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the principal the schedule repays. */
  public abstract DkkAmount principal();

  /** Returns the first (nominal) due date; later due dates are computed from it. */
  public abstract LocalDate firstDueDate();

  /** Returns how often instalments fall due. */
  public abstract Frequency frequency();

  /** Returns the plan: a number of instalments or a fixed instalment amount. */
  public abstract RepaymentPlan plan();

  /** Returns the unit instalments are rounded to. */
  @Value.Default
  public RoundingUnit roundingUnit() {
    return RoundingUnit.ORE;
  }

  /** Returns the disbursement date, when known; it starts the grace period (afdragsfrihed). */
  public abstract Optional<LocalDate> disbursementDate();

  /**
   * Returns the date whose policy version validates these terms: the disbursement date when
   * given, else the first due date.
   *
   * @return the date, never null
   */
  public LocalDate policyDate() {
    return disbursementDate().orElse(firstDueDate());
  }

  /**
   * Returns the grace period (afdragsfrihed) in whole months from disbursement to the first due
   * date, or zero when no disbursement date is given.
   *
   * @return the whole months, zero or more
   */
  public long graceMonths() {
    return disbursementDate().map(d -> ChronoUnit.MONTHS.between(d, firstDueDate())).orElse(0L);
  }

  /**
   * Returns a copy with another principal, as when undisbursed tranches are cancelled.
   *
   * @param principal the principal, positive, not null
   * @return the terms, never null
   */
  public RepaymentTerms withPrincipal(DkkAmount principal) {
    return builder()
        .principal(principal)
        .firstDueDate(firstDueDate())
        .frequency(frequency())
        .plan(plan())
        .roundingUnit(roundingUnit())
        .disbursementDate(disbursementDate())
        .build();
  }

  @Value.Check
  void check() {
    if (!principal().isPositive()) {
      throw new IllegalArgumentException("Principal must be positive: " + principal());
    }
    disbursementDate()
        .filter(d -> !firstDueDate().isAfter(d))
        .ifPresent(
            d -> {
              throw new IllegalArgumentException(
                  "First due date " + firstDueDate() + " must be after disbursement " + d);
            });
  }

  /** Builds {@link RepaymentTerms}. This class is mutable and not thread-safe. */
  public static final class Builder extends ImmutableRepaymentTerms.Builder {
    Builder() {}
  }
}
