package dk.mikrolan.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.mikrolan.money.DkkAmount;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RepaymentTermsTest {

  private static final LocalDate FIRST_DUE = LocalDate.of(2026, 3, 2);

  @Test
  void roundsToTheOreUnlessToldOtherwise() {
    assertThat(terms().build().roundingUnit()).isEqualTo(RoundingUnit.ORE);
  }

  @Test
  void choosesThePolicyByTheDisbursementDateWhenGiven() {
    assertThat(terms().build().policyDate()).isEqualTo(FIRST_DUE);
    assertThat(terms().disbursementDate(LocalDate.of(2025, 12, 15)).build().policyDate())
        .isEqualTo(LocalDate.of(2025, 12, 15));
  }

  @Test
  void countsTheGracePeriodInWholeMonths() {
    assertThat(terms().build().graceMonths()).isZero();
    assertThat(terms().disbursementDate(LocalDate.of(2026, 2, 3)).build().graceMonths()).isZero();
    assertThat(terms().disbursementDate(LocalDate.of(2026, 2, 2)).build().graceMonths()).isEqualTo(1);
    assertThat(terms().disbursementDate(LocalDate.of(2025, 3, 2)).build().graceMonths()).isEqualTo(12);
  }

  @Test
  void changesOnlyThePrincipalWithPrincipal() {
    RepaymentTerms terms =
        terms().roundingUnit(RoundingUnit.WHOLE_KRONER).disbursementDate(LocalDate.of(2026, 1, 15)).build();
    RepaymentTerms smaller = terms.withPrincipal(DkkAmount.ofKroner(2_000));

    assertThat(smaller.principal()).isEqualTo(DkkAmount.ofKroner(2_000));
    assertThat(smaller.withPrincipal(terms.principal())).isEqualTo(terms);
  }

  @Test
  void rejectsAPrincipalOfZero() {
    assertThatThrownBy(() -> terms(DkkAmount.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DKK 0.00");
  }

  @Test
  void rejectsAFirstDueDateOnTheDisbursementDate() {
    assertThatThrownBy(() -> terms().disbursementDate(FIRST_DUE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026-03-02");
  }

  @Test
  void requiresEveryTermWithoutADefault() {
    assertThatThrownBy(() -> RepaymentTerms.builder().principal(DkkAmount.ofKroner(1_000)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("firstDueDate");
  }

  @Test
  void isEqualByValue() {
    assertThat(terms().build()).isEqualTo(terms().build()).hasSameHashCodeAs(terms().build());
    assertThat(terms().build()).isNotEqualTo(terms().roundingUnit(RoundingUnit.WHOLE_KRONER).build());
  }

  private static RepaymentTerms.Builder terms() {
    return terms(DkkAmount.ofKroner(3_000));
  }

  private static RepaymentTerms.Builder terms(DkkAmount principal) {
    return RepaymentTerms.builder()
        .principal(principal)
        .firstDueDate(FIRST_DUE)
        .frequency(Frequency.MONTHLY)
        .plan(RepaymentPlan.byCount(3));
  }
}
