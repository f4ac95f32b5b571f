package dk.mikrolan.programme;

import dk.mikrolan.fund.LoanFund;
import dk.mikrolan.fund.LoanFundCommand;
import dk.mikrolan.fund.LoanFundEvent;
import dk.mikrolan.identity.CaseId;
import dk.mikrolan.loan.LoanEvent;
import dk.mikrolan.rules.Refusal;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * When a loan's payout ends short of the grant (a tranche not paid out by the first due date is
 * cancelled), the loan fund releases what was committed but never paid out.
 */
final class PayoutEnd {

  private PayoutEnd() {}

  /**
   * Returns the fund events that release the rest of a case's commitment, if the loan events end
   * payout and some of the commitment is still open; empty otherwise; or the fund's refusal.
   */
  static Either<Refusal, java.util.List<LoanFundEvent>> releaseRest(LoanFund fund, CaseId caseId, java.util.List<LoanEvent> loanEvents) {
    return List.ofAll(loanEvents)
        .find(e -> e instanceof LoanEvent.DisbursementClosed)
        .filter(closed -> fund.commitmentOf(caseId).isPresent())
        .map(closed -> fund.decide(new LoanFundCommand.Release(caseId, closed.date(), "payout ended short of the grant")))
        .getOrElse(Either.right(java.util.List.of()));
  }
}
