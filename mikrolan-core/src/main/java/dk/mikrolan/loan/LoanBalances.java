package dk.mikrolan.loan;

import dk.mikrolan.money.DkkAmount;
import java.util.Objects;

/**
 * The money of a loan account on a date. Always paid − refunded + written off + outstanding =
 * disbursed; outstanding is negative while the borrower has overpaid.
 *
 * @param disbursed paid out to the borrower
 * @param paid received from the borrower (reversed payments excluded)
 * @param refunded overpayments paid back
 * @param writtenOff written off (eftergivet)
 * @param outstanding still owed (restgæld)
 */
public record LoanBalances(
    DkkAmount disbursed, DkkAmount paid, DkkAmount refunded, DkkAmount writtenOff, DkkAmount outstanding) {

  /** Checks the identity. */
  public LoanBalances {
    Objects.requireNonNull(disbursed, "disbursed");
    if (!paid.minus(refunded).plus(writtenOff).plus(outstanding).equals(disbursed)) {
      throw new IllegalArgumentException("Balances do not add up: " + disbursed + " " + paid + " " + refunded
          + " " + writtenOff + " " + outstanding);
    }
  }
}
