package dk.mikrolan.loan;

/** Days past due of the oldest unpaid instalment, in the buckets arrears reports use. */
public enum ArrearsBucket {
  /** Nothing overdue. */
  NONE,
  /** 1–30 days. */
  DAYS_1_30,
  /** 31–60 days. */
  DAYS_31_60,
  /** 61–90 days. */
  DAYS_61_90,
  /** More than 90 days. */
  DAYS_90_PLUS;

  /**
   * Returns the bucket of a number of days past due.
   *
   * @param daysPastDue the days, zero or more
   * @return the bucket, never null
   */
  public static ArrearsBucket of(long daysPastDue) {
    if (daysPastDue <= 0) {
      return NONE;
    } else if (daysPastDue <= 30) {
      return DAYS_1_30;
    } else if (daysPastDue <= 60) {
      return DAYS_31_60;
    } else if (daysPastDue <= 90) {
      return DAYS_61_90;
    }
    return DAYS_90_PLUS;
  }
}
