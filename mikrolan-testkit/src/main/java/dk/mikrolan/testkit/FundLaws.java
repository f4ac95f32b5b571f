package dk.mikrolan.testkit;

import dk.mikrolan.fund.LoanFund;
import dk.mikrolan.fund.LoanFundEvent;
import dk.mikrolan.identity.CaseId;
import java.util.ArrayList;
import java.util.List;

/**
 * What must hold for every loan fund, as plain Java: {@link #violations(LoanFund)} returns the
 * laws that are broken, described for a person, so any test library can call it.
 */
public final class FundLaws {

  private FundLaws() {}

  /**
   * Checks an opened fund's invariants.
   *
   * <ul>
   *   <li>committed, disbursed and returned are zero or more;
   *   <li>committed + disbursed − returned ≤ ceiling for a revolving fund, committed + disbursed ≤
   *       ceiling (and nothing returned) otherwise;
   *   <li>the room left is the ceiling less what is in use;
   *   <li>the cases' commitments, payouts and returns add up to the fund's totals, and no case has
   *       returned more than it was paid out;
   *   <li>replaying the events gives the same fund and the same figures.
   * </ul>
   *
   * @param fund the fund, opened, not null
   * @return the broken laws, empty when all hold, never null
   */
  public static List<String> violations(LoanFund fund) {
    List<String> broken = new ArrayList<>();
    long committed = fund.committed().ore();
    long disbursed = fund.disbursed().ore();
    long returned = fund.returned().ore();
    long ceiling = fund.ceiling().ore();
    if (committed < 0 || disbursed < 0 || returned < 0) {
      broken.add("a total is negative: " + fund);
    }
    long inUse = fund.isRevolving() ? committed + disbursed - returned : committed + disbursed;
    // Only a reversed repayment can overdraw a revolving fund: the bank took money back that had
    // already been lent again. Commitments are refused until the room comes back.
    boolean overdrawnByReversal = fund.events().stream().anyMatch(e -> e instanceof LoanFundEvent.ReturnReversed);
    if (inUse > ceiling && !overdrawnByReversal) {
      broken.add("in use " + inUse + " øre above the ceiling " + ceiling + " øre: " + fund);
    }
    if (!fund.isRevolving() && returned != 0) {
      broken.add("a fund that is not revolving got repayments back: " + fund);
    }
    if (fund.remainingRoom().ore() != ceiling - inUse) {
      broken.add("room " + fund.remainingRoom() + " ≠ ceiling − in use: " + fund);
    }
    long sumCommitted = 0;
    long sumDisbursed = 0;
    long sumReturned = 0;
    for (CaseId c : fund.cases()) {
      sumCommitted += fund.commitmentOf(c).map(a -> a.ore()).orElse(0L);
      sumDisbursed += fund.disbursedTo(c).ore();
      sumReturned += fund.returnedFrom(c).ore();
      if (fund.returnedFrom(c).isGreaterThan(fund.disbursedTo(c))) {
        broken.add("case " + c + " returned more than it was paid out");
      }
    }
    if (sumCommitted != committed || sumDisbursed != disbursed || sumReturned != returned) {
      broken.add("the cases do not add up to the totals: " + fund);
    }
    LoanFund replayed = LoanFund.replay(fund.events());
    if (!replayed.equals(fund)
        || !replayed.remainingRoom().equals(fund.remainingRoom())
        || !replayed.committed().equals(fund.committed())
        || !replayed.disbursed().equals(fund.disbursed())
        || !replayed.returned().equals(fund.returned())) {
      broken.add("replaying the events gives another fund");
    }
    return broken;
  }
}
