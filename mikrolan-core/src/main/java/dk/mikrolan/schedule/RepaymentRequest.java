package dk.mikrolan.schedule;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * Repayment terms as they arrive from a form or another system: nothing is trusted, anything may
 * be missing. {@link RepaymentTermsValidator} turns it into {@link RepaymentTerms} or every
 * problem at once.
 *
 * <p>The Jakarta Validation constraints let a REST layer reject the obvious at its boundary; the
 * domain never relies on them having run.
 *
 * @param principal the principal in DKK
 * @param firstDueDate the first due date
 * @param frequency monthly or quarterly
 * @param instalmentCount the number of instalments, or null when repaying by amount
 * @param instalmentAmount the fixed instalment amount in DKK, or null when repaying by count
 * @param roundingUnit the rounding unit; null means {@link RoundingUnit#ORE}
 * @param disbursementDate the planned or actual disbursement date, if known
 */
public record RepaymentRequest(
    @NotNull @Nullable MonetaryAmount principal,
    @NotNull @Nullable LocalDate firstDueDate,
    @NotNull @Nullable Frequency frequency,
    @Positive @Nullable Integer instalmentCount,
    @Nullable MonetaryAmount instalmentAmount,
    @Nullable RoundingUnit roundingUnit,
    @Nullable LocalDate disbursementDate) {}
