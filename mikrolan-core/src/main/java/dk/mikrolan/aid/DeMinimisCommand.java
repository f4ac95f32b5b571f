package dk.mikrolan.aid;

import dk.mikrolan.identity.CaseId;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.schedule.RepaymentSchedule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What an approval (or its withdrawal) asks of an undertaking's de minimis record. {@link
 * DeMinimisRecord#decide} answers with new events or a refusal naming the record's state and every
 * reason. The records only check that their parts are present.
 */
public sealed interface DeMinimisCommand {

  /**
   * Returns the business date of the command.
   *
   * @return the date, never null
   */
  LocalDate date();

  /**
   * Records the aid of an approved loan.
   *
   * @param caseId the case
   * @param grantDate the day of approval (the legal right to the aid is conferred)
   * @param gge the gross grant equivalent in DKK
   * @param eurDkkRate the rate in DKK per euro applicable on the grant date (an input)
   * @param rates the reference and discount rates the GGE was computed with
   * @param grantingAuthority the municipality's code
   */
  record RecordAid(
      CaseId caseId, LocalDate grantDate, DkkAmount gge, BigDecimal eurDkkRate, AidRates rates, String grantingAuthority)
      implements DeMinimisCommand {
    /** Checks the parts are present. */
    public RecordAid {
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(grantDate, "grantDate");
      Objects.requireNonNull(gge, "gge");
      Objects.requireNonNull(eurDkkRate, "eurDkkRate");
      Objects.requireNonNull(rates, "rates");
      Objects.requireNonNull(grantingAuthority, "grantingAuthority");
    }

    /**
     * Obtains the command for a loan: the GGE of its schedule at the rates, from the planned
     * disbursement date.
     *
     * @param caseId the case, not null
     * @param grantDate the day of approval, not null
     * @param schedule the loan's repayment schedule, not null
     * @param plannedDisbursement the planned disbursement date, not null
     * @param rates the rates on the planned disbursement date ({@link AidRates#on}), not null
     * @param eurDkkRate the rate in DKK per euro, not null
     * @param grantingAuthority the municipality's code, not null
     * @return the command, never null
     */
    public static RecordAid forLoan(
        CaseId caseId,
        LocalDate grantDate,
        RepaymentSchedule schedule,
        LocalDate plannedDisbursement,
        AidRates rates,
        BigDecimal eurDkkRate,
        String grantingAuthority) {
      DkkAmount gge = rates.grossGrantEquivalent(schedule, plannedDisbursement);
      return new RecordAid(caseId, grantDate, gge, eurDkkRate, rates, grantingAuthority);
    }

    /** Returns the grant date. */
    @Override
    public LocalDate date() {
      return grantDate;
    }
  }

  /**
   * Cancels a case's aid because the loan was not paid out.
   *
   * @param grantingAuthority the municipality whose case it is
   * @param caseId the case
   * @param date the day
   * @param reason why, not blank
   */
  record CancelAid(String grantingAuthority, CaseId caseId, LocalDate date, String reason) implements DeMinimisCommand {
    /** Checks the parts are present. */
    public CancelAid {
      Objects.requireNonNull(grantingAuthority, "grantingAuthority");
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
