package dk.mikrolan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.Instalment;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentSchedule;
import dk.mikrolan.schedule.RepaymentTerms;
import dk.mikrolan.schedule.RoundingUnit;
import dk.mikrolan.testkit.ScheduleLaws.Row;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A law check that cannot fail is worthless: each test breaks one law of a correct schedule by hand
 * and expects exactly that law to be reported.
 */
class ScheduleLawsTest {

  private static final BankingCalendar CALENDAR = BankingCalendar.danish();

  /** DKK 1,000.50 in 3 whole-krone instalments from Saturday 31 January 2026. */
  private static final RepaymentTerms BY_COUNT =
      RepaymentTerms.builder()
          .principal(DkkAmount.ofOre(100_050))
          .firstDueDate(LocalDate.of(2026, 1, 31))
          .frequency(Frequency.MONTHLY)
          .plan(RepaymentPlan.byCount(3))
          .roundingUnit(RoundingUnit.WHOLE_KRONER)
          .build();

  /** DKK 1,000 by 300 a quarter from 2 March 2026: 300, 300, 300, 100. */
  private static final RepaymentTerms BY_AMOUNT =
      RepaymentTerms.builder()
          .principal(DkkAmount.ofKroner(1_000))
          .firstDueDate(LocalDate.of(2026, 3, 2))
          .frequency(Frequency.QUARTERLY)
          .plan(RepaymentPlan.byAmount(DkkAmount.ofKroner(300)))
          .build();

  @Test
  void findsNothingWrongWithComputedSchedules() {
    assertThat(ScheduleLaws.violations(RepaymentSchedule.of(BY_COUNT, CALENDAR), CALENDAR)).isEmpty();
    assertThat(ScheduleLaws.violations(RepaymentSchedule.of(BY_AMOUNT, CALENDAR), CALENDAR)).isEmpty();
  }

  @Test
  void reportsInstalmentsThatDoNotSumToThePrincipal() {
    List<Row> rows = rows(BY_AMOUNT);
    rows.set(3, amount(rows.get(3), 9_999));

    assertThat(check(BY_AMOUNT, rows))
        .containsExactly("the instalments sum to DKK 999.99, not the principal DKK 1000.00");
  }

  @Test
  void reportsAnInstalmentOfZero() {
    List<Row> rows = rows(BY_COUNT);
    rows.set(1, amount(rows.get(1), 0));
    rows.set(0, amount(rows.get(0), rows.get(0).amountOre() + 33_300));

    assertThat(check(BY_COUNT, rows)).anyMatch(v -> v.equals("instalment 2 is DKK 0.00, not more than zero"));
  }

  @Test
  void reportsACountModeScheduleWhoseAmountsRise() {
    List<Row> rows = rows(BY_COUNT); // 334.50, 333.00, 333.00
    rows.set(0, amount(rows.get(0), 33_350));
    rows.set(2, amount(rows.get(2), 33_400));

    assertThat(check(BY_COUNT, rows))
        .containsExactly("instalment 3 (DKK 334.00 in whole units) is larger than the one before (DKK 333.00)");
  }

  @Test
  void reportsACountModeScheduleWhoseAmountsDifferByMoreThanOneUnit() {
    List<Row> rows = rows(BY_COUNT);
    rows.set(0, amount(rows.get(0), 33_650));
    rows.set(2, amount(rows.get(2), 33_100));

    assertThat(check(BY_COUNT, rows))
        .containsExactly(
            "in whole units the instalments range from DKK 331.00 to DKK 336.00, more than one unit (DKK 1.00) apart");
  }

  @Test
  void leavesTheFirstInstalmentsSubUnitOreOutOfTheEvennessRule() {
    // 334.50 is 1.50 above 333.00, but the 0.50 is the principal's øre below a krone.
    assertThat(check(BY_COUNT, rows(BY_COUNT))).isEmpty();
  }

  @Test
  void reportsACountModeInstalmentThatIsNotWholeUnits() {
    List<Row> rows = rows(BY_COUNT);
    rows.set(1, amount(rows.get(1), 33_325));
    rows.set(2, amount(rows.get(2), 33_275));

    assertThat(check(BY_COUNT, rows))
        .contains(
            "instalment 2 is DKK 333.25, not a whole number of DKK 1.00",
            "instalment 3 is DKK 332.75, not a whole number of DKK 1.00");
  }

  @Test
  void reportsACountModeScheduleWithTheWrongNumberOfInstalments() {
    List<Row> rows = rows(BY_COUNT);
    rows.set(1, amount(rows.get(1), 66_600));
    rows.remove(2);

    assertThat(check(BY_COUNT, rows)).contains("the plan is 3 instalments but the schedule has 2");
  }

  @Test
  void reportsAnAmountModeInstalmentOtherThanTheFixedAmount() {
    List<Row> rows = rows(BY_AMOUNT); // 300, 300, 300, 100
    rows.set(1, amount(rows.get(1), 20_000));
    rows.set(3, amount(rows.get(3), 20_000));

    assertThat(check(BY_AMOUNT, rows)).containsExactly("instalment 2 is DKK 200.00, not the fixed amount DKK 300.00");
  }

  @Test
  void reportsAnAmountModeLastInstalmentAboveTheFixedAmount() {
    List<Row> rows = rows(BY_AMOUNT);
    rows.set(2, amount(rows.get(2), 40_000));
    rows.remove(3);

    assertThat(check(BY_AMOUNT, rows))
        .containsExactly(
            "the last instalment is DKK 400.00, not more than zero and at most the fixed amount DKK 300.00");
  }

  @Test
  void reportsADueDateThatIsNotABankingDay() {
    List<Row> rows = rows(BY_COUNT);
    rows.set(0, due(rows.get(0), LocalDate.of(2026, 1, 31)));

    assertThat(check(BY_COUNT, rows)).containsExactly("instalment 1 due 2026-01-31 is not a banking day (SATURDAY)");
  }

  @Test
  void reportsAClosingDayAsNotABankingDay() {
    RepaymentTerms terms = terms(LocalDate.of(2026, 12, 24), 1);
    List<Row> rows = rows(terms);
    rows.set(0, due(rows.get(0), LocalDate.of(2026, 12, 24)));

    assertThat(check(terms, rows)).containsExactly("instalment 1 due 2026-12-24 is not a banking day (THURSDAY)");
  }

  @Test
  void reportsDueDatesThatDoNotIncrease() {
    RepaymentTerms terms = terms(LocalDate.of(2026, 3, 2), 3);
    List<Row> rows = rows(terms);
    Row second = rows.get(1);
    rows.set(1, new Row(2, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), second.amountOre()));

    assertThat(check(terms, rows))
        .contains("instalment 2 due 2026-03-02 is not after the previous due date 2026-03-02");
  }

  @Test
  void reportsADueDateBeforeItsNominalDate() {
    List<Row> rows = rows(BY_COUNT);
    rows.set(2, due(rows.get(2), LocalDate.of(2026, 3, 30)));

    assertThat(check(BY_COUNT, rows))
        .containsExactly("instalment 3 due 2026-03-30 is before its nominal date 2026-03-31");
  }

  @Test
  void reportsADueDateMovedSevenDaysOrMore() {
    List<Row> rows = rows(BY_COUNT);
    rows.set(2, due(rows.get(2), LocalDate.of(2026, 4, 7)));

    assertThat(check(BY_COUNT, rows))
        .containsExactly("instalment 3 due 2026-04-07 is 7 days after its nominal date 2026-03-31");
  }

  @Test
  void allowsADueDateSixDaysAfterItsNominalDate() {
    List<Row> rows = rows(BY_AMOUNT); // nominal 2 March, 2 June, 2 September, 2 December 2026
    rows.set(1, due(rows.get(1), LocalDate.of(2026, 6, 8)));

    assertThat(check(BY_AMOUNT, rows)).isEmpty();
  }

  @Test
  void reportsADueDateOutsideTheCalendar() {
    RepaymentTerms terms = terms(LocalDate.of(2026, 3, 2), 1);
    List<Row> rows = List.of(new Row(1, LocalDate.of(2026, 3, 2), LocalDate.of(2300, 3, 2), 300_000));

    assertThat(check(terms, rows))
        .anyMatch(v -> v.startsWith("instalment 1 due 2300-03-02 is outside the banking calendar"));
  }

  @Test
  void reportsNominalDatesThatDriftFromTheFirstDueDate() {
    // 31 Jan → 28 Feb → 28 Mar is the drift that adding a month to the previous date gives.
    List<Row> rows = rows(BY_COUNT);
    rows.set(2, new Row(3, LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 30), rows.get(2).amountOre()));

    assertThat(check(BY_COUNT, rows))
        .containsExactly(
            "instalment 3 has nominal date 2026-03-28, not 2026-03-31 (the first due date plus 2 × 1 months)");
  }

  @Test
  void reportsInstalmentsOutOfNumberOrder() {
    List<Row> rows = rows(BY_COUNT);
    Row first = rows.get(0);
    rows.set(0, new Row(0, first.nominalDate(), first.dueDate(), first.amountOre()));

    assertThat(check(BY_COUNT, rows)).contains("instalment at position 1 is numbered 0");
  }

  @Test
  void reportsAScheduleWithoutInstalments() {
    assertThat(check(BY_COUNT, List.of())).containsExactly("the schedule has no instalments");
  }

  @Test
  void checksInstalmentListsHeldOutsideASchedule() {
    List<Instalment> instalments = new ArrayList<>(RepaymentSchedule.of(BY_COUNT, CALENDAR).instalments());
    Instalment last = instalments.get(2);
    instalments.set(
        2, new Instalment(3, last.nominalDate(), LocalDate.of(2026, 4, 4), last.exactAmount()));

    assertThat(ScheduleLaws.violations(BY_COUNT, instalments, CALENDAR))
        .containsExactly("instalment 3 due 2026-04-04 is not a banking day (SATURDAY)");
  }

  @Test
  void reportsEveryBrokenLawTogether() {
    List<Row> rows = rows(BY_COUNT);
    rows.set(0, new Row(1, LocalDate.of(2026, 1, 31), LocalDate.of(2026, 1, 31), 0));

    assertThat(check(BY_COUNT, rows)).hasSizeGreaterThanOrEqualTo(3);
  }

  private static RepaymentTerms terms(LocalDate firstDue, int count) {
    return RepaymentTerms.builder()
        .principal(DkkAmount.ofKroner(3_000))
        .firstDueDate(firstDue)
        .frequency(Frequency.MONTHLY)
        .plan(RepaymentPlan.byCount(count))
        .build();
  }

  private static List<Row> rows(RepaymentTerms terms) {
    List<Row> rows = new ArrayList<>();
    for (Instalment i : RepaymentSchedule.of(terms, CALENDAR).instalments()) {
      rows.add(new Row(i.number(), i.nominalDate(), i.dueDate(), i.exactAmount().ore()));
    }
    return rows;
  }

  private static Row amount(Row row, long ore) {
    return new Row(row.number(), row.nominalDate(), row.dueDate(), ore);
  }

  private static Row due(Row row, LocalDate due) {
    return new Row(row.number(), row.nominalDate(), due, row.amountOre());
  }

  private static List<String> check(RepaymentTerms terms, List<Row> rows) {
    return ScheduleLaws.check(terms, rows, CALENDAR);
  }
}
