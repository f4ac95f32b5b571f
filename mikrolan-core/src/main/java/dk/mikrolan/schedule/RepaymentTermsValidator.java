package dk.mikrolan.schedule;

import static dk.mikrolan.schedule.TermsViolation.*;

import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.money.DanishFormat;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.LoanPolicy;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.rules.Violation;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Checks repayment terms against the programme policy, reporting every problem together.
 *
 * <p>The policy version that applies is the one in force on the disbursement date when given,
 * else on the first due date. It checks the loan floor and ceiling (both inclusive; memo: DKK
 * 1,000–50,000), the number of instalments (given, or implied by a fixed amount) against the
 * maximum, that every instalment gets a positive amount in whole rounding units, that the first due
 * date follows disbursement, the grace period in whole months against the maximum, and that every
 * due date lies in the banking calendar's years.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RepaymentTermsValidator {

  private RepaymentTermsValidator() {}

  /**
   * Validates terms from untrusted input.
   *
   * @param request the raw input, not null
   * @param policies the policy versions, not null
   * @return the terms, or every violation found, never null
   */
  public static Validation<Seq<Violation>, RepaymentTerms> validate(
      RepaymentRequest request, PolicyVersions<LoanPolicy> policies) {
    Vector<Violation> problems = Vector.empty();

    DkkAmount principal = null;
    if (request.principal() == null) {
      problems = problems.append(PRINCIPAL_MISSING.violation());
    } else {
      Validation<Violation, DkkAmount> p = DkkAmount.validatePositive(request.principal(), "principal");
      if (p.isInvalid()) {
        problems = problems.append(p.getError());
      } else {
        principal = p.get();
      }
    }
    if (request.firstDueDate() == null) {
      problems = problems.append(FIRST_DUE_DATE_MISSING.violation());
    }
    if (request.frequency() == null) {
      problems = problems.append(FREQUENCY_MISSING.violation());
    }
    RoundingUnit unit = request.roundingUnit() == null ? RoundingUnit.ORE : request.roundingUnit();

    RepaymentPlan plan = null;
    Integer count = request.instalmentCount();
    if (count == null && request.instalmentAmount() == null) {
      problems = problems.append(PLAN_MISSING.violation());
    } else if (count != null && request.instalmentAmount() != null) {
      problems = problems.append(PLAN_AMBIGUOUS.violation());
    } else if (count != null) {
      if (count < 1) {
        problems = problems.append(INSTALMENT_COUNT_NOT_POSITIVE.violation(count));
      } else {
        plan = RepaymentPlan.byCount(count);
      }
    } else {
      Validation<Violation, DkkAmount> a =
          DkkAmount.validate(request.instalmentAmount(), "instalmentAmount");
      if (a.isInvalid()) {
        problems = problems.append(a.getError());
      } else if (!a.get().isPositive()) {
        problems = problems.append(INSTALMENT_AMOUNT_NOT_POSITIVE.violation());
      } else if (!unit.divides(a.get())) {
        problems =
            problems.append(
                INSTALMENT_AMOUNT_NOT_WHOLE_UNITS.violation(
                    new Object[] {DanishFormat.format(a.get()), unitName(unit)},
                    new Object[] {a.get(), unitName(unit)}));
      } else {
        plan = RepaymentPlan.byAmount(a.get());
      }
    }

    LocalDate disbursement = request.disbursementDate();
    LocalDate firstDue = request.firstDueDate();
    if (firstDue != null && disbursement != null && !firstDue.isAfter(disbursement)) {
      problems = problems.append(FIRST_DUE_DATE_NOT_AFTER_DISBURSEMENT.violation(firstDue, disbursement));
    }

    LocalDate policyDate = disbursement != null ? disbursement : firstDue;
    Option<LoanPolicy> policy = policyDate == null ? Option.none() : Option.ofOptional(policies.inForceOn(policyDate));
    if (policyDate != null && policy.isEmpty()) {
      problems = problems.append(NO_POLICY_IN_FORCE.violation(policyDate));
    }

    if (policy.isDefined()) {
      problems = problems.appendAll(limits(policy.get(), principal, plan, unit, firstDue, disbursement));
    }
    if (principal != null && plan != null && firstDue != null && request.frequency() != null) {
      long n = count(principal, plan);
      // The last year is counted in months first: a fixed amount of one øre on a large principal
      // gives a plan whose end lies beyond the years LocalDate can hold, and untrusted input must
      // get a violation, never a DateTimeException.
      long lastMonth =
          firstDue.getYear() * 12L
              + firstDue.getMonthValue() - 1
              + Math.multiplyExact(n - 1, (long) request.frequency().months());
      long lastYear = Math.floorDiv(lastMonth, 12);
      if (!BankingCalendar.covers(firstDue) || lastYear > BankingCalendar.MAX_YEAR) {
        Object end = lastYear <= Year.MAX_VALUE ? request.frequency().nominalDate(firstDue, n - 1) : lastYear;
        problems =
            problems.append(
                DUE_DATE_OUTSIDE_CALENDAR.violation(BankingCalendar.MIN_YEAR, BankingCalendar.MAX_YEAR, end));
      }
    }

    if (!problems.isEmpty()) {
      return Validation.invalid(problems);
    }
    return Validation.valid(
        RepaymentTerms.builder()
            .principal(principal)
            .firstDueDate(firstDue)
            .frequency(request.frequency())
            .plan(plan)
            .roundingUnit(unit)
            .disbursementDate(Optional.ofNullable(disbursement))
            .build());
  }

  /**
   * Validates terms already built (for example a reschedule's) against the policy.
   *
   * @param terms the terms, not null
   * @param policies the policy versions, not null
   * @return the same terms, or every violation found, never null
   */
  public static Validation<Seq<Violation>, RepaymentTerms> validate(
      RepaymentTerms terms, PolicyVersions<LoanPolicy> policies) {
    RepaymentPlan plan = terms.plan();
    return validate(
        new RepaymentRequest(
            terms.principal().toMonetaryAmount(),
            terms.firstDueDate(),
            terms.frequency(),
            plan instanceof RepaymentPlan.ByCount c ? c.count() : null,
            plan instanceof RepaymentPlan.ByAmount a ? a.amount().toMonetaryAmount() : null,
            terms.roundingUnit(),
            terms.disbursementDate().orElse(null)),
        policies);
  }

  private static Vector<Violation> limits(
      LoanPolicy policy,
      @Nullable DkkAmount principal,
      @Nullable RepaymentPlan plan,
      RoundingUnit unit,
      @Nullable LocalDate firstDue,
      @Nullable LocalDate disbursement) {
    Vector<Violation> problems = Vector.empty();
    if (principal != null && principal.isLessThan(policy.loanFloor())) {
      problems = problems.append(amounts(PRINCIPAL_BELOW_FLOOR, principal, policy.loanFloor()));
    }
    if (principal != null && principal.isGreaterThan(policy.loanCeiling())) {
      problems = problems.append(amounts(PRINCIPAL_ABOVE_CEILING, principal, policy.loanCeiling()));
    }
    if (principal != null && plan != null) {
      long n = count(principal, plan);
      if (n > policy.maxInstalments()) {
        problems = problems.append(INSTALMENTS_ABOVE_MAX.violation(n, policy.maxInstalments()));
      }
      long maxCount = RepaymentSchedule.maxCount(principal, unit);
      if (plan instanceof RepaymentPlan.ByCount && n > maxCount) {
        problems =
            problems.append(
                INSTALMENT_COUNT_ABOVE_UNITS.violation(
                    new Object[] {n, maxCount, unitName(unit)}, new Object[] {n, maxCount, unitName(unit)}));
      }
    }
    if (firstDue != null && disbursement != null && firstDue.isAfter(disbursement)) {
      long grace = ChronoUnit.MONTHS.between(disbursement, firstDue);
      if (grace > policy.maxGraceMonths()) {
        problems = problems.append(GRACE_PERIOD_ABOVE_MAX.violation(grace, policy.maxGraceMonths()));
      }
    }
    return problems;
  }

  private static long count(DkkAmount principal, RepaymentPlan plan) {
    return plan instanceof RepaymentPlan.ByCount c
        ? c.count()
        : RepaymentSchedule.countForAmount(principal, ((RepaymentPlan.ByAmount) plan).amount());
  }

  private static Violation amounts(TermsViolation v, DkkAmount a, DkkAmount b) {
    return v.violation(
        new Object[] {DanishFormat.format(a), DanishFormat.format(b)}, new Object[] {a, b});
  }

  /** The unit's name, which is the same word in Danish and English. */
  private static String unitName(RoundingUnit unit) {
    return unit == RoundingUnit.ORE ? "øre" : "kroner";
  }
}
