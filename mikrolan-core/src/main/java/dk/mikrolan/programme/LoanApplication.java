package dk.mikrolan.programme;

import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.rules.Violation;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Objects;

/**
 * A participant's loan application (låneansøgning): the amount asked for, how they wish to repay
 * it, and the start-up budget (etableringsbudget) that shows what the money is for.
 *
 * <p>It is what a decision grants fully, in part or not at all ({@link #extentOf}), and so what
 * decides whether the letter needs a justification and complaint guidance.
 *
 * <p>The budget must account for at least the amount asked for — money with no stated use is not
 * an application the memo's loan ("to establish the business") can meet. A budget larger than the
 * amount is normal: the participant pays the rest. The amount is not checked against the policy's
 * floor and ceiling here: an application above the ceiling is still an application, which a
 * decision grants in part with a justification.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param requestedAmount the amount applied for, more than zero
 * @param repaymentPlan the repayment the participant wishes: a number of instalments or a fixed
 *     amount per instalment
 * @param frequency how often the participant wishes to repay
 * @param budget the budget items, at least one, totalling at least the requested amount
 */
public record LoanApplication(
    DkkAmount requestedAmount, RepaymentPlan repaymentPlan, Frequency frequency, List<BudgetItem> budget) {

  /**
   * Checks the application.
   *
   * @throws IllegalArgumentException if the amount is not positive, the budget is empty or totals
   *     less than the amount
   * @throws ArithmeticException if the budget's total overflows
   */
  public LoanApplication {
    Objects.requireNonNull(requestedAmount, "requestedAmount");
    Objects.requireNonNull(repaymentPlan, "repaymentPlan");
    Objects.requireNonNull(frequency, "frequency");
    budget = List.copyOf(budget);
    if (!requestedAmount.isPositive()) {
      throw new IllegalArgumentException("The requested amount must be more than zero: " + requestedAmount);
    }
    if (budget.isEmpty()) {
      throw new IllegalArgumentException("An application needs a budget");
    }
    DkkAmount total = total(budget);
    if (total.isLessThan(requestedAmount)) {
      throw new IllegalArgumentException(
          "The budget of " + total + " does not account for the requested " + requestedAmount);
    }
  }

  /**
   * Obtains an application.
   *
   * @param requestedAmount the amount applied for, more than zero, not null
   * @param repaymentPlan the wished repayment plan, not null
   * @param frequency the wished frequency, not null
   * @param budget the budget items, at least one, totalling at least the amount, not null
   * @return the application, never null
   * @throws IllegalArgumentException if the amount is not positive or the budget does not cover it
   */
  public static LoanApplication of(
      DkkAmount requestedAmount, RepaymentPlan repaymentPlan, Frequency frequency, List<BudgetItem> budget) {
    return new LoanApplication(requestedAmount, repaymentPlan, frequency, budget);
  }

  /**
   * Checks an application form from untrusted input, reporting every problem together: missing
   * fields, amounts that are not exact positive DKK, no or two repayment plans, empty budget lines,
   * and a budget that totals less than the amount asked for.
   *
   * @param form the form, not null
   * @return the application, or every violation found, never null
   */
  public static Validation<Seq<Violation>, LoanApplication> validate(ApplicationForm form) {
    return ApplicationFormValidator.validate(form);
  }

  /**
   * Returns the total of the budget.
   *
   * @return the sum of the items' amounts, never null
   */
  public DkkAmount budgetTotal() {
    return total(budget);
  }

  /**
   * Returns how far a loan grants this application.
   *
   * <p>{@link GrantExtent#FULL} only when the granted amount equals the requested one and the
   * granted plan and frequency equal the wished ones; {@link GrantExtent#NONE} when nothing is
   * granted; otherwise {@link GrantExtent#PARTIAL} — also for more than was asked for or the same
   * amount on other terms, since neither is what the participant applied for. Only {@code FULL}
   * needs no justification and no complaint guidance (forvaltningsloven §§ 22, 25).
   *
   * <p>The frequency is compared as well as the plan: DKK 200 a quarter is not the DKK 200 a month
   * that was asked for.
   *
   * @param granted the amount granted, zero or more, not null
   * @param grantedPlan the repayment plan granted, not null
   * @param grantedFrequency the frequency granted, not null
   * @return the extent, never null
   * @throws IllegalArgumentException if the granted amount is negative
   */
  public GrantExtent extentOf(DkkAmount granted, RepaymentPlan grantedPlan, Frequency grantedFrequency) {
    Objects.requireNonNull(grantedPlan, "grantedPlan");
    Objects.requireNonNull(grantedFrequency, "grantedFrequency");
    if (granted.isNegative()) {
      throw new IllegalArgumentException("A granted amount cannot be negative: " + granted);
    }
    if (granted.isZero()) {
      return GrantExtent.NONE;
    }
    boolean asked =
        granted.equals(requestedAmount) && grantedPlan.equals(repaymentPlan) && grantedFrequency == frequency;
    return asked ? GrantExtent.FULL : GrantExtent.PARTIAL;
  }

  private static DkkAmount total(List<BudgetItem> items) {
    DkkAmount total = DkkAmount.ZERO;
    for (BudgetItem item : items) {
      total = total.plus(item.amount());
    }
    return total;
  }
}
