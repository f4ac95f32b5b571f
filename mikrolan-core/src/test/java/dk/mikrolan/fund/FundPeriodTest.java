package dk.mikrolan.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FundPeriodTest {

  @Test
  void aCalendarYearPrintsAsTheYearAndParsesBack() {
    FundPeriod year = FundPeriod.ofYear(2026);
    assertThat(year.toString()).isEqualTo("2026");
    assertThat(FundPeriod.parse("2026")).isEqualTo(year).hasSameHashCodeAs(year);
    assertThat(FundPeriod.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).isEqualTo(year);
  }

  @Test
  void anyOtherSpanPrintsAsFirstAndLastDayAndParsesBack() {
    FundPeriod span = FundPeriod.between(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28));
    assertThat(span.toString()).isEqualTo("2026-03-01..2027-02-28");
    assertThat(FundPeriod.parse(span.toString())).isEqualTo(span);
  }

  @Test
  void containsBothEnds() {
    FundPeriod year = FundPeriod.ofYear(2026);
    assertThat(year.contains(LocalDate.of(2026, 1, 1))).isTrue();
    assertThat(year.contains(LocalDate.of(2026, 12, 31))).isTrue();
    assertThat(year.contains(LocalDate.of(2027, 1, 1))).isFalse();
    assertThat(year.contains(LocalDate.of(2025, 12, 31))).isFalse();
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> FundPeriod.parse("26")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FundPeriod.parse("2026-13-01..2027-01-01")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FundPeriod.between(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FundPeriod.ofYear(999)).isInstanceOf(IllegalArgumentException.class);
  }
}
