package dk.mikrolan.office;

import dk.mikrolan.loan.PrepaymentHandling;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RoundingUnit;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * What a caller asks of a case's loan through {@link Mikrolan#changeLoan}. Money the bank moved
 * carries the bank's date (a payment's value date, a reversal, a refund paid); a decision — a
 * deferral, a reschedule, a write-off, closing payout — is dated today by the entry point and
 * decided by the authenticated actor, so no request names a decider or a decision's date.
 */
public sealed interface LoanRequest {

  /**
   * Posts a payment received.
   *
   * @param paymentId the payment's id, unique in the account, so a bank reference cannot be posted twice
   * @param amount the amount
   * @param valueDate the bank's value date: not in the future, not before the late-registration limit
   * @param externalReference the bank's reference
   * @param prepayment how a prepayment is used
   */
  record ReceivePayment(String paymentId, DkkAmount amount, LocalDate valueDate, String externalReference,
      PrepaymentHandling prepayment) implements LoanRequest {
    /** Checks the parts are present. */
    public ReceivePayment {
      Objects.requireNonNull(paymentId, "paymentId");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(valueDate, "valueDate");
      Objects.requireNonNull(externalReference, "externalReference");
      Objects.requireNonNull(prepayment, "prepayment");
    }

    /**
     * Obtains the request from a JSR 354 amount, a prepayment shortening the term.
     *
     * @param paymentId the payment id, not null
     * @param amount the amount in DKK, not null
     * @param valueDate the value date, not null
     * @param externalReference the bank's reference, not null
     * @return the request, never null
     * @throws dk.mikrolan.rules.InvalidInputException if the amount is not exact DKK
     */
    public static ReceivePayment of(String paymentId, MonetaryAmount amount, LocalDate valueDate,
        String externalReference) {
      return new ReceivePayment(paymentId, DkkAmount.of(amount), valueDate, externalReference,
          PrepaymentHandling.SHORTEN_TERM);
    }
  }

  /**
   * Reverses a payment the bank took back; the account becomes exactly as if it was never posted.
   *
   * @param paymentId the payment's id
   * @param reversedOn the bank's date of the reversal
   * @param reason why
   */
  record ReversePayment(String paymentId, LocalDate reversedOn, String reason) implements LoanRequest {
    /** Checks the parts are present. */
    public ReversePayment {
      Objects.requireNonNull(paymentId, "paymentId");
      Objects.requireNonNull(reversedOn, "reversedOn");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * Records an overpayment paid back to the participant.
   *
   * @param amount the amount
   * @param paidOn the day it was paid
   * @param reference the payout's reference
   */
  record RefundOverpayment(DkkAmount amount, LocalDate paidOn, String reference) implements LoanRequest {
    /** Checks the parts are present. */
    public RefundOverpayment {
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(paidOn, "paidOn");
      Objects.requireNonNull(reference, "reference");
    }
  }

  /** Ends payout: what was not paid out is cancelled and the schedule recomputed on what was. */
  record ClosePayout() implements LoanRequest {}

  /**
   * Grants a deferral (henstand) of the unsettled instalments.
   *
   * @param periods the number of periods
   * @param reason the justification
   */
  record Defer(int periods, String reason) implements LoanRequest {
    /** Checks the part is present. */
    public Defer {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * Reschedules the outstanding balance.
   *
   * @param firstDueDate the new first due date
   * @param frequency the new frequency
   * @param plan by count or by amount
   * @param roundingUnit the rounding unit
   * @param reason the justification
   */
  record Reschedule(LocalDate firstDueDate, Frequency frequency, RepaymentPlan plan, RoundingUnit roundingUnit,
      String reason) implements LoanRequest {
    /** Checks the parts are present. */
    public Reschedule {
      Objects.requireNonNull(firstDueDate, "firstDueDate");
      Objects.requireNonNull(frequency, "frequency");
      Objects.requireNonNull(plan, "plan");
      Objects.requireNonNull(roundingUnit, "roundingUnit");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * Writes off (eftergiver) an amount, or everything outstanding.
   *
   * @param amount the amount, or empty for everything outstanding
   * @param reason the justification
   */
  record WriteOff(Optional<DkkAmount> amount, String reason) implements LoanRequest {
    /** Checks the parts are present. */
    public WriteOff {
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
