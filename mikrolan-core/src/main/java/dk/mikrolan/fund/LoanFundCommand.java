package dk.mikrolan.fund;

import dk.mikrolan.identity.CaseId;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.ProgrammePolicy;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a case's decisions ask of the loan fund (låneramme). {@link LoanFund#decide} answers with
 * new events or a refusal naming the fund's status and every reason. The records only check that
 * their parts are present; what makes a command acceptable is decided by the fund.
 */
public sealed interface LoanFundCommand {

  /**
   * Returns the business date of the command.
   *
   * @return the date, never null
   */
  LocalDate date();

  /**
   * Opens the fund.
   *
   * @param municipalityCode the municipality's code, three digits
   * @param period the period the ceiling covers
   * @param ceiling the ceiling, positive
   * @param revolving whether repayments flow back into the fund
   * @param date the day
   */
  record Open(String municipalityCode, FundPeriod period, DkkAmount ceiling, boolean revolving, LocalDate date)
      implements LoanFundCommand {
    /** Checks the parts are present. */
    public Open {
      Objects.requireNonNull(municipalityCode, "municipalityCode");
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(ceiling, "ceiling");
      Objects.requireNonNull(date, "date");
    }

    /**
     * Obtains the command with the ceiling and the revolving choice of a policy version.
     *
     * @param policy the policy version in force, not null
     * @param period the period, not null
     * @param date the day, not null
     * @return the command, never null
     */
    public static Open from(ProgrammePolicy policy, FundPeriod period, LocalDate date) {
      return new Open(policy.municipalityCode(), period, policy.loanFundCeiling(), policy.revolvingFund(), date);
    }
  }

  /**
   * Commits an amount to a case at its approval.
   *
   * @param caseId the case
   * @param amount the approved loan, positive
   * @param date the day of approval, in the fund's period
   */
  record Commit(CaseId caseId, DkkAmount amount, LocalDate date) implements LoanFundCommand {
    /** Checks the parts are present. */
    public Commit {
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * Releases a case's whole open commitment (withdrawal or rejection).
   *
   * @param caseId the case
   * @param date the day
   * @param reason why, not blank
   */
  record Release(CaseId caseId, LocalDate date, String reason) implements LoanFundCommand {
    /** Checks the parts are present. */
    public Release {
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * Records a case's total payout once payout is complete; the rest of the commitment is released.
   *
   * @param caseId the case
   * @param amount the total paid out, positive, at most the commitment
   * @param date the day
   */
  record Disburse(CaseId caseId, DkkAmount amount, LocalDate date) implements LoanFundCommand {
    /** Checks the parts are present. */
    public Disburse {
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * Returns a repayment to a revolving fund.
   *
   * @param caseId the case whose loan was repaid
   * @param amount the amount, positive
   * @param date the value date
   */
  record ReturnRepayment(CaseId caseId, DkkAmount amount, LocalDate date) implements LoanFundCommand {
    /** Checks the parts are present. */
    public ReturnRepayment {
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * Takes back a returned repayment that was reversed.
   *
   * @param caseId the case
   * @param amount the amount, positive, at most what the case has returned
   * @param date the date of the reversal
   */
  record ReverseReturn(CaseId caseId, DkkAmount amount, LocalDate date) implements LoanFundCommand {
    /** Checks the parts are present. */
    public ReverseReturn {
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * Changes the ceiling.
   *
   * @param ceiling the new ceiling, positive, not below what is committed and paid out
   * @param date the day of the decision
   * @param decidedBy who decided, not blank
   */
  record ChangeCeiling(DkkAmount ceiling, LocalDate date, String decidedBy) implements LoanFundCommand {
    /** Checks the parts are present. */
    public ChangeCeiling {
      Objects.requireNonNull(ceiling, "ceiling");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(decidedBy, "decidedBy");
    }
  }
}
