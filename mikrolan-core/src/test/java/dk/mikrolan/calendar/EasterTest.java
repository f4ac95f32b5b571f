package dk.mikrolan.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EasterTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2000-04-23",
        "2008-03-23",
        "2011-04-24",
        "2019-04-21",
        "2024-03-31",
        "2026-04-05",
        "2027-03-28",
        "2038-04-25",
        "2285-03-22"
      })
  void findsKnownEasterSundays(LocalDate easterSunday) {
    assertThat(Easter.sunday(easterSunday.getYear())).isEqualTo(easterSunday);
  }

  @Test
  void fallsOnASundayBetween22MarchAnd25April() {
    for (int year = 1583; year <= 4099; year++) {
      LocalDate sunday = Easter.sunday(year);
      assertThat(sunday.getDayOfWeek()).as("%s", sunday).isEqualTo(DayOfWeek.SUNDAY);
      assertThat(sunday).isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
    }
  }
}
