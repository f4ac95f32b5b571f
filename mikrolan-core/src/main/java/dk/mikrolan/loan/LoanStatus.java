package dk.mikrolan.loan;

/** The status of a loan account on a date. */
public enum LoanStatus {
  /** No account has been opened. */
  NOT_OPENED,
  /** Opened, nothing paid out yet. */
  AWAITING_DISBURSEMENT,
  /** Something is outstanding. */
  ACTIVE,
  /** Nothing outstanding, the last of it paid. */
  REPAID,
  /** More paid than owed: the difference is due back to the borrower. */
  OVERPAID,
  /** Nothing outstanding, the last of it written off (eftergivet). */
  WRITTEN_OFF,
  /** Payout ended before anything was paid out. */
  CANCELLED
}
