package dk.mikrolan.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.BaseRate;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.rules.Violation;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentSchedule;
import dk.mikrolan.schedule.RepaymentTerms;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Examples of the reference and discount rates on a date. The base rates are made up. */
class AidRatesTest {

  private static final BaseRate RATE_2025 = new BaseRate(LocalDate.of(2025, 1, 1), new BigDecimal("0.0312"));
  private static final BaseRate RATE_2026 = new BaseRate(LocalDate.of(2026, 1, 1), new BigDecimal("0.0231"));

  private static ProgrammePolicy policy(BaseRate... rates) {
    return ProgrammePolicy.builder()
        .municipalityCode("751")
        .municipalityName("Aarhus")
        .validFrom(LocalDate.of(2024, 1, 1))
        .addBaseRates(rates)
        .build();
  }

  @Test
  void referenceIsBasePlusThePolicysMarginAndDiscountIsBasePlus100BasisPoints() {
    AidRates rates = AidRates.on(LocalDate.of(2026, 3, 1), policy(RATE_2025, RATE_2026)).get();
    assertThat(rates.baseRate()).isEqualTo(RATE_2026);
    assertThat(rates.marginBasisPoints()).isEqualTo(400);
    assertThat(rates.referenceRate()).isEqualByComparingTo("0.0631");
    assertThat(rates.discountRate()).isEqualByComparingTo("0.0331");
  }

  @Test
  void usesTheBaseRateInForceOnTheDate() {
    ProgrammePolicy p = policy(RATE_2025, RATE_2026); // the policy keeps its table in date order
    assertThat(AidRates.on(LocalDate.of(2025, 12, 31), p).get().baseRate()).isEqualTo(RATE_2025);
    assertThat(AidRates.on(LocalDate.of(2026, 1, 1), p).get().baseRate()).isEqualTo(RATE_2026);
  }

  @Test
  void reportsWhenNoBaseRateIsInForce() {
    Either<Violation, AidRates> before = AidRates.on(LocalDate.of(2024, 12, 31), policy(RATE_2025));
    assertThat(before.getLeft().code()).isEqualTo("NO_BASE_RATE_IN_FORCE");
    assertThat(before.getLeft().danish()).isEqualTo("Der er ingen basisrente i kraft den 2024-12-31.");
    assertThat(AidRates.on(LocalDate.of(2026, 1, 1), policy()).isLeft()).isTrue();
  }

  @Test
  void takesTheMarginFromThePolicy() {
    ProgrammePolicy strongRating = ProgrammePolicy.builder()
        .municipalityCode("751").municipalityName("Aarhus").validFrom(LocalDate.of(2024, 1, 1))
        .addBaseRates(RATE_2026).referenceMarginBasisPoints(75).build();
    assertThat(AidRates.on(LocalDate.of(2026, 6, 1), strongRating).get().referenceRate()).isEqualByComparingTo("0.0306");
  }

  @Test
  void refusesABaseRateNotYetInForceANegativeMarginAndAReferenceRateOfOneOrMore() {
    assertThatThrownBy(() -> AidRates.of(LocalDate.of(2025, 12, 31), RATE_2026, 400))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AidRates.of(LocalDate.of(2026, 1, 1), RATE_2026, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AidRates.of(LocalDate.of(2026, 1, 1), RATE_2026, 9_769))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void computesTheGrossGrantEquivalentAtItsRates() {
    LocalDate payout = LocalDate.of(2026, 3, 2);
    RepaymentSchedule schedule = RepaymentSchedule.of(
        RepaymentTerms.builder()
            .principal(DkkAmount.ofKroner(50_000))
            .firstDueDate(LocalDate.of(2026, 9, 1))
            .frequency(Frequency.MONTHLY)
            .plan(RepaymentPlan.byCount(48))
            .build(),
        BankingCalendar.danish());
    AidRates rates = AidRates.of(payout, RATE_2026, 400);
    assertThat(rates.grossGrantEquivalent(schedule, payout))
        .isEqualTo(GrossGrantEquivalent.of(schedule, payout, new BigDecimal("0.0631"), new BigDecimal("0.0331")));
  }

  @Test
  void equalsHashCodeAndToString() {
    AidRates a = AidRates.of(LocalDate.of(2026, 3, 1), RATE_2026, 400);
    assertThat(a).isEqualTo(AidRates.of(LocalDate.of(2026, 3, 1), RATE_2026, 400)).hasSameHashCodeAs(
        AidRates.of(LocalDate.of(2026, 3, 1), RATE_2026, 400));
    assertThat(a).isNotEqualTo(AidRates.of(LocalDate.of(2026, 3, 1), RATE_2026, 220));
    assertThat(a).hasToString("AidRates[2026-03-01: reference 0.0631, discount 0.0331]");
  }

  @Test
  void aMarginThatTakesTheReferenceRateTo100PercentIsAViolationNotAnException() {
    ProgrammePolicy p = ProgrammePolicy.builder().municipalityCode("751").municipalityName("Aarhus")
        .validFrom(LocalDate.of(2024, 1, 1)).addBaseRates(RATE_2026).referenceMarginBasisPoints(9_800).build();
    assertThat(AidRates.on(LocalDate.of(2026, 3, 1), p).getLeft().code()).isEqualTo("REFERENCE_RATE_TOO_HIGH");
  }
}
