package dk.mikrolan.programme;

import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.fund.LoanFund;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.loan.LoanAccount;
import dk.mikrolan.usecase.StreamReader;
import java.util.Objects;
import java.util.Optional;

/**
 * What payout and the loan's changes decide on: the case, its loan account, and the loan fund the
 * case booked at approval.
 *
 * @param kase the case
 * @param loan the loan account (empty before the first payout)
 * @param fund the booked loan fund, empty when the case has no booking
 */
public record CaseWithLoan(ParticipantCase kase, LoanAccount loan, Optional<LoanFund> fund) {

  /** Checks every component. */
  public CaseWithLoan {
    Objects.requireNonNull(kase, "kase");
    Objects.requireNonNull(loan, "loan");
    Objects.requireNonNull(fund, "fund");
  }

  /** Loads the three through the shell's reader; the fund only when the case has a booking. */
  static CaseWithLoan load(StreamReader reader, CaseRef ref, BankingCalendar calendar) {
    ParticipantCase kase = Loads.kase(reader, ref);
    LoanAccount loan = Loads.loan(reader, ref, calendar);
    Optional<LoanFund> fund = kase.booking().map(b -> Loads.fund(reader, ref.municipalityCode(), b.fundPeriod()));
    return new CaseWithLoan(kase, loan, fund);
  }
}
