package dk.mikrolan.fund;

/** Where a loan fund stands; a refusal names it. */
public enum LoanFundStatus {
  /** The fund has not been opened on its stream. */
  NOT_OPENED,
  /** The fund is open: commitments, releases, payouts and ceiling changes can be recorded. */
  OPEN
}
