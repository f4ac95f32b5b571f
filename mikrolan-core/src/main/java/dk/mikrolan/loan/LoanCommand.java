package dk.mikrolan.loan;

import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentTerms;
import dk.mikrolan.schedule.RoundingUnit;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * What a caseworker or an integration asks of a loan account. {@link LoanAccount#decide} answers
 * with new events or a refusal naming the account's status and every reason. Amounts come in as
 * {@link MonetaryAmount} through the {@code of} factories and are checked to be exact DKK.
 */
public sealed interface LoanCommand {

  /**
   * Returns the business date of the command.
   *
   * @return the date, never null
   */
  LocalDate date();

  /**
   * Opens the account on granted terms.
   *
   * @param terms the granted terms
   * @param date the opening date
   */
  record Open(RepaymentTerms terms, LocalDate date) implements LoanCommand {
    /** Checks the command. */
    public Open {
      Objects.requireNonNull(terms, "terms");
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * Pays out a tranche.
   *
   * @param amount the amount
   * @param date the payout date
   * @param reference the payout reference
   */
  record Disburse(DkkAmount amount, LocalDate date, String reference) implements LoanCommand {
    /** Checks the command. */
    public Disburse {
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(reference, "reference");
    }

    /**
     * Obtains the command from a JSR 354 amount.
     *
     * @param amount the amount in DKK, not null
     * @param date the payout date, not null
     * @param reference the payout reference, not null
     * @return the command, never null
     * @throws dk.mikrolan.rules.InvalidInputException if the amount is not exact DKK
     */
    public static Disburse of(MonetaryAmount amount, LocalDate date, String reference) {
      return new Disburse(DkkAmount.of(amount), date, reference);
    }
  }

  /**
   * Ends payout: what was not paid out is cancelled and the schedule is recomputed on what was.
   *
   * @param date the date
   */
  record CloseDisbursement(LocalDate date) implements LoanCommand {
    /** Checks the command. */
    public CloseDisbursement {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * Posts a received payment.
   *
   * @param paymentId the account's id for the payment, unique in the account
   * @param amount the amount
   * @param date the value date
   * @param externalReference the bank's reference
   * @param prepayment how any prepayment is used
   */
  record ReceivePayment(
      String paymentId, DkkAmount amount, LocalDate date, String externalReference, PrepaymentHandling prepayment)
      implements LoanCommand {
    /** Checks the command. */
    public ReceivePayment {
      Objects.requireNonNull(paymentId, "paymentId");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(externalReference, "externalReference");
      Objects.requireNonNull(prepayment, "prepayment");
    }

    /**
     * Obtains the command with the default prepayment handling (shorten the term).
     *
     * @param paymentId the payment id, not null
     * @param amount the amount in DKK, not null
     * @param date the value date, not null
     * @param externalReference the bank's reference, not null
     * @return the command, never null
     * @throws dk.mikrolan.rules.InvalidInputException if the amount is not exact DKK
     */
    public static ReceivePayment of(String paymentId, MonetaryAmount amount, LocalDate date, String externalReference) {
      return new ReceivePayment(paymentId, DkkAmount.of(amount), date, externalReference, PrepaymentHandling.SHORTEN_TERM);
    }
  }

  /**
   * Reverses a payment.
   *
   * @param paymentId the payment's id
   * @param date the date
   * @param reason why
   */
  record ReversePayment(String paymentId, LocalDate date, String reason) implements LoanCommand {
    /** Checks the command. */
    public ReversePayment {
      Objects.requireNonNull(paymentId, "paymentId");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * Grants a deferral (henstand) of the remaining instalments.
   *
   * @param periods the number of periods
   * @param date the date
   * @param reason why
   * @param decidedBy who decided
   */
  record Defer(int periods, LocalDate date, String reason, String decidedBy) implements LoanCommand {
    /** Checks the command. */
    public Defer {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(decidedBy, "decidedBy");
    }
  }

  /**
   * Reschedules the outstanding balance.
   *
   * @param firstDueDate the new first due date
   * @param frequency the new frequency
   * @param plan by count or by amount
   * @param roundingUnit the rounding unit
   * @param date the date
   * @param reason why
   * @param decidedBy who decided
   */
  record Reschedule(
      LocalDate firstDueDate,
      Frequency frequency,
      RepaymentPlan plan,
      RoundingUnit roundingUnit,
      LocalDate date,
      String reason,
      String decidedBy)
      implements LoanCommand {
    /** Checks the command. */
    public Reschedule {
      Objects.requireNonNull(firstDueDate, "firstDueDate");
      Objects.requireNonNull(frequency, "frequency");
      Objects.requireNonNull(plan, "plan");
      Objects.requireNonNull(roundingUnit, "roundingUnit");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(decidedBy, "decidedBy");
    }
  }

  /**
   * Writes off (eftergiver) an amount, or the rest when the amount is empty.
   *
   * @param amount the amount, or empty for everything outstanding
   * @param date the date
   * @param reason the justification
   * @param decidedBy who decided
   */
  record WriteOff(Optional<DkkAmount> amount, LocalDate date, String reason, String decidedBy) implements LoanCommand {
    /** Checks the command. */
    public WriteOff {
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(decidedBy, "decidedBy");
    }
  }

  /**
   * Pays an overpayment back.
   *
   * @param amount the amount
   * @param date the payout date
   * @param reference the payout reference
   */
  record RefundOverpayment(DkkAmount amount, LocalDate date, String reference) implements LoanCommand {
    /** Checks the command. */
    public RefundOverpayment {
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(reference, "reference");
    }
  }
}
