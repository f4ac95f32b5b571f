package dk.mikrolan.programme;

import dk.mikrolan.schedule.Frequency;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.List;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * A loan application (låneansøgning) as it arrives from a form or another system: nothing is
 * trusted, anything may be missing. {@link LoanApplication#validate(ApplicationForm)} turns it into
 * a {@link LoanApplication} or reports every problem at once.
 *
 * <p>The Jakarta Validation constraints let a REST layer reject the obvious at its boundary; the
 * domain never relies on them having run.
 *
 * @param requestedAmount the amount applied for, in DKK
 * @param frequency how often the participant wishes to repay
 * @param instalmentCount the wished number of instalments, or null when repaying by amount
 * @param instalmentAmount the wished fixed instalment, in DKK, or null when repaying by count
 * @param budget the start-up budget: what the money is for
 */
public record ApplicationForm(
    @NotNull @Nullable MonetaryAmount requestedAmount,
    @NotNull @Nullable Frequency frequency,
    @Positive @Nullable Integer instalmentCount,
    @Nullable MonetaryAmount instalmentAmount,
    @NotEmpty @Nullable List<@Valid @NotNull @Nullable Item> budget) {

  /**
   * One line of the budget as entered.
   *
   * @param category what kind of cost
   * @param description the cost in words
   * @param amount the cost, in DKK
   */
  public record Item(
      @NotNull @Nullable BudgetCategory category,
      @NotBlank @Nullable String description,
      @NotNull @Nullable MonetaryAmount amount) {}
}
