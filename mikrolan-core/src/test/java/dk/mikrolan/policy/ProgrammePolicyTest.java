package dk.mikrolan.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.rules.InvalidInputException;
import dk.mikrolan.rules.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ProgrammePolicyTest {

  private static final LocalDate FROM = LocalDate.of(2026, 1, 1);

  private static ProgrammePolicy.Builder aarhus() {
    return municipality("751", "Aarhus Kommune");
  }

  private static ProgrammePolicy.Builder municipality(String code, String name) {
    ProgrammePolicy.Builder b = ProgrammePolicy.builder();
    b.municipalityCode(code).municipalityName(name).validFrom(FROM);
    return b;
  }

  @Test
  void defaultsEverythingTheMemoFixes() {
    ProgrammePolicy policy = aarhus().build();

    assertThat(policy.eligibleBenefits())
        .containsExactlyInAnyOrder(
            BenefitType.CASH_BENEFIT,
            BenefitType.EARLY_RETIREMENT_PENSION,
            BenefitType.SICKNESS_BENEFIT,
            BenefitType.REHABILITATION);
    assertThat(policy.loanFloor()).isEqualTo(DkkAmount.ofKroner(1_000));
    assertThat(policy.loanCeiling()).isEqualTo(DkkAmount.ofKroner(50_000));
    assertThat(policy.maxInstalments()).isEqualTo(250);
    assertThat(policy.maxGraceMonths()).isEqualTo(12);
    assertThat(policy.competenceMinMonths()).isEqualTo(2);
    assertThat(policy.competenceMaxMonths()).isEqualTo(4);
    assertThat(policy.mandatoryCourses()).containsExactlyInAnyOrder("ACCOUNTING", "TAX", "VAT", "INSURANCE");
    assertThat(policy.minGuidanceSessions()).isEqualTo(3);
    assertThat(policy.seminarDays()).isEqualTo(4);
    assertThat(policy.seminarAllowedAbsenceDays()).isZero();
    assertThat(policy.assessmentScaleMin()).isEqualTo(1);
    assertThat(policy.assessmentScaleMax()).isEqualTo(5);
    assertThat(policy.assessmentThreshold()).isEqualTo(3);
    assertThat(policy.loanFundCeiling()).isEqualTo(DkkAmount.ofKroner(700_000));
    assertThat(policy.revolvingFund()).isFalse();
    assertThat(policy.hearingDeadlineDays()).isEqualTo(14);
    assertThat(policy.complaintGuidance().appealBody()).isEqualTo("Ankestyrelsen");
    assertThat(policy.complaintGuidance().deadlineWeeks()).isEqualTo(4);
    assertThat(policy.journalReference()).isEmpty();
    assertThat(policy.baseRates()).isEmpty();
    assertThat(policy.referenceMarginBasisPoints()).isEqualTo(400);
    assertThat(policy.deMinimisCeilingEur()).isEqualTo(new BigDecimal("300000"));
    assertThat(policy.lumpSumWarningAbove()).isEqualTo(DkkAmount.ofKroner(10_000));
    assertThat(policy.followUpMonths()).containsExactly(6, 12, 24);
  }

  @Test
  void letsOneDeciderApproveAnyLoanAndWithholdsNothingByDefault() {
    ProgrammePolicy policy = ProgrammePolicy.builder().municipalityCode("751").municipalityName("Aarhus Kommune")
        .validFrom(java.time.LocalDate.of(2026, 1, 1)).build();

    assertThat(policy.secondDeciderAbove()).isEmpty();
    assertThat(policy.needsSecondDecider(DkkAmount.ofKroner(50_000))).isFalse();
    assertThat(policy.withheld()).isEmpty();
    assertThat(policy.withheldByRole()).isEmpty();
  }

  @Test
  void refusesToWithholdTheAdoptionOfPoliciesAndANegativeLimit() {
    assertThatThrownBy(() -> ProgrammePolicy.builder().municipalityCode("751").municipalityName("Aarhus Kommune")
        .validFrom(java.time.LocalDate.of(2026, 1, 1)).secondDeciderAbove(DkkAmount.ofOre(-1))
        .addWithheld(dk.mikrolan.access.Withheld.of(dk.mikrolan.access.Role.ADMIN,
            dk.mikrolan.access.Action.ADOPT_POLICY)).build())
        .isInstanceOfSatisfying(dk.mikrolan.rules.InvalidInputException.class, e -> assertThat(e.violations()
            .map(dk.mikrolan.rules.Violation::code)).containsExactlyInAnyOrder("SECOND_DECIDER_LIMIT_NEGATIVE",
                "ADOPT_POLICY_WITHHELD"));
  }

  @Test
  void givesTheLoanLimitsAsALoanPolicyFromTheSameDay() {
    ProgrammePolicy copenhagen =
        aarhus().loanFloor(DkkAmount.ofKroner(5_000)).maxInstalments(120).maxGraceMonths(6).build();

    assertThat(copenhagen.loanPolicy())
        .isEqualTo(
            LoanPolicy.builder()
                .validFrom(FROM)
                .loanFloor(DkkAmount.ofKroner(5_000))
                .loanCeiling(LoanPolicy.DEFAULT_CEILING)
                .maxInstalments(120)
                .maxGraceMonths(6)
                .build());
  }

  @Test
  void acceptsTheTightestConsistentValues() {
    ProgrammePolicy policy =
        aarhus()
            .loanFloor(DkkAmount.ofOre(1))
            .loanCeiling(DkkAmount.ofOre(1))
            .competenceMinMonths(0)
            .competenceMaxMonths(0)
            .minGuidanceSessions(0)
            .seminarDays(1)
            .seminarAllowedAbsenceDays(0)
            .assessmentScaleMin(0)
            .assessmentScaleMax(1)
            .assessmentThreshold(1)
            .referenceMarginBasisPoints(0)
            .lumpSumWarningAbove(DkkAmount.ZERO)
            .mandatoryCourses(Set.of())
            .followUpMonths(List.of(1))
            .build();

    assertThat(policy.loanPolicy().loanFloor()).isEqualTo(policy.loanCeiling());
  }

  @Test
  void refusesAMunicipalityCodeOfOtherThanThreeDigits() {
    for (String code : List.of("75", "0751", "7a1")) {
      assertThat(refusal(municipality(code, "Aarhus Kommune")).violations())
          .extracting(Violation::field, Violation::code)
          .containsExactly(tuple("municipalityCode", "MUNICIPALITY_CODE_MALFORMED"));
    }
  }

  @Test
  void refusesABlankMunicipalityName() {
    assertThat(refusal(municipality("751", " ")).violations())
        .extracting(Violation::field, Violation::code)
        .containsExactly(tuple("municipalityName", "MUNICIPALITY_NAME_BLANK"));
  }

  @Test
  void refusesAdmittingNoBenefitType() {
    assertRefused(b -> b.eligibleBenefits(Set.of()), "eligibleBenefits", "ELIGIBLE_BENEFITS_EMPTY");
  }

  @Test
  void refusesACourseTopicThatIsNotACode() {
    assertRefused(b -> b.mandatoryCourses(Set.of("TAX", "Bogføring")), "mandatoryCourses", "COURSE_TOPIC_MALFORMED");
    assertRefused(b -> b.mandatoryCourses(Set.of("TAX, VAT")), "mandatoryCourses", "COURSE_TOPIC_MALFORMED");
  }

  @Test
  void refusesALoanFloorOfZero() {
    assertRefused(b -> b.loanFloor(DkkAmount.ZERO), "loanFloor", "LOAN_FLOOR_NOT_POSITIVE");
  }

  @Test
  void refusesALoanCeilingBelowTheFloor() {
    assertRefused(b -> b.loanFloor(DkkAmount.ofKroner(5_000)).loanCeiling(DkkAmount.ofKroner(4_999)),
        "loanCeiling", "LOAN_CEILING_BELOW_FLOOR");
  }

  @Test
  void refusesNoInstalmentsAndANegativeGrace() {
    assertRefused(b -> b.maxInstalments(0), "maxInstalments", "MAX_INSTALMENTS_NOT_POSITIVE");
    assertRefused(b -> b.maxGraceMonths(-1), "maxGraceMonths", "MAX_GRACE_MONTHS_NEGATIVE");
  }

  @Test
  void refusesCompetenceMonthsOutOfOrder() {
    assertRefused(b -> b.competenceMinMonths(-1), "competenceMinMonths", "COMPETENCE_MIN_NEGATIVE");
    assertRefused(b -> b.competenceMinMonths(5), "competenceMaxMonths", "COMPETENCE_MAX_BELOW_MIN");
  }

  @Test
  void refusesANegativeNumberOfGuidanceSessions() {
    assertRefused(b -> b.minGuidanceSessions(-1), "minGuidanceSessions", "GUIDANCE_SESSIONS_NEGATIVE");
  }

  @Test
  void refusesASeminarOfNoDaysOrAllowingAbsenceFromAllOfIt() {
    assertRefused(b -> b.seminarDays(0), "seminarDays", "SEMINAR_DAYS_NOT_POSITIVE");
    assertRefused(b -> b.seminarAllowedAbsenceDays(4), "seminarAllowedAbsenceDays", "SEMINAR_ABSENCE_OUT_OF_RANGE");
    assertRefused(b -> b.seminarAllowedAbsenceDays(-1), "seminarAllowedAbsenceDays", "SEMINAR_ABSENCE_OUT_OF_RANGE");
  }

  @Test
  void refusesAnEmptyScaleAndAThresholdOffIt() {
    assertRefused(b -> b.assessmentScaleMax(1), "assessmentScaleMax", "ASSESSMENT_SCALE_EMPTY");
    assertRefused(b -> b.assessmentThreshold(6), "assessmentThreshold", "ASSESSMENT_THRESHOLD_OUTSIDE_SCALE");
    assertRefused(b -> b.assessmentThreshold(0), "assessmentThreshold", "ASSESSMENT_THRESHOLD_OUTSIDE_SCALE");
  }

  @Test
  void refusesAnEmptyFundAndAHearingWithoutDeadline() {
    assertRefused(b -> b.loanFundCeiling(DkkAmount.ZERO), "loanFundCeiling", "FUND_CEILING_NOT_POSITIVE");
    assertRefused(b -> b.hearingDeadlineDays(0), "hearingDeadlineDays", "HEARING_DEADLINE_NOT_POSITIVE");
  }

  @Test
  void refusesBaseRatesOutOfDateOrder() {
    BaseRate later = new BaseRate(LocalDate.of(2027, 1, 1), new BigDecimal("0.02"));
    BaseRate earlier = new BaseRate(LocalDate.of(2026, 1, 1), new BigDecimal("0.03"));

    assertRefused(b -> b.addBaseRates(later, earlier), "baseRates", "BASE_RATES_OUT_OF_ORDER");
    assertRefused(b -> b.addBaseRates(earlier, earlier), "baseRates", "BASE_RATES_OUT_OF_ORDER");
  }

  @Test
  void refusesANegativeMarginAndAnEmptyDeMinimisCeiling() {
    assertRefused(b -> b.referenceMarginBasisPoints(-1), "referenceMarginBasisPoints", "REFERENCE_MARGIN_NEGATIVE");
    assertRefused(b -> b.deMinimisCeilingEur(BigDecimal.ZERO), "deMinimisCeilingEur", "DE_MINIMIS_CEILING_NOT_POSITIVE");
  }

  @Test
  void refusesANegativeLumpSumWarning() {
    assertRefused(b -> b.lumpSumWarningAbove(DkkAmount.ofOre(-1)), "lumpSumWarningAbove", "LUMP_SUM_WARNING_NEGATIVE");
  }

  @Test
  void refusesFollowUpMonthsThatAreMissingNotPositiveOrNotIncreasing() {
    for (List<Integer> months : List.of(List.<Integer>of(), List.of(0, 6), List.of(12, 6), List.of(6, 6))) {
      assertRefused(b -> b.followUpMonths(months), "followUpMonths", "FOLLOW_UP_MONTHS_INVALID");
    }
  }

  @Test
  void reportsEveryRefusalAtOnceWithTheValues() {
    InvalidInputException e =
        refusal(aarhus().loanFloor(DkkAmount.ZERO).competenceMinMonths(9).seminarDays(0).hearingDeadlineDays(0));

    assertThat(e).isInstanceOf(IllegalArgumentException.class);
    assertThat(e.violations())
        .extracting(Violation::field)
        .containsExactly("loanFloor", "competenceMaxMonths", "seminarDays", "hearingDeadlineDays");
    assertThat(e.getMessage()).contains("DKK 0.00", "(4 months)", "(9 months)");
  }

  @Test
  void refusesComplaintGuidanceWithBlankPartsNamingEach() {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> new ComplaintGuidance(" ", "", "", 0));

    assertThat(e.violations())
        .extracting(Violation::field, Violation::code)
        .containsExactly(
            tuple("appealBody", "COMPLAINT_APPEAL_BODY_BLANK"),
            tuple("howToComplainDanish", "COMPLAINT_PROCEDURE_DANISH_BLANK"),
            tuple("howToComplainEnglish", "COMPLAINT_PROCEDURE_ENGLISH_BLANK"),
            tuple("deadlineWeeks", "COMPLAINT_DEADLINE_NOT_POSITIVE"));
  }

  @Test
  void refusesABaseRateOutsideZeroToOne() {
    assertThatThrownBy(() -> new BaseRate(FROM, BigDecimal.ONE))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("BASE_RATE_OUT_OF_RANGE");
    assertThatThrownBy(() -> new BaseRate(FROM, new BigDecimal("-0.001"))).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void requiresTheMunicipalityAndTheDate() {
    assertThatThrownBy(() -> ProgrammePolicy.builder().municipalityCode("751").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("municipalityName")
        .hasMessageContaining("validFrom");
  }

  @Test
  void isEqualByValue() {
    ProgrammePolicy defaults = aarhus().build();
    ProgrammePolicy same = aarhus().loanFloor(DkkAmount.ofKroner(1_000)).build();

    assertThat(defaults).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(defaults).isNotEqualTo(aarhus().competenceMaxMonths(6).build());
  }

  @Test
  void namesEveryPolicyViolationsFieldAmongItsInvolvedAttributes() {
    for (PolicyViolation kind : PolicyViolation.values()) {
      assertThat(kind.involves().get(0)).isEqualTo(kind.field());
      assertThat(PolicyViolation.ofCode(kind.name()).get()).isEqualTo(kind);
    }
    assertThat(PolicyViolation.ofCode("NO_SUCH_CODE").isEmpty()).isTrue();
  }

  private static void assertRefused(UnaryOperator<ProgrammePolicy.Builder> change, String field, String code) {
    assertThat(refusal(change.apply(aarhus())).violations())
        .extracting(Violation::field, Violation::code)
        .containsExactly(tuple(field, code));
  }

  private static InvalidInputException refusal(ProgrammePolicy.Builder builder) {
    return catchThrowableOfType(InvalidInputException.class, builder::build);
  }
}
