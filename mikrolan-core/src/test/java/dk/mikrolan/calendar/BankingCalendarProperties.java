package dk.mikrolan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dk.mikrolan.testkit.CalendarGenerators;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BankingCalendarProperties {

  private static final int EXAMPLES = 3_000;
  private static final BankingCalendar DANISH = BankingCalendar.danish();

  @Test
  void movesEveryDateToTheFirstBankingDayWithinAWeek() {
    qt().withExamples(EXAMPLES)
        .forAll(CalendarGenerators.datesInCalendarYears())
        .checkAssert(
            date -> {
              LocalDate moved = DANISH.onOrNextBankingDay(date);

              assertThat(DANISH.isBankingDay(moved)).as("%s is a banking day", moved).isTrue();
              assertThat(moved).isAfterOrEqualTo(date).isBefore(date.plusDays(7));
              for (LocalDate between = date;
                  between.isBefore(moved);
                  between = between.plusDays(1)) {
                assertThat(DANISH.isBankingDay(between))
                    .as("%s lies before %s, the next banking day after %s", between, moved, date)
                    .isFalse();
              }
            });
  }

  @Test
  void keepsBankingDaysWhereTheyAre() {
    qt().withExamples(EXAMPLES)
        .forAll(CalendarGenerators.datesInCalendarYears())
        .checkAssert(
            date -> {
              if (DANISH.isBankingDay(date)) {
                assertThat(DANISH.onOrNextBankingDay(date)).isEqualTo(date);
              } else {
                assertThat(DANISH.onOrNextBankingDay(date)).isAfter(date);
              }
            });
  }

  @Test
  void neverOpensOnAWeekendOrAClosingDay() {
    qt().withExamples(EXAMPLES)
        .forAll(CalendarGenerators.datesInCalendarYears())
        .checkAssert(
            date -> {
              boolean weekend = date.getDayOfWeek().getValue() >= 6;
              assertThat(DANISH.isBankingDay(date))
                  .isEqualTo(!weekend && !DANISH.isClosingDay(date));
              assertThat(DANISH.closingDays(date.getYear()).contains(date))
                  .isEqualTo(DANISH.isClosingDay(date));
            });
  }
}
