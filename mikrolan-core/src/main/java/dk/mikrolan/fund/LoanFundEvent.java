package dk.mikrolan.fund;

import dk.mikrolan.identity.CaseId;
import dk.mikrolan.money.DkkAmount;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A fact in a loan fund's (låneramme's) life. Events are never changed or deleted. A fund is the
 * fold of its events ({@link LoanFund#evolve(LoanFundEvent)}).
 */
public sealed interface LoanFundEvent {

  /**
   * Returns the business date of the event.
   *
   * @return the date, never null
   */
  LocalDate date();

  /**
   * The fund was opened for a municipality and period.
   *
   * @param municipalityCode the municipality's code (kommunekode), three digits
   * @param period the period the ceiling covers
   * @param ceiling the ceiling (låneramme), positive
   * @param revolving whether repayments flow back into the fund
   * @param date the day the fund was opened
   */
  record FundOpened(String municipalityCode, FundPeriod period, DkkAmount ceiling, boolean revolving, LocalDate date)
      implements LoanFundEvent {
    /** Checks the parts are present. */
    public FundOpened {
      Objects.requireNonNull(municipalityCode, "municipalityCode");
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(ceiling, "ceiling");
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * An amount set aside for a case at its approval (tilsagn).
   *
   * @param caseId the case
   * @param amount the amount, positive
   * @param date the day of approval
   */
  record Committed(CaseId caseId, DkkAmount amount, LocalDate date) implements LoanFundEvent {
    /** Checks the parts are present. */
    public Committed {
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * A case's whole open commitment given back (the case was withdrawn or rejected after approval).
   *
   * @param caseId the case
   * @param date the day
   * @param reason why
   */
  record Released(CaseId caseId, LocalDate date, String reason) implements LoanFundEvent {
    /** Checks the parts are present. */
    public Released {
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * A case's commitment turned into payout: the total paid out to the borrower, at most the
   * commitment; what was committed and not paid out is released by the same event.
   *
   * @param caseId the case
   * @param amount the total paid out, positive
   * @param date the day payout was complete
   */
  record Disbursed(CaseId caseId, DkkAmount amount, LocalDate date) implements LoanFundEvent {
    /** Checks the parts are present. */
    public Disbursed {
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * A repayment on a case's loan flowed back into a revolving fund.
   *
   * @param caseId the case
   * @param amount the amount, positive
   * @param date the value date of the repayment
   */
  record RepaymentReturned(CaseId caseId, DkkAmount amount, LocalDate date) implements LoanFundEvent {
    /** Checks the parts are present. */
    public RepaymentReturned {
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * A repayment that had flowed back into a revolving fund was reversed (the bank returned it): the
   * room it gave is taken back.
   *
   * @param caseId the case
   * @param amount the amount, positive, at most what the case has returned
   * @param date the date of the reversal
   */
  record ReturnReversed(CaseId caseId, DkkAmount amount, LocalDate date) implements LoanFundEvent {
    /** Checks the parts are present. */
    public ReturnReversed {
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * The ceiling was changed by a decision (such as a supplementary appropriation).
   *
   * @param ceiling the new ceiling
   * @param date the day of the decision
   * @param decidedBy who decided
   */
  record CeilingChanged(DkkAmount ceiling, LocalDate date, String decidedBy) implements LoanFundEvent {
    /** Checks the parts are present. */
    public CeilingChanged {
      Objects.requireNonNull(ceiling, "ceiling");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(decidedBy, "decidedBy");
    }
  }
}
