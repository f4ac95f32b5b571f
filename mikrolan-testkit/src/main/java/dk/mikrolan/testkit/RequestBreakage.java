package dk.mikrolan.testkit;

import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.schedule.RepaymentRequest;
import dk.mikrolan.schedule.RoundingUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;

/**
 * One way to break a valid {@link RepaymentRequest}, with the violation code and field {@code
 * RepaymentTermsValidator} must report for it.
 *
 * <p>Each way changes one {@link Part} of the request. Two ways in different parts are independent
 * — both codes are reported — unless one makes unusable what the other's check needs (a missing
 * principal leaves nothing to count instalments against); {@link #canCombineWith} says which.
 * The expectations assume the request is checked against {@link ScheduleGenerators#policies()}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum RequestBreakage {
  /** Leaves out the principal. */
  PRINCIPAL_MISSING(Part.PRINCIPAL, "PRINCIPAL_MISSING", "principal", none(), Input.PRINCIPAL) {
    @Override
    public RepaymentRequest applyTo(RepaymentRequest r, long variant) {
      return new RepaymentRequest(null, r.firstDueDate(), r.frequency(), r.instalmentCount(), r.instalmentAmount(),
          r.roundingUnit(), r.disbursementDate());
    }
  },
  /** Gives the principal in euro, DKK 1,000.00–50,999.99 worth of numbers. */
  PRINCIPAL_NOT_DKK(Part.PRINCIPAL, "AMOUNT_NOT_DKK", "principal", none(), Input.PRINCIPAL) {
    @Override
    public RepaymentRequest applyTo(RepaymentRequest r, long variant) {
      MonetaryAmount euro = Money.of(BigDecimal.valueOf(100_000 + variant % 5_000_000, 2), EUR);
      return withPrincipal(r, euro);
    }
  },
  /** Gives a principal of zero or less. */
  PRINCIPAL_NOT_POSITIVE(Part.PRINCIPAL, "AMOUNT_NOT_POSITIVE", "principal", none(), Input.PRINCIPAL) {
    @Override
    public RepaymentRequest applyTo(RepaymentRequest r, long variant) {
      return withPrincipal(r, DkkAmount.ofOre(-(variant % 10_000_000)).toMonetaryAmount());
    }
  },
  /** Gives a principal with a third decimal, a fraction of an øre. */
  PRINCIPAL_FRACTION_OF_ORE(
      Part.PRINCIPAL, "AMOUNT_TOO_MANY_DECIMALS", "principal", none(), Input.PRINCIPAL) {
    @Override
    public RepaymentRequest applyTo(RepaymentRequest r, long variant) {
      long tenthsOfOre = (100_000 + variant % 4_900_000) * 10 + 1 + (variant / 4_900_000) % 9;
      return withPrincipal(r, Money.of(BigDecimal.valueOf(tenthsOfOre, 3), DkkAmount.DKK));
    }
  },
  /** Gives a principal of DKK 0.01–999.99, below the default floor. */
  PRINCIPAL_BELOW_FLOOR(Part.PRINCIPAL, "PRINCIPAL_BELOW_FLOOR", "principal", needs(Input.POLICY), null) {
    @Override
    public RepaymentRequest applyTo(RepaymentRequest r, long variant) {
      return withPrincipal(r, DkkAmount.ofOre(1 + variant % 99_999).toMonetaryAmount());
    }
  },
  /** Gives a principal of DKK 50,000.01–1,000,000.00, above the default ceiling. */
  PRINCIPAL_ABOVE_CEILING(Part.PRINCIPAL, "PRINCIPAL_ABOVE_CEILING", "principal", needs(Input.POLICY), null) {
    @Override
    public RepaymentRequest applyTo(RepaymentRequest r, long variant) {
      return withPrincipal(r, DkkAmount.ofOre(5_000_001 + variant % 95_000_000).toMonetaryAmount());
    }
  },
  /** Leaves out the frequency. */
  FREQUENCY_MISSING(Part.FREQUENCY, "FREQUENCY_MISSING", "frequency", none(), Input.FREQUENCY) {
    @Override
    public RepaymentRequest applyTo(RepaymentRequest r, long variant) {
      return new RepaymentRequest(r.principal(), r.firstDueDate(), null, r.instalmentCount(), r.instalmentAmount(),
          r.roundingUnit(), r.disbursementDate());
    }
  },
  /** Leaves out both the instalment count and the instalment amount. */
  PLAN_MISSING(Part.PLAN, "PLAN_MISSING", "instalmentCount", none(), Input.PLAN) {
    @Override
    public RepaymentRequest applyTo(RepaymentRequest r, long variant) {
      return withPlan(r, null, null, r.roundingUnit());
    }
  },
  /** Gives both an instalment count and an instalment amount. */
  PLAN_AMBIGUOUS(Part.PLAN, "PLAN_AMBIGUOUS", "instalmentCount", none(), Input.PLAN) {
    @Override
    public RepaymentRequest applyTo(RepaymentRequest r, long variant) {
      int count = 1 + (int) (variant % 250);
      return withPlan(r, count, DkkAmount.ofKroner(200).toMonetaryAmount(), r.roundingUnit());
    }
  },
  /** Gives an instalment count of zero or less. */
  INSTALMENT_COUNT_NOT_POSITIVE(
      Part.PLAN, "INSTALMENT_COUNT_NOT_POSITIVE", "instalmentCount", none(), Input.PLAN) {
    @Override
    public RepaymentRequest applyTo(RepaymentRequest r, long variant) {
      return withPlan(r, -(int) (variant % 1_000), null, r.roundingUnit());
    }
  },
  /** Gives an instalment amount of zero or less. */
  INSTALMENT_AMOUNT_NOT_POSITIVE(
      Part.PLAN, "INSTALMENT_AMOUNT_NOT_POSITIVE", "instalmentAmount", none(), Input.PLAN) {
    @Override
    public RepaymentRequest applyTo(RepaymentRequest r, long variant) {
      return withPlan(r, null, DkkAmount.ofOre(-(variant % 1_000_000)).toMonetaryAmount(), r.roundingUnit());
    }
  },
  /** Asks for whole kroner but gives an instalment amount with øre. */
  INSTALMENT_AMOUNT_NOT_WHOLE_UNITS(
      Part.PLAN, "INSTALMENT_AMOUNT_NOT_WHOLE_UNITS", "instalmentAmount", none(), Input.PLAN) {
    @Override
    public RepaymentRequest applyTo(RepaymentRequest r, long variant) {
      long ore = (10 + variant % 5_000) * 100 + 1 + (variant / 5_000) % 99;
      return withPlan(r, null, DkkAmount.ofOre(ore).toMonetaryAmount(), RoundingUnit.WHOLE_KRONER);
    }
  },
  /** Gives 251–1,000 instalments, more than the default maximum. */
  INSTALMENTS_ABOVE_MAX(
      Part.PLAN, "INSTALMENTS_ABOVE_MAX", "instalmentCount", needs(Input.PRINCIPAL, Input.POLICY), null) {
    @Override
    public RepaymentRequest applyTo(RepaymentRequest r, long variant) {
      return withPlan(r, 251 + (int) (variant % 750), null, r.roundingUnit());
    }
  },
  /**
   * Gives more whole-krone instalments than any principal up to DKK 1,000,000 has kroner (this
   * also exceeds the maximum count and runs past the calendar: more codes, which is allowed).
   */
  INSTALMENT_COUNT_ABOVE_UNITS(
      Part.PLAN, "INSTALMENT_COUNT_ABOVE_UNITS", "instalmentCount", needs(Input.PRINCIPAL, Input.POLICY), null) {
    @Override
    public RepaymentRequest applyTo(RepaymentRequest r, long variant) {
      return withPlan(r, 1_000_001 + (int) (variant % 1_000_000), null, RoundingUnit.WHOLE_KRONER);
    }
  },
  /**
   * Leaves out the first due date; a disbursement date is kept or set, so a policy version still
   * applies.
   */
  FIRST_DUE_DATE_MISSING(Part.DATES, "FIRST_DUE_DATE_MISSING", "firstDueDate", none(), null) {
    @Override
    public RepaymentRequest applyTo(RepaymentRequest r, long variant) {
      LocalDate disbursement =
          r.disbursementDate() != null ? r.disbursementDate() : firstDue(r).minusMonths(1 + variant % 12);
      return withDates(r, null, disbursement);
    }
  },
  /** Moves the disbursement to the first due date or up to 400 days after it. */
  FIRST_DUE_DATE_NOT_AFTER_DISBURSEMENT(
      Part.DATES, "FIRST_DUE_DATE_NOT_AFTER_DISBURSEMENT", "firstDueDate", none(), null) {
    @Override
    public RepaymentRequest applyTo(RepaymentRequest r, long variant) {
      return withDates(r, firstDue(r), firstDue(r).plusDays(variant % 401));
    }
  },
  /** Moves the disbursement 13–60 whole months before the first due date. */
  GRACE_PERIOD_ABOVE_MAX(Part.DATES, "GRACE_PERIOD_ABOVE_MAX", "firstDueDate", needs(Input.POLICY), null) {
    @Override
    public RepaymentRequest applyTo(RepaymentRequest r, long variant) {
      return withDates(r, firstDue(r), firstDue(r).minusMonths(13 + variant % 48));
    }
  },
  /** Moves the disbursement up to a century before the first policy version. */
  NO_POLICY_IN_FORCE(Part.DATES, "NO_POLICY_IN_FORCE", "disbursementDate", none(), Input.POLICY) {
    @Override
    public RepaymentRequest applyTo(RepaymentRequest r, long variant) {
      return withDates(r, firstDue(r), ScheduleGenerators.POLICY_FROM.minusDays(1 + variant % 36_500));
    }
  },
  /**
   * Moves the first due date to 1950–1999 or 2200–2299, outside the banking calendar (and a given
   * disbursement to one month before it).
   */
  DUE_DATE_OUTSIDE_CALENDAR(
      Part.DATES,
      "DUE_DATE_OUTSIDE_CALENDAR",
      "firstDueDate",
      needs(Input.PRINCIPAL, Input.PLAN, Input.FREQUENCY),
      null) {
    @Override
    public RepaymentRequest applyTo(RepaymentRequest r, long variant) {
      LocalDate start = variant % 2 == 0 ? LocalDate.of(2200, 1, 1) : LocalDate.of(1950, 1, 1);
      LocalDate first = start.plusDays((variant / 2) % 18_262);
      return withDates(r, first, r.disbursementDate() == null ? null : first.minusMonths(1));
    }
  };

  /** The part of a request a breakage changes; at most one breakage per part is combined. */
  public enum Part {
    /** The principal. */
    PRINCIPAL,
    /** The frequency. */
    FREQUENCY,
    /** The instalment count, instalment amount and rounding unit. */
    PLAN,
    /** The first due date and the disbursement date. */
    DATES
  }

  /** What a validator check needs usable, and what a breakage can make unusable. */
  private enum Input {
    PRINCIPAL,
    FREQUENCY,
    PLAN,
    POLICY
  }

  private static final CurrencyUnit EUR = Money.of(0, "EUR").getCurrency();

  private final Part part;
  private final String code;
  private final String field;
  private final Set<Input> needs;
  private final @Nullable Input breaks;

  RequestBreakage(Part part, String code, String field, Set<Input> needs, @Nullable Input breaks) {
    this.part = part;
    this.code = code;
    this.field = field;
    this.needs = needs;
    this.breaks = breaks;
  }

  /**
   * Returns a copy of a valid request broken this way.
   *
   * @param request a valid request, with a first due date, not null
   * @param variant any number zero or more, choosing among the breakage's values (smaller numbers
   *     give simpler values, so shrinking it simplifies the failure)
   * @return the broken request, never null
   */
  public abstract RepaymentRequest applyTo(RepaymentRequest request, long variant);

  /**
   * Returns the violation code the validator must report for this breakage.
   *
   * @return the code, such as {@code PRINCIPAL_BELOW_FLOOR}, never null
   */
  public String code() {
    return code;
  }

  /**
   * Returns the field the reported violation must name.
   *
   * @return the field, such as {@code principal}, never null
   */
  public String field() {
    return field;
  }

  /**
   * Returns the part of the request this breakage changes.
   *
   * @return the part, never null
   */
  public Part part() {
    return part;
  }

  /**
   * Returns whether this breakage and another, applied to the same request, are both still
   * reported: they change different parts, and neither makes unusable what the other's check
   * needs.
   *
   * @param other the other breakage, not null
   * @return true if they combine
   */
  public boolean canCombineWith(RequestBreakage other) {
    return part != other.part
        && (other.breaks == null || !needs.contains(other.breaks))
        && (breaks == null || !other.needs.contains(breaks));
  }

  private static Set<Input> none() {
    return EnumSet.noneOf(Input.class);
  }

  private static Set<Input> needs(Input first, Input... rest) {
    return EnumSet.of(first, rest);
  }

  private static LocalDate firstDue(RepaymentRequest r) {
    LocalDate first = r.firstDueDate();
    if (first == null) {
      throw new IllegalArgumentException("A request without a first due date cannot be broken: " + r);
    }
    return first;
  }

  private static RepaymentRequest withPrincipal(RepaymentRequest r, MonetaryAmount principal) {
    return new RepaymentRequest(principal, r.firstDueDate(), r.frequency(), r.instalmentCount(), r.instalmentAmount(),
        r.roundingUnit(), r.disbursementDate());
  }

  private static RepaymentRequest withPlan(
      RepaymentRequest r, @Nullable Integer count, @Nullable MonetaryAmount amount, @Nullable RoundingUnit unit) {
    return new RepaymentRequest(r.principal(), r.firstDueDate(), r.frequency(), count, amount, unit, r.disbursementDate());
  }

  private static RepaymentRequest withDates(
      RepaymentRequest r, @Nullable LocalDate firstDue, @Nullable LocalDate disbursement) {
    return new RepaymentRequest(r.principal(), firstDue, r.frequency(), r.instalmentCount(), r.instalmentAmount(),
        r.roundingUnit(), disbursement);
  }
}
