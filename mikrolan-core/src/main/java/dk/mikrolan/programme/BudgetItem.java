package dk.mikrolan.programme;

import dk.mikrolan.money.DkkAmount;
import java.util.Objects;

/**
 * One item of the start-up budget (etableringsbudget): what the money is for.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param category what kind of cost it is, not null
 * @param description the cost in the participant's words, such as {@code Brugt varevogn}; not
 *     blank
 * @param amount the cost, more than zero, not null
 */
public record BudgetItem(BudgetCategory category, String description, DkkAmount amount) {

  /**
   * Checks the item.
   *
   * @throws IllegalArgumentException if the description is blank or the amount is not positive
   */
  public BudgetItem {
    Objects.requireNonNull(category, "category");
    BusinessIdea.requireText(description, "description");
    Objects.requireNonNull(amount, "amount");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("A budget item must cost more than zero: " + amount);
    }
  }

  /**
   * Obtains a budget item.
   *
   * @param category what kind of cost, not null
   * @param description the cost in words, not blank
   * @param amount the cost, more than zero, not null
   * @return the item, never null
   * @throws IllegalArgumentException if the description is blank or the amount is not positive
   */
  public static BudgetItem of(BudgetCategory category, String description, DkkAmount amount) {
    return new BudgetItem(category, description, amount);
  }
}
