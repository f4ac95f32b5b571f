package dk.mikrolan.programme;

import dk.mikrolan.rules.RuleText;
import dk.mikrolan.rules.ViolationKind;

/**
 * The ways a loan application form can be incomplete, each with a stable code (its name), the
 * field it concerns and its Danish and English texts ({@code %s} placeholders filled in order).
 * Budget items are reported under {@code budget[i].} plus the field, such as {@code
 * budget[2].amount}. Problems shared with repayment requests (no frequency, no or two plans) keep
 * their {@link dk.mikrolan.schedule.TermsViolation} codes; amount problems keep {@link
 * dk.mikrolan.money.DkkAmount}'s.
 */
public enum ApplicationViolation implements ViolationKind {
  /** No requested amount. */
  REQUESTED_AMOUNT_MISSING(
      "requestedAmount", "Det ansøgte beløb mangler.", "The amount applied for is missing."),
  /** No budget, or an empty one: the application must say what the money is for. */
  BUDGET_MISSING(
      "budget",
      "Ansøgningen skal have et budget, der viser, hvad pengene skal bruges til.",
      "The application needs a budget showing what the money is for."),
  /** An empty line in the budget. */
  BUDGET_ITEM_MISSING("budget", "Budgetposten er tom.", "The budget item is empty."),
  /** A budget item without a category. */
  BUDGET_ITEM_CATEGORY_MISSING(
      "category", "Budgetpostens kategori mangler.", "The budget item's category is missing."),
  /** A budget item without a description. */
  BUDGET_ITEM_DESCRIPTION_MISSING(
      "description", "Budgetposten skal beskrives.", "The budget item needs a description."),
  /** A budget item without an amount. */
  BUDGET_ITEM_AMOUNT_MISSING(
      "amount", "Budgetpostens beløb mangler.", "The budget item's amount is missing."),
  /** More money asked for than the budget accounts for. */
  BUDGET_BELOW_REQUESTED(
      "budget",
      // No full stop after the last %s in Danish: the amount ends in "kr.".
      "Budgettet på %s dækker ikke det ansøgte beløb på %s",
      "The budget of %s does not account for the amount applied for of %s.");

  private final RuleText text;

  ApplicationViolation(String field, String danish, String english) {
    this.text = new RuleText(field, danish, english);
  }

  /**
   * Returns the field and texts. The validator reports the budget-item kinds at the item's
   * position: {@code budget[2]} for an empty item, {@code budget[2].amount} and so on for its parts.
   */
  @Override
  public RuleText text() {
    return text;
  }
}
