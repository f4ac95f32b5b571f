package dk.mikrolan.programme;

import java.util.Objects;

/**
 * The participant's business idea (forretningsidé), as rough sorting and the advisor's assessment
 * weigh it: the memo asks whether the idea is realisable — "is there a market, can it be done?".
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param title a short name for the idea, such as {@code Cykelværksted på Vesterbro}; not blank
 * @param description what the business will do; not blank
 * @param market who the customers are and why they would buy (marked); not blank
 * @param revenueModel how the business earns money (indtjeningsmodel); not blank
 */
public record BusinessIdea(String title, String description, String market, String revenueModel) {

  /**
   * Checks that every part is given.
   *
   * @throws IllegalArgumentException naming the blank part
   */
  public BusinessIdea {
    requireText(title, "title");
    requireText(description, "description");
    requireText(market, "market");
    requireText(revenueModel, "revenueModel");
  }

  /**
   * Obtains a business idea.
   *
   * @param title a short name, not blank
   * @param description what the business will do, not blank
   * @param market who the customers are, not blank
   * @param revenueModel how it earns money, not blank
   * @return the idea, never null
   * @throws IllegalArgumentException naming the blank part
   */
  public static BusinessIdea of(String title, String description, String market, String revenueModel) {
    return new BusinessIdea(title, description, market, revenueModel);
  }

  static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException("The " + name + " must not be blank");
    }
  }
}
