package dk.mikrolan.testkit;

import dk.mikrolan.loan.Arrears;
import dk.mikrolan.loan.LoanAccount;
import dk.mikrolan.loan.LoanBalances;
import dk.mikrolan.loan.LoanEvent;
import dk.mikrolan.loan.LoanStatus;
import dk.mikrolan.loan.ScheduledInstalment;
import dk.mikrolan.money.DkkAmount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What must hold for every loan account on every date, as plain Java: each method returns the
 * laws that are broken, described for a person, so any test library can call it.
 */
public final class LoanLaws {

  private LoanLaws() {}

  /**
   * Checks an account's invariants on a date on or after its latest event.
   *
   * <ul>
   *   <li>paid − refunded + written off + outstanding = disbursed;
   *   <li>once payout is over, the instalments' unpaid remainders add up to the outstanding balance
   *       (zero while overpaid), and each is between zero and its instalment's amount;
   *   <li>arrears are zero or more and never more than what remains;
   *   <li>the status agrees with the sign of the balance;
   *   <li>replaying the events gives the same balances, instalments, arrears and status.
   * </ul>
   *
   * @param account the account, opened, not null
   * @param asOf the date, not null
   * @return the broken laws, empty when all hold, never null
   */
  public static List<String> violations(LoanAccount account, LocalDate asOf) {
    List<String> broken = new ArrayList<>();
    LoanBalances b = account.balances(asOf);
    if (!b.paid().minus(b.refunded()).plus(b.writtenOff()).plus(b.outstanding()).equals(b.disbursed())) {
      broken.add("paid − refunded + written off + outstanding ≠ disbursed: " + b);
    }
    List<ScheduledInstalment> instalments = account.instalments(asOf);
    DkkAmount remaining = DkkAmount.ZERO;
    for (ScheduledInstalment i : instalments) {
      if (i.remaining().isNegative() || i.remaining().isGreaterThan(i.amount())) {
        broken.add("instalment " + i.number() + " has remaining outside 0.." + i.amount() + ": " + i.remaining());
      }
      remaining = remaining.plus(i.remaining());
    }
    LoanStatus status = account.status(asOf);
    boolean payoutOver = status != LoanStatus.AWAITING_DISBURSEMENT
        && (payoutClosed(account) || !asOf.isBefore(account.terms().get().firstDueDate())
            || b.disbursed().equals(account.terms().get().principal()));
    if (payoutOver && !remaining.equals(b.outstanding().max(DkkAmount.ZERO))) {
      broken.add("instalments' remaining " + remaining + " ≠ outstanding " + b.outstanding());
    }
    Arrears arrears = account.arrears(asOf);
    if (arrears.overdue().isNegative() || arrears.overdue().isGreaterThan(remaining)) {
      broken.add("arrears " + arrears + " outside 0.." + remaining);
    }
    LoanStatus expected = b.outstanding().isPositive() ? LoanStatus.ACTIVE
        : b.outstanding().isNegative() ? LoanStatus.OVERPAID : null;
    if (expected != null && status != expected && !b.disbursed().isZero()) {
      broken.add("status " + status + " with outstanding " + b.outstanding());
    }
    LoanAccount replayed = LoanAccount.replay(account.calendar(), account.events());
    if (!replayed.balances(asOf).equals(b)
        || !replayed.instalments(asOf).equals(instalments)
        || !replayed.arrears(asOf).equals(arrears)
        || replayed.status(asOf) != status) {
      broken.add("replaying the events gives another state");
    }
    return broken;
  }

  /**
   * Checks that an account with a reversed payment looks exactly as if the payment had never been
   * posted: the same balances, instalments and arrears as the replay of its events without the
   * payment and its reversal.
   *
   * @param account the account, not null
   * @param paymentId the reversed payment's id, not null
   * @param asOf the date, not null
   * @return the broken laws, empty when all hold, never null
   */
  public static List<String> reversalViolations(LoanAccount account, String paymentId, LocalDate asOf) {
    List<String> broken = new ArrayList<>();
    var without = account.events().stream().filter(e -> !isAbout(e, paymentId)).toList();
    LoanAccount never = LoanAccount.replay(account.calendar(), without);
    if (!never.balances(asOf).equals(account.balances(asOf))) {
      broken.add("balances differ from never posting " + paymentId + ": " + account.balances(asOf) + " vs " + never.balances(asOf));
    }
    if (!never.instalments(asOf).equals(account.instalments(asOf))) {
      broken.add("instalments differ from never posting " + paymentId);
    }
    if (!never.arrears(asOf).equals(account.arrears(asOf))) {
      broken.add("arrears differ from never posting " + paymentId);
    }
    return broken;
  }

  private static boolean isAbout(LoanEvent e, String paymentId) {
    return (e instanceof LoanEvent.PaymentReceived p && p.paymentId().equals(paymentId))
        || (e instanceof LoanEvent.PaymentReversed r && r.paymentId().equals(paymentId));
  }

  private static boolean payoutClosed(LoanAccount account) {
    return account.events().stream().anyMatch(e -> e instanceof LoanEvent.DisbursementClosed);
  }
}
