package dk.mikrolan.programme;

import dk.mikrolan.fund.LoanFund;
import dk.mikrolan.fund.LoanFundCommand;
import dk.mikrolan.fund.LoanFundEvent;
import dk.mikrolan.identity.CaseId;
import dk.mikrolan.loan.LoanAccount;
import dk.mikrolan.loan.LoanBalances;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.rules.Refusal;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;

/**
 * Keeps a revolving fund's returns in step with a loan account: the fund holds exactly the money
 * the borrower paid that reduced the debt — paid minus refunded, at most what was paid out and not
 * written off. A payment raises it, a reversal lowers it; an overpayment and a write-off do not.
 */
final class FundReturns {

  private FundReturns() {}

  /**
   * Returns the fund events that bring the case's returns to the loan's figure, empty when the
   * fund is not revolving or already in step, or the fund's refusal (a booking that names a fund
   * which does not hold the case).
   */
  static Either<Refusal, List<LoanFundEvent>> adjust(LoanFund fund, CaseId caseId, LoanAccount loan, LocalDate date) {
    if (!fund.isRevolving() || loan.terms().isEmpty()) {
      return Either.right(List.of());
    }
    LoanBalances b = loan.balances(date);
    long target = Math.max(0, Math.min(b.paid().minus(b.refunded()).ore(), b.disbursed().minus(b.writtenOff()).ore()));
    long returned = fund.returnedFrom(caseId).ore();
    if (target > returned) {
      return fund.decide(new LoanFundCommand.ReturnRepayment(caseId, DkkAmount.ofOre(target - returned), date));
    } else if (target < returned) {
      return fund.decide(new LoanFundCommand.ReverseReturn(caseId, DkkAmount.ofOre(returned - target), date));
    }
    return Either.right(List.of());
  }
}
