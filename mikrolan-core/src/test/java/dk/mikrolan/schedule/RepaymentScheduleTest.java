package dk.mikrolan.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.calendar.ClosingDayRule;
import dk.mikrolan.money.DkkAmount;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepaymentScheduleTest {

  private static final BankingCalendar CALENDAR = BankingCalendar.danish();

  // Amounts

  @Test
  void givesTheSubUnitOreToTheFirstInstalment() {
    RepaymentSchedule schedule =
        RepaymentSchedule.of(
            terms("1000.50", LocalDate.of(2026, 3, 2), Frequency.MONTHLY, RepaymentPlan.byCount(3))
                .roundingUnit(RoundingUnit.WHOLE_KRONER)
                .build(),
            CALENDAR);

    assertThat(amounts(schedule)).containsExactly("DKK 334.50", "DKK 333.00", "DKK 333.00");
    assertThat(DkkAmount.of(schedule.total())).isEqualTo(kr("1000.50"));
  }

  @Test
  void givesTheLeftoverUnitsToTheFirstInstalments() {
    assertThat(RepaymentSchedule.amountsInOre(kr("1000"), RepaymentPlan.byCount(3), RoundingUnit.ORE))
        .containsExactly(33_334L, 33_333L, 33_333L);
    assertThat(RepaymentSchedule.amountsInOre(kr("1001"), RepaymentPlan.byCount(3), RoundingUnit.WHOLE_KRONER))
        .containsExactly(33_400L, 33_400L, 33_300L);
    assertThat(RepaymentSchedule.amountsInOre(kr("1000.02"), RepaymentPlan.byCount(3), RoundingUnit.ORE))
        .containsExactly(33_334L, 33_334L, 33_334L);
  }

  @Test
  void repaysTheCeilingAtTwoHundredKronerAMonthInTwoHundredAndFiftyInstalments() {
    RepaymentSchedule schedule =
        RepaymentSchedule.of(
            terms("50000", LocalDate.of(2026, 2, 2), Frequency.MONTHLY, RepaymentPlan.byAmount(kr("200"))).build(),
            CALENDAR);

    assertThat(schedule.instalments()).hasSize(250);
    assertThat(schedule.instalments()).allMatch(i -> i.exactAmount().equals(kr("200")));
    assertThat(schedule.instalments().get(249).nominalDate()).isEqualTo(LocalDate.of(2046, 11, 2));
  }

  @Test
  void putsTheRemainderOfAFixedAmountInTheLastInstalment() {
    assertThat(RepaymentSchedule.amountsInOre(kr("1000"), RepaymentPlan.byAmount(kr("300")), RoundingUnit.ORE))
        .containsExactly(30_000L, 30_000L, 30_000L, 10_000L);
    assertThat(
            RepaymentSchedule.amountsInOre(
                kr("1000.50"), RepaymentPlan.byAmount(kr("300")), RoundingUnit.WHOLE_KRONER))
        .containsExactly(30_000L, 30_000L, 30_000L, 10_050L);
  }

  @Test
  void endsWithAFullInstalmentWhenTheAmountDividesThePrincipal() {
    assertThat(RepaymentSchedule.amountsInOre(kr("1000"), RepaymentPlan.byAmount(kr("250")), RoundingUnit.ORE))
        .containsExactly(25_000L, 25_000L, 25_000L, 25_000L);
  }

  @Test
  void repaysInOneInstalmentWhenTheAmountExceedsThePrincipal() {
    assertThat(RepaymentSchedule.amountsInOre(kr("1000"), RepaymentPlan.byAmount(kr("5000")), RoundingUnit.ORE))
        .containsExactly(100_000L);
  }

  @Test
  void allowsAsManyInstalmentsAsWholeUnits() {
    assertThat(RepaymentSchedule.amountsInOre(kr("10.99"), RepaymentPlan.byCount(10), RoundingUnit.WHOLE_KRONER))
        .containsExactly(199L, 100L, 100L, 100L, 100L, 100L, 100L, 100L, 100L, 100L);
  }

  @Test
  void allowsOneInstalmentOfLessThanAUnit() {
    assertThat(RepaymentSchedule.amountsInOre(kr("0.50"), RepaymentPlan.byCount(1), RoundingUnit.WHOLE_KRONER))
        .containsExactly(50L);
    assertThat(RepaymentSchedule.maxCount(kr("0.50"), RoundingUnit.WHOLE_KRONER)).isEqualTo(1);
  }

  @Test
  void rejectsMoreInstalmentsThanWholeUnits() {
    assertThatThrownBy(
            () -> RepaymentSchedule.amountsInOre(kr("10.99"), RepaymentPlan.byCount(11), RoundingUnit.WHOLE_KRONER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("11 instalments leave some empty: the principal has 10 whole units");
  }

  @Test
  void rejectsAFixedAmountThatIsNotWholeUnits() {
    assertThatThrownBy(
            () ->
                RepaymentSchedule.amountsInOre(
                    kr("1000"), RepaymentPlan.byAmount(kr("100.50")), RoundingUnit.WHOLE_KRONER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DKK 100.50");
  }

  @Test
  void rejectsAPrincipalOfZero() {
    assertThatThrownBy(() -> RepaymentSchedule.amountsInOre(DkkAmount.ZERO, RepaymentPlan.byCount(1), RoundingUnit.ORE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DKK 0.00");
  }

  @Test
  void countsTheInstalmentsAFixedAmountGives() {
    assertThat(RepaymentSchedule.countForAmount(kr("50000"), kr("200"))).isEqualTo(250);
    assertThat(RepaymentSchedule.countForAmount(kr("50000"), kr("199"))).isEqualTo(252);
    assertThat(RepaymentSchedule.countForAmount(kr("1000"), kr("5000"))).isEqualTo(1);
  }

  @Test
  void rejectsPlansWithoutInstalments() {
    assertThatThrownBy(() -> RepaymentPlan.byCount(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RepaymentPlan.byAmount(DkkAmount.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }

  // Dates

  @Test
  void clampsThirtyFirstJanuaryToTwentyNinthFebruaryInALeapYearAndReturnsToTheThirtyFirst() {
    RepaymentSchedule schedule = monthly(LocalDate.of(2028, 1, 31), 4);

    assertThat(nominalDates(schedule))
        .containsExactly(
            LocalDate.of(2028, 1, 31), LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 31), LocalDate.of(2028, 4, 30));
    // 30 April 2028 is a Sunday.
    assertThat(dueDates(schedule))
        .containsExactly(
            LocalDate.of(2028, 1, 31), LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 31), LocalDate.of(2028, 5, 1));
  }

  @Test
  void clampsThirtyFirstJanuaryToTwentyEighthFebruaryInACommonYear() {
    assertThat(nominalDates(monthly(LocalDate.of(2027, 1, 31), 3)))
        .containsExactly(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31));
  }

  @Test
  void keepsTheFirstDueDatesDayRatherThanTheMonthEnd() {
    assertThat(nominalDates(monthly(LocalDate.of(2026, 4, 30), 3)))
        .containsExactly(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 30), LocalDate.of(2026, 6, 30));
    assertThat(nominalDates(monthly(LocalDate.of(2026, 8, 31), 4)))
        .containsExactly(
            LocalDate.of(2026, 8, 31), LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 30));
  }

  @Test
  void fallsDueQuarterlyFromThirtiethNovember() {
    RepaymentSchedule schedule =
        RepaymentSchedule.of(
            terms("4000", LocalDate.of(2026, 11, 30), Frequency.QUARTERLY, RepaymentPlan.byCount(4)).build(), CALENDAR);

    assertThat(nominalDates(schedule))
        .containsExactly(
            LocalDate.of(2026, 11, 30), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 5, 30), LocalDate.of(2027, 8, 30));
    assertThat(dueDates(schedule))
        .containsExactly(
            LocalDate.of(2026, 11, 30), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 5, 31), LocalDate.of(2027, 8, 30));
  }

  @Test
  void keepsTwentyNinthFebruaryOnlyInLeapYears() {
    RepaymentSchedule monthly = monthly(LocalDate.of(2028, 2, 29), 14);
    assertThat(monthly.instalments().get(1).nominalDate()).isEqualTo(LocalDate.of(2028, 3, 29));
    assertThat(monthly.instalments().get(12).nominalDate()).isEqualTo(LocalDate.of(2029, 2, 28));
    assertThat(monthly.instalments().get(13).nominalDate()).isEqualTo(LocalDate.of(2029, 3, 29));

    RepaymentSchedule quarterly =
        RepaymentSchedule.of(
            terms("5000", LocalDate.of(2028, 2, 29), Frequency.QUARTERLY, RepaymentPlan.byCount(17)).build(), CALENDAR);
    assertThat(quarterly.instalments().get(4).nominalDate()).isEqualTo(LocalDate.of(2029, 2, 28));
    assertThat(quarterly.instalments().get(16).nominalDate()).isEqualTo(LocalDate.of(2032, 2, 29));
  }

  @Test
  void movesAFirstInstalmentOffGoodFridayPastEasterMonday() {
    RepaymentSchedule schedule = monthly(LocalDate.of(2026, 4, 3), 2);

    assertThat(schedule.instalments().get(0).nominalDate()).isEqualTo(LocalDate.of(2026, 4, 3));
    assertThat(dueDates(schedule)).containsExactly(LocalDate.of(2026, 4, 7), LocalDate.of(2026, 5, 4));
  }

  @Test
  void movesALastInstalmentOffChristmasEve() {
    RepaymentSchedule schedule = monthly(LocalDate.of(2026, 10, 24), 3);

    assertThat(dueDates(schedule))
        .containsExactly(LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 24), LocalDate.of(2026, 12, 28));
  }

  @Test
  void movesMaundyThursdayPastTheWholeEasterRun() {
    assertThat(dueDates(monthly(LocalDate.of(2027, 3, 25), 1))).containsExactly(LocalDate.of(2027, 3, 30));
  }

  @Test
  void movesNewYearsEvePastNewYearsDayAndTheWeekend() {
    // Friday 31 December 2027, Saturday New Year's Day, Sunday: due Monday 3 January 2028.
    assertThat(dueDates(monthly(LocalDate.of(2027, 12, 31), 1))).containsExactly(LocalDate.of(2028, 1, 3));
  }

  @Test
  void movesDueDatesByTheCalendarItIsGiven() {
    BankingCalendar withoutGoodFriday = BankingCalendar.builder().withoutRule(ClosingDayRule.GOOD_FRIDAY).build();
    RepaymentTerms terms =
        terms("3000", LocalDate.of(2026, 4, 3), Frequency.MONTHLY, RepaymentPlan.byCount(3)).build();

    assertThat(RepaymentSchedule.of(terms, withoutGoodFriday).instalments().get(0).dueDate())
        .isEqualTo(LocalDate.of(2026, 4, 3));
  }

  @Test
  void rejectsADueDateBeyondTheCalendar() {
    RepaymentTerms terms =
        terms("3000", LocalDate.of(2199, 11, 2), Frequency.QUARTERLY, RepaymentPlan.byCount(2)).build();

    assertThatThrownBy(() -> RepaymentSchedule.of(terms, CALENDAR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2200-02-02");
  }

  // The value

  @Test
  void numbersInstalmentsFromOne() {
    assertThat(monthly(LocalDate.of(2026, 3, 2), 3).instalments())
        .extracting(Instalment::number)
        .containsExactly(1, 2, 3);
  }

  @Test
  void givesInstalmentAmountsInDkk() {
    Instalment first = monthly(LocalDate.of(2026, 3, 2), 3).instalments().get(0);

    assertThat(first.amount().getCurrency().getCurrencyCode()).isEqualTo("DKK");
    assertThat(DkkAmount.of(first.amount())).isEqualTo(kr("1000"));
  }

  @Test
  void doesNotLetCallersChangeTheInstalments() {
    List<Instalment> instalments = monthly(LocalDate.of(2026, 3, 2), 3).instalments();

    assertThatThrownBy(() -> instalments.remove(0)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void isEqualForEqualTermsAndCalendars() {
    RepaymentTerms terms =
        terms("3000", LocalDate.of(2026, 4, 3), Frequency.MONTHLY, RepaymentPlan.byCount(3)).build();
    RepaymentSchedule schedule = RepaymentSchedule.of(terms, CALENDAR);
    RepaymentSchedule again = RepaymentSchedule.of(terms, BankingCalendar.builder().build());

    assertThat(schedule).isEqualTo(again).hasSameHashCodeAs(again);
    assertThat(schedule).isNotEqualTo(RepaymentSchedule.of(terms.withPrincipal(kr("3000.01")), CALENDAR));
    assertThat(schedule)
        .isNotEqualTo(
            RepaymentSchedule.of(
                terms, BankingCalendar.builder().withoutRule(ClosingDayRule.GOOD_FRIDAY).build()));
    assertThat(schedule).isNotEqualTo(terms);
  }

  @Test
  void describesItselfByPrincipalAndCount() {
    assertThat(monthly(LocalDate.of(2026, 3, 2), 3)).hasToString("RepaymentSchedule[DKK 3000.00 in 3 instalments]");
  }

  private static RepaymentSchedule monthly(LocalDate firstDue, int count) {
    return RepaymentSchedule.of(
        terms("3000", firstDue, Frequency.MONTHLY, RepaymentPlan.byCount(count)).build(), CALENDAR);
  }

  private static RepaymentTerms.Builder terms(
      String principal, LocalDate firstDue, Frequency frequency, RepaymentPlan plan) {
    return RepaymentTerms.builder().principal(kr(principal)).firstDueDate(firstDue).frequency(frequency).plan(plan);
  }

  private static DkkAmount kr(String kroner) {
    return DkkAmount.parse("DKK " + kroner);
  }

  private static List<String> amounts(RepaymentSchedule schedule) {
    return schedule.instalments().stream().map(i -> i.exactAmount().toString()).toList();
  }

  private static List<LocalDate> nominalDates(RepaymentSchedule schedule) {
    return schedule.instalments().stream().map(Instalment::nominalDate).toList();
  }

  private static List<LocalDate> dueDates(RepaymentSchedule schedule) {
    return schedule.instalments().stream().map(Instalment::dueDate).toList();
  }
}
