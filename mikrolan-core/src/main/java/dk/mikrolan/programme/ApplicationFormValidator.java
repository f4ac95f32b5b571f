package dk.mikrolan.programme;

import static dk.mikrolan.programme.ApplicationViolation.BUDGET_BELOW_REQUESTED;
import static dk.mikrolan.programme.ApplicationViolation.BUDGET_ITEM_AMOUNT_MISSING;
import static dk.mikrolan.programme.ApplicationViolation.BUDGET_ITEM_CATEGORY_MISSING;
import static dk.mikrolan.programme.ApplicationViolation.BUDGET_ITEM_DESCRIPTION_MISSING;
import static dk.mikrolan.programme.ApplicationViolation.BUDGET_ITEM_MISSING;
import static dk.mikrolan.programme.ApplicationViolation.BUDGET_MISSING;
import static dk.mikrolan.programme.ApplicationViolation.REQUESTED_AMOUNT_MISSING;

import dk.mikrolan.money.DanishFormat;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.rules.Violation;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.TermsViolation;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Checks an {@link ApplicationForm} for {@link LoanApplication#validate(ApplicationForm)}: every
 * field is looked at, whatever else is wrong, so the participant and caseworker see every problem
 * in one round.
 */
final class ApplicationFormValidator {

  private ApplicationFormValidator() {}

  static Validation<Seq<Violation>, LoanApplication> validate(ApplicationForm form) {
    Vector<Violation> problems = Vector.empty();

    DkkAmount requested = null;
    if (form.requestedAmount() == null) {
      problems = problems.append(REQUESTED_AMOUNT_MISSING.violation());
    } else {
      Validation<Violation, DkkAmount> a = DkkAmount.validatePositive(form.requestedAmount(), "requestedAmount");
      if (a.isInvalid()) {
        problems = problems.append(a.getError());
      } else {
        requested = a.get();
      }
    }

    if (form.frequency() == null) {
      problems = problems.append(TermsViolation.FREQUENCY_MISSING.violation());
    }

    RepaymentPlan plan = null;
    Integer count = form.instalmentCount();
    if (count == null && form.instalmentAmount() == null) {
      problems = problems.append(TermsViolation.PLAN_MISSING.violation());
    } else if (count != null && form.instalmentAmount() != null) {
      problems = problems.append(TermsViolation.PLAN_AMBIGUOUS.violation());
    } else if (count != null) {
      if (count < 1) {
        problems = problems.append(TermsViolation.INSTALMENT_COUNT_NOT_POSITIVE.violation(count));
      } else {
        plan = RepaymentPlan.byCount(count);
      }
    } else {
      Validation<Violation, DkkAmount> a = DkkAmount.validate(form.instalmentAmount(), "instalmentAmount");
      if (a.isInvalid()) {
        problems = problems.append(a.getError());
      } else if (!a.get().isPositive()) {
        problems = problems.append(TermsViolation.INSTALMENT_AMOUNT_NOT_POSITIVE.violation());
      } else {
        plan = RepaymentPlan.byAmount(a.get());
      }
    }

    List<BudgetItem> budget = new ArrayList<>();
    DkkAmount total = DkkAmount.ZERO;
    boolean everyAmountRead = true;
    List<ApplicationForm.@Nullable Item> items = form.budget();
    if (items == null || items.isEmpty()) {
      problems = problems.append(BUDGET_MISSING.violation());
      everyAmountRead = false;
    } else {
      for (int i = 0; i < items.size(); i++) {
        ApplicationForm.Item item = items.get(i);
        String at = "budget[" + i + "]";
        if (item == null) {
          problems = problems.append(atItem(BUDGET_ITEM_MISSING.violation(), at));
          everyAmountRead = false;
          continue;
        }
        Vector<Violation> itemProblems = Vector.empty();
        if (item.category() == null) {
          itemProblems = itemProblems.append(BUDGET_ITEM_CATEGORY_MISSING.violation());
        }
        if (item.description() == null || item.description().isBlank()) {
          itemProblems = itemProblems.append(BUDGET_ITEM_DESCRIPTION_MISSING.violation());
        }
        DkkAmount amount = null;
        if (item.amount() == null) {
          itemProblems = itemProblems.append(BUDGET_ITEM_AMOUNT_MISSING.violation());
        } else {
          Validation<Violation, DkkAmount> a = DkkAmount.validatePositive(item.amount(), "amount");
          if (a.isInvalid()) {
            itemProblems = itemProblems.append(a.getError());
          } else {
            amount = a.get();
            total = total.plus(amount);
          }
        }
        everyAmountRead &= amount != null;
        if (itemProblems.isEmpty()) {
          budget.add(BudgetItem.of(item.category(), item.description(), amount));
        } else {
          problems = problems.appendAll(itemProblems.map(v -> atItem(v, at + "." + v.field())));
        }
      }
    }

    // Compared only when every amount could be read: a partial total would accuse a budget that
    // merely has an unreadable line.
    if (requested != null && everyAmountRead) {
      if (total.isLessThan(requested)) {
        problems =
            problems.append(
                BUDGET_BELOW_REQUESTED.violation(
                    new Object[] {DanishFormat.format(total), DanishFormat.format(requested)},
                    new Object[] {total, requested}));
      }
    }

    if (!problems.isEmpty()) {
      return Validation.invalid(problems);
    }
    return Validation.valid(LoanApplication.of(requested, plan, form.frequency(), budget));
  }

  private static Violation atItem(Violation v, String field) {
    return Violation.of(v.code(), field, v.danish(), v.english());
  }
}
