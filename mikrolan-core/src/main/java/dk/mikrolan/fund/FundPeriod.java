package dk.mikrolan.fund;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The period a loan fund's ceiling (låneramme) covers: a calendar year, or any span of days.
 *
 * <p>The canonical text form is {@code 2026} for a calendar year and {@code
 * 2026-03-01..2027-02-28} otherwise ({@link #toString()}); {@link #parse(String)} accepts both.
 * The text is also the period's part of the fund's stream id.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FundPeriod {

  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private final LocalDate first;
  private final LocalDate last;

  private FundPeriod(LocalDate first, LocalDate last) {
    this.first = first;
    this.last = last;
  }

  /**
   * Obtains the period of a calendar year.
   *
   * @param year the year, 1000–9999
   * @return the period from 1 January to 31 December, never null
   * @throws IllegalArgumentException if the year is outside 1000–9999
   */
  public static FundPeriod ofYear(int year) {
    if (year < 1000 || year > 9999) {
      throw new IllegalArgumentException("Fund period year must have four digits: " + year);
    }
    return new FundPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * Obtains the period between two days, both included.
   *
   * @param first the first day, not null
   * @param last the last day, not null, not before {@code first}
   * @return the period, never null
   * @throws IllegalArgumentException if {@code last} is before {@code first} or a year is not four digits
   */
  public static FundPeriod between(LocalDate first, LocalDate last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first) || first.getYear() < 1000 || last.getYear() > 9999) {
      throw new IllegalArgumentException("Invalid fund period " + first + ".." + last);
    }
    return new FundPeriod(first, last);
  }

  /**
   * Obtains a period from its text form, {@code 2026} or {@code 2026-03-01..2027-02-28}.
   *
   * @param text the text, not null
   * @return the period, never null
   * @throws IllegalArgumentException if the text is not of either form
   */
  public static FundPeriod parse(String text) {
    if (YEAR.matcher(text).matches()) {
      return ofYear(Integer.parseInt(text));
    }
    int dots = text.indexOf("..");
    if (dots < 0) {
      throw new IllegalArgumentException("Fund period must be a year or first..last: " + text);
    }
    try {
      return between(LocalDate.parse(text.substring(0, dots)), LocalDate.parse(text.substring(dots + 2)));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Fund period must be a year or first..last: " + text, e);
    }
  }

  /**
   * Returns the first day of the period.
   *
   * @return the day, never null
   */
  public LocalDate first() {
    return first;
  }

  /**
   * Returns the last day of the period.
   *
   * @return the day, never null
   */
  public LocalDate last() {
    return last;
  }

  /**
   * Returns whether a day falls in the period.
   *
   * @param day the day, not null
   * @return true if on or after the first and on or before the last day
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(first) && !day.isAfter(last);
  }

  private boolean isCalendarYear() {
    return first.getDayOfYear() == 1 && last.equals(first.withMonth(12).withDayOfMonth(31));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FundPeriod other && other.first.equals(first) && other.last.equals(last);
  }

  @Override
  public int hashCode() {
    return first.hashCode() * 31 + last.hashCode();
  }

  /** Returns {@code 2026} for a calendar year, else {@code first..last}; {@link #parse} accepts it. */
  @Override
  public String toString() {
    return isCalendarYear() ? Integer.toString(first.getYear()) : first + ".." + last;
  }
}
