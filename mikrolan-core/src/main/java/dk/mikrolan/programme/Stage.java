package dk.mikrolan.programme;

/**
 * The stages of a participant's case. The memo's path (the Aarhus example): rough sorting, café
 * meetings with an advisor, 2–4 months of competence development, a four-day final seminar where
 * the loan is decided — then payout and repayment.
 */
public enum Stage {
  /** Referred to the programme (henvist). */
  REFERRED,
  /** Rough sorting (grov sortering). */
  SCREENING,
  /** Individual café meetings with a specialised advisor (café-møder). */
  CAFE_MEETINGS,
  /** Competence development with courses, guidance and coaching (kompetenceudvikling). */
  COMPETENCE_DEVELOPMENT,
  /** The final seminar where the loan is decided (afsluttende seminar). */
  FINAL_SEMINAR,
  /** The loan is granted (bevilget). */
  APPROVED,
  /** The loan is paid out, wholly or in part (udbetalt). */
  DISBURSED,
  /** Repayment has begun (tilbagebetaling). */
  REPAYING,
  /** Repaid or written off in full (afsluttet). */
  CLOSED,
  /** Refused by a decision (afslag). */
  REJECTED,
  /** The participant withdrew (udtrådt). */
  WITHDRAWN;

  /**
   * Returns whether the case has ended.
   *
   * @return true for {@code CLOSED}, {@code REJECTED} and {@code WITHDRAWN}
   */
  public boolean isFinal() {
    return this == CLOSED || this == REJECTED || this == WITHDRAWN;
  }

  /**
   * Returns whether a rejection or withdrawal may still end the case: any stage before payout.
   *
   * @return true before {@code DISBURSED}
   */
  public boolean isBeforePayout() {
    return ordinal() < DISBURSED.ordinal();
  }
}
