package dk.mikrolan.programme;

import dk.mikrolan.fund.FundPeriod;
import dk.mikrolan.fund.LoanFund;
import dk.mikrolan.fund.LoanFundCommand;
import dk.mikrolan.fund.LoanFundEvent;
import dk.mikrolan.identity.CaseId;
import dk.mikrolan.loan.LoanEvent;
import dk.mikrolan.port.EventStore;
import dk.mikrolan.port.StreamAppend;
import dk.mikrolan.port.StreamId;
import java.util.List;
import java.util.Optional;

/**
 * When a loan's payout ends short of the grant (a tranche not paid out by the first due date is
 * cancelled), the loan fund releases what was committed but never paid out.
 */
final class PayoutEnd {

  private PayoutEnd() {}

  /**
   * Returns the fund append that releases the rest of a case's commitment, if the loan events end
   * payout and some of the commitment is still open.
   */
  static Optional<StreamAppend> releaseRest(EventStore store, String municipalityCode, FundPeriod period,
      CaseId caseId, io.vavr.collection.List<LoanEvent> loanEvents) {
    Optional<LoanEvent.DisbursementClosed> closed = loanEvents
        .filter(e -> e instanceof LoanEvent.DisbursementClosed)
        .map(e -> (LoanEvent.DisbursementClosed) e)
        .headOption()
        .toJavaOptional();
    if (closed.isEmpty()) {
      return Optional.empty();
    }
    StreamId fundStream = LoanFund.streamId(municipalityCode, period);
    LoanFund fund = LoanFund.replay(store.load(fundStream, LoanFundEvent.class));
    if (fund.commitmentOf(caseId).isEmpty()) {
      return Optional.empty();
    }
    List<LoanFundEvent> released = fund.decide(
        new LoanFundCommand.Release(caseId, closed.get().date(), "payout ended short of the grant")).get().toJavaList();
    return Optional.of(new StreamAppend(fundStream, fund.version(), released));
  }
}
