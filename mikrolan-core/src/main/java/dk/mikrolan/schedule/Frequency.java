package dk.mikrolan.schedule;

import java.time.LocalDate;

/** How often an instalment (afdrag) falls due. */
public enum Frequency {
  /** Every month. */
  MONTHLY(1),
  /** Every third month. */
  QUARTERLY(3);

  private final int months;

  Frequency(int months) {
    this.months = months;
  }

  /**
   * Returns the number of months in one period.
   *
   * @return 1 or 3
   */
  public int months() {
    return months;
  }

  /**
   * Returns the nominal date {@code periods} periods after {@code first}: the same day of month,
   * clamped to the last day of a shorter month (31 Jan → 28/29 Feb → 31 Mar). It is always
   * computed from {@code first}, so the day of month never drifts.
   *
   * @param first the first nominal date, not null
   * @param periods the number of periods after it, zero or more
   * @return the nominal date, never null
   */
  public LocalDate nominalDate(LocalDate first, long periods) {
    return first.plusMonths(Math.multiplyExact(periods, (long) months));
  }
}
