package dk.mikrolan.loan;

/** What a payment beyond the instalments due (a prepayment) does to the schedule. */
public enum PrepaymentHandling {
  /** Settles the last instalments first, so the loan ends earlier. The default. */
  SHORTEN_TERM,
  /** Spreads over the remaining instalments, which become smaller; the end date stays. */
  REDUCE_INSTALMENTS
}
