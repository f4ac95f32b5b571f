package dk.mikrolan.loan;

import java.util.OptionalLong;

/**
 * Days past due of the oldest unpaid instalment, in the buckets arrears reports use: 1–30, 31–60,
 * 61–90 and more than 90 days past due (the loan issue's arrears report), counted from the
 * banking-day due date. The limits live here only: {@link #of(long)}, the programme report and
 * the JDBC arrears queries all read them from {@link #minDaysPastDue()} and {@link
 * #maxDaysPastDue()}.
 */
public enum ArrearsBucket {
  /** Nothing overdue. */
  NONE(0, 0),
  /** 1–30 days. */
  DAYS_1_30(1, 30),
  /** 31–60 days. */
  DAYS_31_60(31, 60),
  /** 61–90 days. */
  DAYS_61_90(61, 90),
  /** More than 90 days. */
  DAYS_90_PLUS(91, Long.MAX_VALUE);

  private final long min;
  private final long max;

  ArrearsBucket(long min, long max) {
    this.min = min;
    this.max = max;
  }

  /**
   * Returns the fewest days past due in this bucket.
   *
   * @return the days, zero for {@link #NONE}
   */
  public long minDaysPastDue() {
    return min;
  }

  /**
   * Returns the most days past due in this bucket.
   *
   * @return the days, or empty for the last bucket, which has no upper limit
   */
  public OptionalLong maxDaysPastDue() {
    return max == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(max);
  }

  /**
   * Returns the bucket of a number of days past due: the one whose limits include it.
   *
   * @param daysPastDue the days, zero or more (less than zero counts as {@link #NONE})
   * @return the bucket, never null
   */
  public static ArrearsBucket of(long daysPastDue) {
    for (ArrearsBucket b : values()) {
      if (daysPastDue >= b.min && daysPastDue <= b.max) {
        return b;
      }
    }
    return NONE;
  }
}
