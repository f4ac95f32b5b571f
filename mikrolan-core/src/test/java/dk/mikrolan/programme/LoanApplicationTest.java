package dk.mikrolan.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.rules.Violation;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Arrays;
import java.util.List;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class LoanApplicationTest {

  private static final BudgetItem VAN =
      BudgetItem.of(BudgetCategory.EQUIPMENT, "Brugt varevogn", DkkAmount.ofKroner(30_000));
  private static final BudgetItem STOCK =
      BudgetItem.of(BudgetCategory.STOCK, "Første varelager", DkkAmount.ofKroner(15_000));
  private static final RepaymentPlan TWO_HUNDRED = RepaymentPlan.byAmount(DkkAmount.ofKroner(200));

  private static final LoanApplication APPLICATION =
      LoanApplication.of(DkkAmount.ofKroner(45_000), TWO_HUNDRED, Frequency.MONTHLY, List.of(VAN, STOCK));

  @Test
  void totalsTheBudget() {
    assertThat(APPLICATION.budgetTotal()).isEqualTo(DkkAmount.ofKroner(45_000));
  }

  @Test
  void acceptsABudgetLargerThanTheAmount() {
    LoanApplication partly =
        LoanApplication.of(DkkAmount.ofKroner(20_000), TWO_HUNDRED, Frequency.MONTHLY, List.of(VAN, STOCK));

    assertThat(partly.budgetTotal()).isEqualTo(DkkAmount.ofKroner(45_000));
  }

  @Test
  void refusesABudgetBelowTheAmount() {
    assertThatThrownBy(
            () -> LoanApplication.of(DkkAmount.ofKroner(45_001), TWO_HUNDRED, Frequency.MONTHLY, List.of(VAN, STOCK)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DKK 45000.00")
        .hasMessageContaining("DKK 45001.00");
  }

  @Test
  void refusesNoBudgetAndNoAmount() {
    assertThatThrownBy(() -> LoanApplication.of(DkkAmount.ofKroner(1), TWO_HUNDRED, Frequency.MONTHLY, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LoanApplication.of(DkkAmount.ZERO, TWO_HUNDRED, Frequency.MONTHLY, List.of(VAN)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keepsItsOwnCopyOfTheBudget() {
    java.util.ArrayList<BudgetItem> budget = new java.util.ArrayList<>(List.of(VAN));
    LoanApplication application =
        LoanApplication.of(DkkAmount.ofKroner(1_000), TWO_HUNDRED, Frequency.MONTHLY, budget);
    budget.add(STOCK);

    assertThat(application.budget()).containsExactly(VAN);
    assertThatThrownBy(() -> application.budget().add(STOCK)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void isFullOnlyForTheAmountPlanAndFrequencyAskedFor() {
    RepaymentPlan sameWish = RepaymentPlan.byAmount(DkkAmount.ofKroner(200));

    assertThat(APPLICATION.extentOf(DkkAmount.ofKroner(45_000), sameWish, Frequency.MONTHLY))
        .isEqualTo(GrantExtent.FULL);
  }

  @Test
  void isPartialForLessMoreOrOtherTerms() {
    DkkAmount asked = DkkAmount.ofKroner(45_000);

    assertThat(APPLICATION.extentOf(DkkAmount.ofKroner(30_000), TWO_HUNDRED, Frequency.MONTHLY))
        .isEqualTo(GrantExtent.PARTIAL);
    assertThat(APPLICATION.extentOf(asked.plus(DkkAmount.ofOre(1)), TWO_HUNDRED, Frequency.MONTHLY))
        .isEqualTo(GrantExtent.PARTIAL);
    assertThat(APPLICATION.extentOf(asked, RepaymentPlan.byAmount(DkkAmount.ofKroner(300)), Frequency.MONTHLY))
        .isEqualTo(GrantExtent.PARTIAL);
    assertThat(APPLICATION.extentOf(asked, RepaymentPlan.byCount(225), Frequency.MONTHLY))
        .isEqualTo(GrantExtent.PARTIAL);
    assertThat(APPLICATION.extentOf(asked, TWO_HUNDRED, Frequency.QUARTERLY)).isEqualTo(GrantExtent.PARTIAL);
    assertThat(APPLICATION.extentOf(DkkAmount.ofOre(1), TWO_HUNDRED, Frequency.MONTHLY))
        .isEqualTo(GrantExtent.PARTIAL);
  }

  @Test
  void isNoneWhenNothingIsGranted() {
    assertThat(APPLICATION.extentOf(DkkAmount.ZERO, TWO_HUNDRED, Frequency.MONTHLY)).isEqualTo(GrantExtent.NONE);
    assertThat(APPLICATION.extentOf(DkkAmount.ZERO, RepaymentPlan.byCount(1), Frequency.QUARTERLY))
        .isEqualTo(GrantExtent.NONE);
  }

  @Test
  void refusesANegativeGrant() {
    assertThatThrownBy(() -> APPLICATION.extentOf(DkkAmount.ofOre(-1), TWO_HUNDRED, Frequency.MONTHLY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DKK -0.01");
  }

  @Test
  void turnsACompleteFormIntoTheApplication() {
    ApplicationForm form =
        new ApplicationForm(
            dkk("45000"),
            Frequency.MONTHLY,
            null,
            dkk("200"),
            List.of(
                new ApplicationForm.Item(BudgetCategory.EQUIPMENT, "Brugt varevogn", dkk("30000")),
                new ApplicationForm.Item(BudgetCategory.STOCK, "Første varelager", dkk("15000.00"))));

    assertThat(valid(LoanApplication.validate(form))).isEqualTo(APPLICATION);
  }

  @Test
  void turnsARepaymentByCountIntoItsPlan() {
    ApplicationForm form =
        new ApplicationForm(dkk("1000"), Frequency.QUARTERLY, 4, null, List.of(item(dkk("1000"))));

    LoanApplication application = valid(LoanApplication.validate(form));

    assertThat(application.repaymentPlan()).isEqualTo(RepaymentPlan.byCount(4));
    assertThat(application.frequency()).isEqualTo(Frequency.QUARTERLY);
  }

  @Test
  void reportsEveryMissingFieldTogether() {
    ApplicationForm empty = new ApplicationForm(null, null, null, null, null);

    assertThat(problems(empty))
        .containsExactly(
            tuple("REQUESTED_AMOUNT_MISSING", "requestedAmount"),
            tuple("FREQUENCY_MISSING", "frequency"),
            tuple("PLAN_MISSING", "instalmentCount"),
            tuple("BUDGET_MISSING", "budget"));
  }

  @Test
  void reportsEveryProblemOfEveryBudgetLineWithItsPosition() {
    ApplicationForm form =
        new ApplicationForm(
            Money.of(5_000, "EUR"),
            Frequency.MONTHLY,
            12,
            dkk("100"),
            Arrays.asList(
                item(dkk("100")),
                null,
                new ApplicationForm.Item(null, " ", null),
                new ApplicationForm.Item(BudgetCategory.OTHER, "Gebyr", dkk("0")),
                new ApplicationForm.Item(BudgetCategory.OTHER, "Gebyr", dkk("10.005")),
                new ApplicationForm.Item(BudgetCategory.OTHER, "Gebyr", Money.of(10, "SEK"))));

    assertThat(problems(form))
        .containsExactly(
            tuple("AMOUNT_NOT_DKK", "requestedAmount"),
            tuple("PLAN_AMBIGUOUS", "instalmentCount"),
            tuple("BUDGET_ITEM_MISSING", "budget[1]"),
            tuple("BUDGET_ITEM_CATEGORY_MISSING", "budget[2].category"),
            tuple("BUDGET_ITEM_DESCRIPTION_MISSING", "budget[2].description"),
            tuple("BUDGET_ITEM_AMOUNT_MISSING", "budget[2].amount"),
            tuple("AMOUNT_NOT_POSITIVE", "budget[3].amount"),
            tuple("AMOUNT_TOO_MANY_DECIMALS", "budget[4].amount"),
            tuple("AMOUNT_NOT_DKK", "budget[5].amount"));
  }

  @Test
  void reportsABudgetThatDoesNotAccountForTheAmountWithBothTotals() {
    ApplicationForm form =
        new ApplicationForm(
            dkk("45000"), Frequency.MONTHLY, 100, null, List.of(item(dkk("30000")), item(dkk("14999.99"))));

    Violation below = LoanApplication.validate(form).getError().single();

    assertThat(below.code()).isEqualTo("BUDGET_BELOW_REQUESTED");
    assertThat(below.field()).isEqualTo("budget");
    assertThat(below.english()).contains("DKK 44999.99", "DKK 45000.00");
    assertThat(below.danish()).contains("44.999,99 kr.", "45.000,00 kr.");
  }

  @Test
  void reportsTheBudgetShortfallAlongsideOtherProblems() {
    ApplicationForm form =
        new ApplicationForm(dkk("45000"), null, 0, null, List.of(new ApplicationForm.Item(null, "Varer", dkk("10"))));

    assertThat(problems(form))
        .containsExactly(
            tuple("FREQUENCY_MISSING", "frequency"),
            tuple("INSTALMENT_COUNT_NOT_POSITIVE", "instalmentCount"),
            tuple("BUDGET_ITEM_CATEGORY_MISSING", "budget[0].category"),
            tuple("BUDGET_BELOW_REQUESTED", "budget"));
  }

  @Test
  void leavesTheTotalUnjudgedWhileAnAmountIsUnreadable() {
    ApplicationForm form =
        new ApplicationForm(dkk("45000"), Frequency.MONTHLY, 10, null, List.of(item(dkk("10")), item(null)));

    assertThat(problems(form)).containsExactly(tuple("BUDGET_ITEM_AMOUNT_MISSING", "budget[1].amount"));
  }

  @Test
  void reportsARequestedAmountOfZeroAndAnInstalmentOfZero() {
    ApplicationForm form = new ApplicationForm(dkk("0"), Frequency.MONTHLY, null, dkk("0.00"), List.of(item(dkk("1"))));

    assertThat(problems(form))
        .containsExactly(
            tuple("AMOUNT_NOT_POSITIVE", "requestedAmount"),
            tuple("INSTALMENT_AMOUNT_NOT_POSITIVE", "instalmentAmount"));
  }

  @Test
  void reportsAnInstalmentInAnotherCurrency() {
    ApplicationForm form =
        new ApplicationForm(dkk("10"), Frequency.MONTHLY, null, Money.of(1, "EUR"), List.of(item(dkk("10"))));

    assertThat(problems(form)).containsExactly(tuple("AMOUNT_NOT_DKK", "instalmentAmount"));
  }

  @Test
  void reportsAnEmptyBudget() {
    ApplicationForm form = new ApplicationForm(dkk("10"), Frequency.MONTHLY, 1, null, List.of());

    assertThat(problems(form)).containsExactly(tuple("BUDGET_MISSING", "budget"));
  }

  private static ApplicationForm.Item item(MonetaryAmount amount) {
    return new ApplicationForm.Item(BudgetCategory.EQUIPMENT, "Værktøj", amount);
  }

  private static MonetaryAmount dkk(String amount) {
    return Money.of(new java.math.BigDecimal(amount), "DKK");
  }

  private static List<org.assertj.core.groups.Tuple> problems(ApplicationForm form) {
    Validation<Seq<Violation>, LoanApplication> checked = LoanApplication.validate(form);
    assertThat(checked.isInvalid()).as("refused: %s", checked).isTrue();
    return checked.getError().map(v -> tuple(v.code(), v.field())).toJavaList();
  }

  private static <T> T valid(Validation<Seq<Violation>, T> checked) {
    assertThat(checked.isValid()).as("valid: %s", checked).isTrue();
    return checked.get();
  }
}
