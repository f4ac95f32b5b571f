package dk.mikrolan.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentSchedule;
import dk.mikrolan.schedule.RepaymentTerms;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GrossGrantEquivalentTest {

  private static RepaymentSchedule schedule(long kroner, LocalDate firstDue, int count) {
    return RepaymentSchedule.of(
        RepaymentTerms.builder()
            .principal(DkkAmount.ofKroner(kroner))
            .firstDueDate(firstDue)
            .frequency(Frequency.MONTHLY)
            .plan(RepaymentPlan.byCount(count))
            .build(),
        BankingCalendar.danish());
  }

  @Test
  void bulletLoanOfOneYearMatchesTheClosedForm() {
    // One instalment a year after disbursement: B_0..B_11 = P, then 0.
    LocalDate disbursed = LocalDate.of(2026, 1, 15);
    RepaymentSchedule s = schedule(12_000, disbursed.plusMonths(12), 1);
    BigDecimal ref = new BigDecimal("0.06");
    BigDecimal d = new BigDecimal("0.04");
    DkkAmount gge = GrossGrantEquivalent.of(s, disbursed, ref, d);
    // Σ_{k=1..12} 1,200,000 øre · 0.06 / 12 / 1.04^(k/12) = 70,491.01215… øre, computed
    // independently with Python's decimal module at 50 digits.
    assertThat(gge).isEqualTo(DkkAmount.ofOre(70_491));
    assertThat(gge.ore()).isBetween(6_000L * 12 * 100 / 104, 6_000L * 12);
  }

  @Test
  void amortisingLoanCountsTheBalanceBeforeEachMonth() {
    LocalDate disbursed = LocalDate.of(2026, 1, 31);
    RepaymentSchedule s = schedule(3_000, LocalDate.of(2026, 2, 28), 3);
    // g_1 = 28 Feb: B_0 = 3000; g_2 = 31 Mar: B_1 = 2000; g_3 = 30 Apr: B_2 = 1000; B_3 = 0.
    DkkAmount gge = GrossGrantEquivalent.of(s, disbursed, new BigDecimal("0.12"), BigDecimal.ZERO);
    // With d = 0 no discounting: 1% a month of 3000 + 2000 + 1000 kr = 60 kr.
    assertThat(gge).isEqualTo(DkkAmount.ofKroner(60));
  }

  @Test
  void zeroReferenceRateGivesNoAid() {
    RepaymentSchedule s = schedule(50_000, LocalDate.of(2026, 6, 1), 250);
    assertThat(GrossGrantEquivalent.of(s, LocalDate.of(2026, 3, 1), BigDecimal.ZERO, new BigDecimal("0.03")))
        .isEqualTo(DkkAmount.ZERO);
  }

  @Test
  void twelfthRootIsExactToDecimal128() {
    BigDecimal a = new BigDecimal("1.0431");
    BigDecimal root = GrossGrantEquivalent.twelfthRoot(a);
    assertThat(root.pow(12, MathContext.DECIMAL128).subtract(a).abs())
        .isLessThan(new BigDecimal("1E-32"));
  }

  @Test
  void rejectsRatesOutsideZeroToOne() {
    RepaymentSchedule s = schedule(1_000, LocalDate.of(2026, 6, 1), 1);
    assertThatThrownBy(() -> GrossGrantEquivalent.of(s, LocalDate.of(2026, 3, 1), new BigDecimal("-0.01"), BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reference rate");
    assertThatThrownBy(() -> GrossGrantEquivalent.of(s, LocalDate.of(2026, 3, 1), BigDecimal.ZERO, BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("discount rate");
  }
}
