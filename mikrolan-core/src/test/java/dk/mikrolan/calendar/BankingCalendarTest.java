package dk.mikrolan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.mikrolan.rules.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BankingCalendarTest {

  private static final BankingCalendar DANISH = BankingCalendar.danish();

  // Danmarks Nationalbank, "Banklukkedage" (DOMAIN.md §6). The lists name some weekend closing
  // days and leave out others, so the test compares banking days, never the lists themselves.
  private static final Set<LocalDate> NATIONALBANKEN_2026 =
      Set.of(
          LocalDate.of(2026, 1, 1),
          LocalDate.of(2026, 4, 2),
          LocalDate.of(2026, 4, 3),
          LocalDate.of(2026, 4, 6),
          LocalDate.of(2026, 5, 14),
          LocalDate.of(2026, 5, 15),
          LocalDate.of(2026, 5, 25),
          LocalDate.of(2026, 6, 5),
          LocalDate.of(2026, 12, 24),
          LocalDate.of(2026, 12, 25),
          LocalDate.of(2026, 12, 26),
          LocalDate.of(2026, 12, 31));

  private static final Set<LocalDate> NATIONALBANKEN_2027 =
      Set.of(
          LocalDate.of(2027, 1, 1),
          LocalDate.of(2027, 3, 25),
          LocalDate.of(2027, 3, 26),
          LocalDate.of(2027, 3, 29),
          LocalDate.of(2027, 5, 6),
          LocalDate.of(2027, 5, 7),
          LocalDate.of(2027, 5, 17),
          LocalDate.of(2027, 6, 5),
          LocalDate.of(2027, 12, 24),
          LocalDate.of(2027, 12, 31));

  // The Danish Bankers' Association's list for 2006: Store Bededag, no Friday after Ascension.
  private static final Set<LocalDate> BANKERS_ASSOCIATION_2006 =
      Set.of(
          LocalDate.of(2006, 1, 1),
          LocalDate.of(2006, 4, 13),
          LocalDate.of(2006, 4, 14),
          LocalDate.of(2006, 4, 17),
          LocalDate.of(2006, 5, 12),
          LocalDate.of(2006, 5, 25),
          LocalDate.of(2006, 6, 5),
          LocalDate.of(2006, 12, 24),
          LocalDate.of(2006, 12, 25),
          LocalDate.of(2006, 12, 26),
          LocalDate.of(2006, 12, 31));

  private static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  /** Returns every day of the year on which the calendar disagrees with the published list. */
  private static List<String> disagreementsWithList(
      BankingCalendar calendar, int year, Set<LocalDate> publishedClosingDays) {
    List<String> disagreements = new ArrayList<>();
    for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
      boolean expected = !isWeekend(day) && !publishedClosingDays.contains(day);
      if (calendar.isBankingDay(day) != expected) {
        disagreements.add(day + " (" + day.getDayOfWeek() + ") expected banking day " + expected);
      }
    }
    return disagreements;
  }

  // --- the published lists, day by day ---

  @Test
  void agreesWithNationalbankenOnEveryDayOf2026() {
    assertThat(disagreementsWithList(DANISH, 2026, NATIONALBANKEN_2026)).isEmpty();
  }

  @Test
  void agreesWithNationalbankenOnEveryDayOf2027() {
    assertThat(disagreementsWithList(DANISH, 2027, NATIONALBANKEN_2027)).isEmpty();
  }

  @Test
  void agreesWithTheBankersAssociationOnEveryDayOf2006() {
    assertThat(disagreementsWithList(DANISH, 2006, BANKERS_ASSOCIATION_2006)).isEmpty();
  }

  @Test
  void keepsTheFridayAfterAscensionOpenIn2006() {
    assertThat(DANISH.isBankingDay(LocalDate.of(2006, 5, 26))).isTrue();
  }

  @Test
  void listsClosingDaysOnWeekendsToo() {
    assertThat(DANISH.closingDays(2026))
        .containsExactlyElementsOf(NATIONALBANKEN_2026.stream().sorted().toList());
    // 25 and 26 December 2027 fall on a weekend: Nationalbanken leaves them out, the rules don't.
    assertThat(DANISH.closingDays(2027))
        .containsAll(NATIONALBANKEN_2027)
        .contains(LocalDate.of(2027, 12, 25), LocalDate.of(2027, 12, 26))
        .hasSize(NATIONALBANKEN_2027.size() + 2)
        .isSorted();
    assertThat(DANISH.isClosingDay(LocalDate.of(2026, 12, 26))).isTrue();
    assertThat(DANISH.isClosingDay(LocalDate.of(2026, 12, 27))).isFalse();
  }

  // --- dated rules ---

  @Test
  void closesOnStoreBededagUpTo2023() {
    assertThat(DANISH.isBankingDay(LocalDate.of(2023, 5, 5))).isFalse();
  }

  @Test
  void opensOnStoreBededagFrom2024() {
    assertThat(DANISH.isBankingDay(LocalDate.of(2024, 4, 26))).isTrue();
    assertThat(DANISH.isClosingDay(LocalDate.of(2024, 4, 26))).isFalse();
  }

  @Test
  void closesOnTheFridayAfterAscensionFrom2009() {
    assertThat(DANISH.isBankingDay(LocalDate.of(2009, 5, 22))).isFalse();
  }

  @Test
  void opensOnTheFridayAfterAscensionIn2008() {
    assertThat(DANISH.isBankingDay(LocalDate.of(2008, 5, 2))).isTrue();
  }

  @Test
  void reportsTheYearsOfEachRule() {
    Map<ClosingDayRule, List<Integer>> years = DANISH.ruleYears();

    assertThat(years).containsOnlyKeys(ClosingDayRule.values());
    assertThat(years.get(ClosingDayRule.GENERAL_PRAYER_DAY)).containsExactly(2000, 2023);
    assertThat(years.get(ClosingDayRule.FRIDAY_AFTER_ASCENSION))
        .containsExactly(2009, Integer.MAX_VALUE);
    assertThat(ClosingDayRule.GENERAL_PRAYER_DAY.defaultLastYear()).hasValue(2023);
    assertThat(ClosingDayRule.NEW_YEARS_DAY.defaultLastYear()).isEmpty();
  }

  @Test
  void doesNotShareItsRuleYears() {
    assertThatThrownBy(() -> DANISH.ruleYears().get(ClosingDayRule.GENERAL_PRAYER_DAY).set(1, 2199))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> DANISH.ruleYears().remove(ClosingDayRule.GENERAL_PRAYER_DAY))
        .isInstanceOf(UnsupportedOperationException.class);

    assertThat(DANISH.ruleYears().get(ClosingDayRule.GENERAL_PRAYER_DAY))
        .containsExactly(2000, 2023);
    assertThat(DANISH.isBankingDay(LocalDate.of(2024, 4, 26))).isTrue();
  }

  // --- moving a due date ---

  @ParameterizedTest(name = "{0} moves to {1}")
  @CsvSource({
    "2026-04-02, 2026-04-07", // Maundy Thursday, Good Friday, weekend, Easter Monday
    "2026-04-03, 2026-04-07", // Good Friday
    "2026-12-24, 2026-12-28", // Christmas Eve on a Thursday: 24, 25, 26 closed, 27 a Sunday
    "2027-12-31, 2028-01-03", // New Year's Eve on a Friday, New Year's Day on a Saturday
    "2026-05-14, 2026-05-18", // Ascension and the Friday after
    "2026-06-05, 2026-06-08", // Grundlovsdag on a Friday
    "2026-10-10, 2026-10-12", // an ordinary Saturday
    "2026-10-12, 2026-10-12", // a banking day stays
    "2199-12-31, 2200-01-02" // into the year after the calendar's last
  })
  void movesDueDateToTheNextBankingDay(LocalDate due, LocalDate expected) {
    assertThat(DANISH.onOrNextBankingDay(due)).isEqualTo(expected);
    assertThat(DANISH.isBankingDay(expected)).isTrue();
  }

  @Test
  void movesDueDateOffGoodFriday() {
    assertThat(DANISH.onOrNextBankingDay(LocalDate.of(2027, 3, 26)))
        .isEqualTo(LocalDate.of(2027, 3, 30));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1999-12-31", "1900-01-01", "2200-02-01", "2300-06-15"})
  void refusesDatesOutsideItsYears(LocalDate outside) {
    assertThatThrownBy(() -> DANISH.isBankingDay(outside))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(outside.toString());
    assertThatThrownBy(() -> DANISH.isClosingDay(outside))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DANISH.onOrNextBankingDay(outside))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BankingCalendar.builder().addClosingDay(outside))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BankingCalendar.builder().removeClosingDay(outside))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void answersOnItsFirstAndLastDays() {
    assertThat(DANISH.isBankingDay(LocalDate.of(2000, 1, 1))).isFalse();
    assertThat(DANISH.isBankingDay(LocalDate.of(2000, 1, 3))).isTrue();
    assertThat(DANISH.isClosingDay(LocalDate.of(2199, 12, 31))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {1999, 2200, -5})
  void refusesClosingDaysOfYearsOutsideItsRange(int year) {
    assertThatThrownBy(() -> DANISH.closingDays(year)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void coversExactlyItsYears() {
    assertThat(BankingCalendar.covers(LocalDate.of(2000, 1, 1))).isTrue();
    assertThat(BankingCalendar.covers(LocalDate.of(2199, 12, 31))).isTrue();
    assertThat(BankingCalendar.covers(LocalDate.of(1999, 12, 31))).isFalse();
    assertThat(BankingCalendar.covers(LocalDate.of(2200, 1, 1))).isFalse();
  }

  // --- a host's changes ---

  @Test
  void laterFirstYearOfTheFridayAfterAscensionOpensEarlierYears() {
    BankingCalendar calendar =
        BankingCalendar.builder().firstYear(ClosingDayRule.FRIDAY_AFTER_ASCENSION, 2010).build();

    assertThat(calendar.isBankingDay(LocalDate.of(2009, 5, 22))).isTrue();
    assertThat(calendar.isBankingDay(LocalDate.of(2010, 5, 14))).isFalse();
  }

  @Test
  void earlierFirstYearOfTheFridayAfterAscensionClosesEarlierYears() {
    BankingCalendar calendar =
        BankingCalendar.builder().firstYear(ClosingDayRule.FRIDAY_AFTER_ASCENSION, 2008).build();

    assertThat(calendar.isBankingDay(LocalDate.of(2008, 5, 2))).isFalse();
    assertThat(calendar.isBankingDay(LocalDate.of(2006, 5, 26))).isTrue();
  }

  @Test
  void laterLastYearKeepsStoreBededagClosed() {
    BankingCalendar calendar =
        BankingCalendar.builder().lastYear(ClosingDayRule.GENERAL_PRAYER_DAY, 2024).build();

    assertThat(calendar.isBankingDay(LocalDate.of(2024, 4, 26))).isFalse();
    assertThat(calendar.isBankingDay(LocalDate.of(2025, 5, 16))).isTrue();
  }

  @Test
  void addsAOneOffClosingDay() {
    BankingCalendar calendar =
        BankingCalendar.builder().addClosingDay(LocalDate.of(2031, 5, 2)).build();

    assertThat(calendar.isBankingDay(LocalDate.of(2031, 5, 2))).isFalse();
    assertThat(calendar.isClosingDay(LocalDate.of(2031, 5, 2))).isTrue();
    assertThat(calendar.onOrNextBankingDay(LocalDate.of(2031, 5, 2)))
        .isEqualTo(LocalDate.of(2031, 5, 5));
    assertThat(DANISH.isBankingDay(LocalDate.of(2031, 5, 2))).isTrue();
  }

  @Test
  void removesAClosingDay() {
    BankingCalendar calendar =
        BankingCalendar.builder().removeClosingDay(LocalDate.of(2030, 12, 24)).build();

    assertThat(calendar.isBankingDay(LocalDate.of(2030, 12, 24))).isTrue();
    assertThat(calendar.isClosingDay(LocalDate.of(2030, 12, 24))).isFalse();
    assertThat(calendar.isBankingDay(LocalDate.of(2030, 12, 25))).isFalse();
  }

  @Test
  void keepsWeekendsClosedWhenAClosingDayOnThemIsRemoved() {
    BankingCalendar calendar =
        BankingCalendar.builder().removeClosingDay(LocalDate.of(2026, 12, 26)).build();

    assertThat(calendar.isClosingDay(LocalDate.of(2026, 12, 26))).isFalse();
    assertThat(calendar.isBankingDay(LocalDate.of(2026, 12, 26))).isFalse();
  }

  @Test
  void letsTheLastOfAddAndRemoveForTheSameDayWin() {
    LocalDate day = LocalDate.of(2031, 5, 2);

    assertThat(
            BankingCalendar.builder()
                .addClosingDay(day)
                .removeClosingDay(day)
                .build()
                .isBankingDay(day))
        .isTrue();
    assertThat(
            BankingCalendar.builder()
                .removeClosingDay(day)
                .addClosingDay(day)
                .build()
                .isBankingDay(day))
        .isFalse();
  }

  @Test
  void leavesOutARule() {
    BankingCalendar calendar =
        BankingCalendar.builder().withoutRule(ClosingDayRule.CONSTITUTION_DAY).build();

    assertThat(calendar.isBankingDay(LocalDate.of(2026, 6, 5))).isTrue();
    assertThat(calendar.ruleYears()).doesNotContainKey(ClosingDayRule.CONSTITUTION_DAY);
    assertThat(calendar.closingDays(2026)).doesNotContain(LocalDate.of(2026, 6, 5));
  }

  @Test
  void revivesALeftOutRuleWhenItsYearsAreSetAfterwards() {
    BankingCalendar calendar =
        BankingCalendar.builder()
            .withoutRule(ClosingDayRule.CONSTITUTION_DAY)
            .firstYear(ClosingDayRule.CONSTITUTION_DAY, 2027)
            .build();

    assertThat(calendar.isBankingDay(LocalDate.of(2026, 6, 5))).isTrue();
    assertThat(calendar.isClosingDay(LocalDate.of(2027, 6, 5))).isTrue();
  }

  // --- properties file ---

  @Test
  void readsAHostsPropertiesFile() {
    Properties properties = new Properties();
    properties.setProperty("rule.FRIDAY_AFTER_ASCENSION.first-year", "2010");
    properties.setProperty("rule.GENERAL_PRAYER_DAY.last-year", " 2024 ");
    properties.setProperty("rule.CONSTITUTION_DAY.enabled", "false");
    properties.setProperty("rule.WHIT_MONDAY.enabled", "true");
    properties.setProperty("closing-days.add", "2031-05-02, 2031-05-09,");
    properties.setProperty("closing-days.remove", "2030-12-24");

    Validation<Seq<Violation>, BankingCalendar> read = BankingCalendar.fromProperties(properties);

    BankingCalendar expected =
        BankingCalendar.builder()
            .firstYear(ClosingDayRule.FRIDAY_AFTER_ASCENSION, 2010)
            .lastYear(ClosingDayRule.GENERAL_PRAYER_DAY, 2024)
            .withoutRule(ClosingDayRule.CONSTITUTION_DAY)
            .addClosingDay(LocalDate.of(2031, 5, 2))
            .addClosingDay(LocalDate.of(2031, 5, 9))
            .removeClosingDay(LocalDate.of(2030, 12, 24))
            .build();
    assertThat(read.isValid()).as("violations: %s", read).isTrue();
    assertThat(read.get()).isEqualTo(expected);
    assertThat(read.get().isBankingDay(LocalDate.of(2009, 5, 22))).isTrue();
    assertThat(read.get().isBankingDay(LocalDate.of(2031, 5, 9))).isFalse();
  }

  @Test
  void readsAnEmptyPropertiesFileAsTheDanishCalendar() {
    assertThat(BankingCalendar.fromProperties(new Properties()).get()).isEqualTo(DANISH);
  }

  @Test
  void reportsEveryBadKeyOfAPropertiesFile() {
    Properties properties = new Properties();
    properties.setProperty("rule.FRIDAY_AFTER_ASCENSION.first-year", "twenty-ten");
    properties.setProperty("rule.NO_SUCH_RULE.enabled", "false");
    properties.setProperty("rule.CONSTITUTION_DAY.enabled", "maybe");
    properties.setProperty("rule.WHIT_MONDAY.last-yaer", "2030");
    properties.setProperty("closing-days.add", "2031-02-30");
    properties.setProperty("closing-days.remove", "1999-12-24");
    properties.setProperty("calendar.colour", "blue");
    properties.setProperty("rule.GENERAL_PRAYER_DAY.last-year", "2024");

    Validation<Seq<Violation>, BankingCalendar> read = BankingCalendar.fromProperties(properties);

    assertThat(read.isInvalid()).isTrue();
    assertThat(read.getError().asJava())
        .allSatisfy(v -> assertThat(v.code()).isEqualTo("CALENDAR_PROPERTY_INVALID"))
        .extracting(Violation::field)
        .containsExactlyInAnyOrder(
            "rule.FRIDAY_AFTER_ASCENSION.first-year",
            "rule.NO_SUCH_RULE.enabled",
            "rule.CONSTITUTION_DAY.enabled",
            "rule.WHIT_MONDAY.last-yaer",
            "closing-days.add",
            "closing-days.remove",
            "calendar.colour");
    assertThat(read.getError().asJava())
        .filteredOn(v -> v.field().equals("rule.FRIDAY_AFTER_ASCENSION.first-year"))
        .singleElement()
        .satisfies(v -> assertThat(v.english()).contains("twenty-ten"));
  }

  @Test
  void disablesARuleEvenWhenItsFirstYearIsSetToo() {
    // "enabled" sorts before "first-year": the switch must still win over the year setting.
    Properties properties = new Properties();
    properties.setProperty("rule.FRIDAY_AFTER_ASCENSION.enabled", "false");
    properties.setProperty("rule.FRIDAY_AFTER_ASCENSION.first-year", "2005");
    properties.setProperty("rule.FRIDAY_AFTER_ASCENSION.last-year", "2150");

    BankingCalendar calendar = BankingCalendar.fromProperties(properties).get();

    assertThat(calendar.isBankingDay(LocalDate.of(2026, 5, 15))).isTrue();
    assertThat(calendar.isBankingDay(LocalDate.of(2006, 5, 26))).isTrue();
    assertThat(calendar.ruleYears()).doesNotContainKey(ClosingDayRule.FRIDAY_AFTER_ASCENSION);
  }

  // --- equality ---

  @Test
  void equalsAnotherCalendarWithTheSameDays() {
    BankingCalendar sameDays =
        BankingCalendar.builder()
            .firstYear(
                ClosingDayRule.FRIDAY_AFTER_ASCENSION,
                ClosingDayRule.FRIDAY_AFTER_ASCENSION_FIRST_YEAR)
            .build();
    BankingCalendar otherDays =
        BankingCalendar.builder().addClosingDay(LocalDate.of(2031, 5, 2)).build();

    assertThat(BankingCalendar.builder().build()).isEqualTo(DANISH).hasSameHashCodeAs(DANISH);
    assertThat(sameDays).isEqualTo(DANISH).hasSameHashCodeAs(DANISH);
    assertThat(otherDays).isNotEqualTo(DANISH);
    assertThat(DANISH).isNotEqualTo(null).isNotEqualTo("calendar");
  }

  @Test
  void namesItsChangesInToString() {
    BankingCalendar calendar =
        BankingCalendar.builder()
            .withoutRule(ClosingDayRule.CONSTITUTION_DAY)
            .addClosingDay(LocalDate.of(2031, 5, 2))
            .build();

    assertThat(calendar.toString())
        .contains("2031-05-02")
        .doesNotContain("CONSTITUTION_DAY")
        .contains("NEW_YEARS_DAY");
  }

  @Test
  void givesEachRuleItsDateInAYear() {
    assertThat(ClosingDayRule.MAUNDY_THURSDAY.dateIn(2026)).isEqualTo(LocalDate.of(2026, 4, 2));
    assertThat(ClosingDayRule.GENERAL_PRAYER_DAY.dateIn(2023)).isEqualTo(LocalDate.of(2023, 5, 5));
    assertThat(ClosingDayRule.ASCENSION_DAY.dateIn(2027)).isEqualTo(LocalDate.of(2027, 5, 6));
    assertThat(ClosingDayRule.WHIT_MONDAY.dateIn(2027)).isEqualTo(LocalDate.of(2027, 5, 17));
    assertThat(ClosingDayRule.CONSTITUTION_DAY.dateIn(2027)).isEqualTo(LocalDate.of(2027, 6, 5));
    assertThat(ClosingDayRule.GOOD_FRIDAY.danishName()).isEqualTo("Langfredag");
  }
}
