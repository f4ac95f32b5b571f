package dk.mikrolan.calendar;

import java.time.LocalDate;

/** Easter Sunday in the Gregorian calendar, which Denmark's movable holidays hang on. */
final class Easter {

  private Easter() {}

  /**
   * Returns Easter Sunday of a year by the anonymous Gregorian algorithm (Meeus/Jones/Butcher),
   * exact for every Gregorian year.
   */
  static LocalDate sunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
