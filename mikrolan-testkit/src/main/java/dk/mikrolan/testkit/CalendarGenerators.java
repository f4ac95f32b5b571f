package dk.mikrolan.testkit;

import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.calendar.ClosingDayRule;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of dates for property tests of the banking calendar.
 *
 * <p>Uniform dates rarely land on the stretches where closing days chain into long runs (Easter,
 * Christmas to New Year), so the generators mix those in on purpose.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CalendarGenerators {

  private static final List<MonthDay> YEAR_END_DAYS =
      List.of(
          MonthDay.of(12, 22),
          MonthDay.of(12, 23),
          MonthDay.of(12, 24),
          MonthDay.of(12, 25),
          MonthDay.of(12, 26),
          MonthDay.of(12, 27),
          MonthDay.of(12, 28),
          MonthDay.of(12, 29),
          MonthDay.of(12, 30),
          MonthDay.of(12, 31));

  private CalendarGenerators() {}

  /**
   * Returns a generator of dates in the banking calendar's years, {@link BankingCalendar#MIN_YEAR}
   * to {@link BankingCalendar#MAX_YEAR}, with the days around Easter, Christmas and New Year
   * generated more often than a uniform draw would.
   *
   * @return the generator, never null
   */
  public static Gen<LocalDate> datesInCalendarYears() {
    return datesBetween(
            LocalDate.of(BankingCalendar.MIN_YEAR, 1, 1),
            LocalDate.of(BankingCalendar.MAX_YEAR, 12, 31))
        .mix(yearEndDays(), 15)
        .mix(daysAroundEaster(), 15);
  }

  /**
   * Returns a generator of dates between two days, both included, uniformly, shrinking towards the
   * first.
   *
   * @param first the first day, not null
   * @param last the last day, not null, not before {@code first}
   * @return the generator, never null
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public static Gen<LocalDate> datesBetween(LocalDate first, LocalDate last) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("Empty range: " + first + " to " + last);
    }
    return Generate.longRange(first.toEpochDay(), last.toEpochDay()).map(LocalDate::ofEpochDay);
  }

  /**
   * Returns a generator of the days from 22 to 31 December in the calendar's years, where
   * Christmas, New Year's Eve and weekends chain into the longest runs without a banking day.
   *
   * @return the generator, never null
   */
  public static Gen<LocalDate> yearEndDays() {
    return Generate.range(BankingCalendar.MIN_YEAR, BankingCalendar.MAX_YEAR)
        .zip(Generate.pick(YEAR_END_DAYS), (year, day) -> day.atYear(year));
  }

  /**
   * Returns a generator of the days from the Saturday before Palm Sunday to the Tuesday after
   * Easter Monday in the calendar's years, where Maundy Thursday, Good Friday, the weekend and
   * Easter Monday chain into a five-day run without a banking day.
   *
   * @return the generator, never null
   */
  public static Gen<LocalDate> daysAroundEaster() {
    return Generate.range(BankingCalendar.MIN_YEAR, BankingCalendar.MAX_YEAR)
        .zip(
            Generate.range(-6, 4),
            (year, daysFromGoodFriday) ->
                ClosingDayRule.GOOD_FRIDAY.dateIn(year).plusDays(daysFromGoodFriday));
  }
}
