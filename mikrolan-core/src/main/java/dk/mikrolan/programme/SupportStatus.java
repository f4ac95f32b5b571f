package dk.mikrolan.programme;

/** How a participant supports themself at a follow-up: the outcome a municipality measures. */
public enum SupportStatus {
  /** Fully self-supporting (selvforsørgende). */
  SELF_SUPPORTING,
  /** Partly self-supporting, partly on benefits. */
  PARTLY,
  /** Back on benefits. */
  BACK_ON_BENEFITS
}
