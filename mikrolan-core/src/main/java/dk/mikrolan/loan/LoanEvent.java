package dk.mikrolan.loan;

import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentTerms;
import dk.mikrolan.schedule.RoundingUnit;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A fact in a loan account's life. Events are never changed or deleted: a correction is a new
 * event. A loan account is the fold of its events ({@link LoanAccount#evolve(LoanEvent)}).
 *
 * <p>Events that depend on earlier amounts hold the intent, not the amount: a write-off of "the
 * rest" and a reschedule of "the outstanding balance" are re-applied on replay, so reversing an
 * earlier payment keeps them consistent.
 */
public sealed interface LoanEvent {

  /**
   * Returns the business date of the event.
   *
   * @return the date, never null
   */
  LocalDate date();

  /**
   * The account opened on the granted terms; the schedule is on the granted principal.
   *
   * @param terms the granted terms, not null
   * @param date the date the account opened
   */
  record Opened(RepaymentTerms terms, LocalDate date) implements LoanEvent {
    /** Checks the event. */
    public Opened {
      Objects.requireNonNull(terms, "terms");
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * A tranche paid out to the borrower (Ankestyrelsen counts an unspent lump sum as assets, so
   * payout in tranches against documented expenses is common).
   *
   * @param amount the amount paid out, positive
   * @param date the payout date, before the first due date
   * @param reference the payout's reference in the host's payment system
   */
  record TrancheDisbursed(DkkAmount amount, LocalDate date, String reference) implements LoanEvent {
    /** Checks the event. */
    public TrancheDisbursed {
      requirePositive(amount);
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(reference, "reference");
    }
  }

  /**
   * Payout ended: what was not paid out is cancelled and the schedule is recomputed on what was.
   *
   * @param date the date payout ended (at the latest the first due date)
   */
  record DisbursementClosed(LocalDate date) implements LoanEvent {
    /** Checks the event. */
    public DisbursementClosed {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * A payment received.
   *
   * @param paymentId the account's own id of the payment, unique in the account
   * @param amount the amount, positive
   * @param date the value date
   * @param externalReference the bank's or payment system's reference
   * @param prepayment how an amount beyond what is due is used
   */
  record PaymentReceived(
      String paymentId, DkkAmount amount, LocalDate date, String externalReference, PrepaymentHandling prepayment)
      implements LoanEvent {
    /** Checks the event. */
    public PaymentReceived {
      Objects.requireNonNull(paymentId, "paymentId");
      requirePositive(amount);
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(externalReference, "externalReference");
      Objects.requireNonNull(prepayment, "prepayment");
    }
  }

  /**
   * A payment reversed (returned by the bank, posted to the wrong account). The original event
   * stays; the account is as if the payment had never been received.
   *
   * @param paymentId the id of the reversed payment
   * @param date the date of the reversal
   * @param reason why
   */
  record PaymentReversed(String paymentId, LocalDate date, String reason) implements LoanEvent {
    /** Checks the event. */
    public PaymentReversed {
      Objects.requireNonNull(paymentId, "paymentId");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * Deferral (henstand): every instalment not yet settled moves {@code periods} periods later.
   *
   * @param periods the number of periods, at least 1
   * @param date the date of the decision
   * @param reason why
   * @param decidedBy who decided
   */
  record Deferred(int periods, LocalDate date, String reason, String decidedBy) implements LoanEvent {
    /** Checks the event. */
    public Deferred {
      if (periods < 1) {
        throw new IllegalArgumentException("Deferral must be at least one period: " + periods);
      }
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(decidedBy, "decidedBy");
    }
  }

  /**
   * A new schedule for the outstanding balance (intent: the balance is taken when applied).
   *
   * @param firstDueDate the new first due date, after {@code date}
   * @param frequency the new frequency
   * @param plan by count or by amount
   * @param roundingUnit the rounding unit
   * @param date the date of the decision
   * @param reason why
   * @param decidedBy who decided
   */
  record Rescheduled(
      LocalDate firstDueDate,
      Frequency frequency,
      RepaymentPlan plan,
      RoundingUnit roundingUnit,
      LocalDate date,
      String reason,
      String decidedBy)
      implements LoanEvent {
    /** Checks the event. */
    public Rescheduled {
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
   * Write-off (eftergivelse) of an amount, or of the rest when {@code amount} is empty (intent).
   * A partial write-off is taken from the last instalments.
   *
   * @param amount the amount, or empty for everything outstanding when applied
   * @param date the date of the decision
   * @param reason why (the decision's justification)
   * @param decidedBy who decided
   */
  record WrittenOff(Optional<DkkAmount> amount, LocalDate date, String reason, String decidedBy)
      implements LoanEvent {
    /** Checks the event. */
    public WrittenOff {
      Objects.requireNonNull(amount, "amount");
      amount.ifPresent(LoanEvent::requirePositive);
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(decidedBy, "decidedBy");
    }
  }

  /**
   * An overpayment paid back to the borrower.
   *
   * @param amount the amount, positive
   * @param date the payout date
   * @param reference the payout's reference
   */
  record OverpaymentRefunded(DkkAmount amount, LocalDate date, String reference) implements LoanEvent {
    /** Checks the event. */
    public OverpaymentRefunded {
      requirePositive(amount);
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(reference, "reference");
    }
  }

  private static void requirePositive(DkkAmount amount) {
    Objects.requireNonNull(amount, "amount");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("Amount must be positive: " + amount);
    }
  }
}
