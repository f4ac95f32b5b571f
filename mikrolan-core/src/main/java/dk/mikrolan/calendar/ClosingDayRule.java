package dk.mikrolan.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.OptionalInt;
import java.util.function.IntFunction;

/**
 * The rules that make a weekday a Danish bank closing day (banklukkedag), each with the years it
 * applies by default.
 *
 * <p>Source: Danmarks Nationalbank, "Banklukkedage" (nationalbanken.dk), whose lists for 2026
 * and 2027 these rules reproduce; the Danish Bankers' Association's list for 2006; lov nr. 153 of
 * 28 February 2023 abolishing Store Bededag as a public holiday from 2024. A host overrides the
 * years through {@link BankingCalendar.Builder} or its properties file.
 */
public enum ClosingDayRule {
  /** New Year's Day (nytårsdag), 1 January. */
  NEW_YEARS_DAY("Nytårsdag", fixed(1, 1), 0, null),
  /** Maundy Thursday (skærtorsdag), three days before Easter Sunday. */
  MAUNDY_THURSDAY("Skærtorsdag", easter(-3), 0, null),
  /** Good Friday (langfredag), two days before Easter Sunday. */
  GOOD_FRIDAY("Langfredag", easter(-2), 0, null),
  /** Easter Monday (2. påskedag). */
  EASTER_MONDAY("2. påskedag", easter(1), 0, null),
  /**
   * General Prayer Day (store bededag), the fourth Friday after Easter; a public holiday up to and
   * including 2023, abolished from 2024 by lov nr. 153 af 28. februar 2023.
   */
  GENERAL_PRAYER_DAY("Store bededag", easter(26), 0, 2023),
  /** Ascension Day (Kristi himmelfartsdag), 39 days after Easter Sunday. */
  ASCENSION_DAY("Kristi himmelfartsdag", easter(39), 0, null),
  /**
   * The Friday after Ascension Day, a bank closing day but not a public holiday. Absent from the
   * Danish Bankers' Association's 2006 list and present in Nationalbanken's lists since; its
   * first year is {@value #FRIDAY_AFTER_ASCENSION_FIRST_YEAR} by default (see the README).
   */
  FRIDAY_AFTER_ASCENSION(
      "Fredag efter Kristi himmelfartsdag", easter(40), ClosingDayRule.FRIDAY_AFTER_ASCENSION_FIRST_YEAR, null),
  /** Whit Monday (2. pinsedag), 50 days after Easter Sunday. */
  WHIT_MONDAY("2. pinsedag", easter(50), 0, null),
  /** Constitution Day (grundlovsdag), 5 June. */
  CONSTITUTION_DAY("Grundlovsdag", fixed(6, 5), 0, null),
  /** Christmas Eve (juleaftensdag), 24 December. */
  CHRISTMAS_EVE("Juleaftensdag", fixed(12, 24), 0, null),
  /** Christmas Day (juledag), 25 December. */
  CHRISTMAS_DAY("Juledag", fixed(12, 25), 0, null),
  /** Boxing Day (2. juledag), 26 December. */
  BOXING_DAY("2. juledag", fixed(12, 26), 0, null),
  /** New Year's Eve (nytårsaftensdag), 31 December. */
  NEW_YEARS_EVE("Nytårsaftensdag", fixed(12, 31), 0, null);

  /** The believed first year of {@link #FRIDAY_AFTER_ASCENSION}; override when better known. */
  public static final int FRIDAY_AFTER_ASCENSION_FIRST_YEAR = 2009;

  private final String danishName;
  private final IntFunction<LocalDate> dateInYear;
  private final int defaultFirstYear;
  private final int defaultLastYear;

  ClosingDayRule(String danishName, IntFunction<LocalDate> dateInYear, int firstYear, Integer lastYear) {
    this.danishName = danishName;
    this.dateInYear = dateInYear;
    this.defaultFirstYear = Math.max(firstYear, BankingCalendar.MIN_YEAR);
    this.defaultLastYear = lastYear == null ? Integer.MAX_VALUE : lastYear;
  }

  private static IntFunction<LocalDate> fixed(int month, int day) {
    MonthDay monthDay = MonthDay.of(month, day);
    return monthDay::atYear;
  }

  private static IntFunction<LocalDate> easter(int daysAfterEasterSunday) {
    return year -> Easter.sunday(year).plusDays(daysAfterEasterSunday);
  }

  /**
   * Returns the Danish name used in letters and Nationalbanken's lists.
   *
   * @return the name, never null
   */
  public String danishName() {
    return danishName;
  }

  /**
   * Returns the date this rule gives in a year, whether or not the rule applies that year.
   *
   * @param year the year
   * @return the date, never null
   */
  public LocalDate dateIn(int year) {
    return dateInYear.apply(year);
  }

  /**
   * Returns the first year the rule applies by default.
   *
   * @return the year; {@link BankingCalendar#MIN_YEAR} for rules older than the calendar's range
   */
  public int defaultFirstYear() {
    return defaultFirstYear;
  }

  /**
   * Returns the last year the rule applies by default, if it has ended.
   *
   * @return the last year, or empty while the rule still applies
   */
  public OptionalInt defaultLastYear() {
    return defaultLastYear == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(defaultLastYear);
  }
}
