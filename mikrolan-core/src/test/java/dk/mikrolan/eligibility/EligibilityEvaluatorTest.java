package dk.mikrolan.eligibility;

import static dk.mikrolan.eligibility.EligibilityRule.*;
import static dk.mikrolan.eligibility.RuleStatus.FAILED;
import static dk.mikrolan.eligibility.RuleStatus.NOT_ASSESSED;
import static dk.mikrolan.eligibility.RuleStatus.PASSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.mikrolan.policy.BenefitType;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.rules.Violation;
import dk.mikrolan.testkit.EligibilityLaws;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class EligibilityEvaluatorTest {

  /** The memo's defaults: four benefit types, scale 1–5, at least 3. */
  private static final ProgrammePolicy MEMO = memoWith(b -> {});

  /** Aarhus today: flex job admitted too, and a stricter pass mark of 4. */
  private static final ProgrammePolicy AARHUS =
      ProgrammePolicy.builder()
          .municipalityCode("751")
          .municipalityName("Aarhus")
          .validFrom(LocalDate.of(2026, 1, 1))
          .eligibleBenefits(
              EnumSet.of(BenefitType.CASH_BENEFIT, BenefitType.EARLY_RETIREMENT_PENSION, BenefitType.SICKNESS_BENEFIT,
                  BenefitType.REHABILITATION, BenefitType.FLEX_JOB))
          .assessmentThreshold(4)
          .build();

  private static final LocalDate ASSESSED = LocalDate.of(2026, 3, 3);

  private static ProgrammePolicy memoWith(Consumer<ProgrammePolicy.Builder> change) {
    ProgrammePolicy.Builder b = ProgrammePolicy.builder();
    b.municipalityCode("101").municipalityName("København").validFrom(LocalDate.of(2026, 1, 1));
    change.accept(b);
    return b.build();
  }

  /** Screening facts that pass every rule, to change one thing at a time. */
  private static Screening screening() {
    return new Screening(BenefitType.CASH_BENEFIT, "Cykelværksted", "reparation og salg af brugte cykler", Answer.YES);
  }

  private record Screening(BenefitType benefit, String title, String revenue, Answer wish) {
    Screening benefitType(BenefitType b) {
      return new Screening(b, title, revenue, wish);
    }

    Screening businessIdeaTitle(String t) {
      return new Screening(benefit, t, revenue, wish);
    }

    Screening businessIdeaRevenueModel(String r) {
      return new Screening(benefit, title, r, wish);
    }

    Screening wishToBeSelfEmployed(Answer w) {
      return new Screening(benefit, title, revenue, w);
    }

    ScreeningFacts build() {
      ScreeningFacts.Builder b = ScreeningFacts.builder();
      b.benefitType(benefit).businessIdeaTitle(title).businessIdeaRevenueModel(revenue).wishToBeSelfEmployed(wish);
      return b.build();
    }
  }

  private static Map<EligibilityRule, Score> scores(int value) {
    Map<EligibilityRule, Score> scores = new EnumMap<>(EligibilityRule.class);
    for (EligibilityRule rule : EligibilityRule.values()) {
      if (rule.stage() == EligibilityStage.ASSESSMENT) {
        scores.put(rule, Score.of(value, "Godt forberedt."));
      }
    }
    return scores;
  }

  private static Optional<Assessment> assessment(Map<EligibilityRule, Score> scores, ProgrammePolicy policy) {
    return Optional.of(Assessment.of("AAR-V17", ASSESSED, scores, policy));
  }

  private static EligibilityVerdict evaluate(ScreeningFacts facts, Optional<Assessment> a, ProgrammePolicy policy) {
    EligibilityVerdict verdict = EligibilityEvaluator.evaluate(facts, a, policy);
    assertThat(EligibilityLaws.violations(verdict)).as("laws of %s", verdict).isEmpty();
    return verdict;
  }

  @Test
  void findsAnApplicantMeetingEveryRuleEligible() {
    EligibilityVerdict verdict = evaluate(screening().build(), assessment(scores(4), MEMO), MEMO);

    assertThat(verdict.status()).isEqualTo(EligibilityStatus.ELIGIBLE);
    assertThat(verdict.outcomes().stream().map(RuleOutcome::status)).containsOnly(PASSED).hasSize(8);
    assertThat(verdict.failures()).isEmpty();
    assertThat(verdict.reasons()).isEmpty();
    assertThat(verdict.municipalityCode()).isEqualTo("101");
    assertThat(verdict.policyValidFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
  }

  @Test
  void refusesFlexJobUnderTheMemoDefaults() {
    RuleOutcome target =
        evaluate(screening().benefitType(BenefitType.FLEX_JOB).build(), assessment(scores(4), MEMO), MEMO)
            .outcome(TARGET_GROUP);

    assertThat(target.status()).isEqualTo(FAILED);
    assertThat(target.facts().get("benefitType")).isEqualTo("FLEX_JOB");
    assertThat(target.facts().get("admittedBenefits"))
        .isEqualTo("CASH_BENEFIT, EARLY_RETIREMENT_PENSION, SICKNESS_BENEFIT, REHABILITATION");
  }

  @Test
  void admitsFlexJobInAarhus() {
    RuleOutcome target =
        evaluate(screening().benefitType(BenefitType.FLEX_JOB).build(), Optional.empty(), AARHUS).outcome(TARGET_GROUP);

    assertThat(target.status()).isEqualTo(PASSED);
    assertThat(target.danishText()).contains("forsørgelsesgrundlaget er fleksjob, som kommunens mikrolånsordning omfatter.");
  }

  @Test
  void leavesTheTargetGroupNotAssessedWhileTheBenefitIsUnknown() {
    ScreeningFacts facts =
        ScreeningFacts.builder().businessIdeaTitle("Syværksted").businessIdeaRevenueModel("ændringer").wishToBeSelfEmployed(Answer.YES).build();

    RuleOutcome target = evaluate(facts, assessment(scores(5), MEMO), MEMO).outcome(TARGET_GROUP);

    assertThat(target.status()).isEqualTo(NOT_ASSESSED);
    assertThat(target.facts().containsKey("benefitType")).isFalse();
    assertThat(target.englishText()).contains("the benefit has not been stated.");
  }

  @Test
  void citesTheDescriptionOfAnOtherBenefit() {
    ScreeningFacts.Builder other = ScreeningFacts.builder();
    other.benefitType(BenefitType.OTHER).benefitDescription(" ledighedsydelse ").businessIdeaTitle("Syværksted");
    ScreeningFacts facts = other.businessIdeaRevenueModel("ændringer").wishToBeSelfEmployed(Answer.YES).build();

    RuleOutcome refused = evaluate(facts, Optional.empty(), MEMO).outcome(TARGET_GROUP);
    RuleOutcome admitted =
        evaluate(facts, Optional.empty(), memoWith(b -> b.eligibleBenefits(EnumSet.of(BenefitType.OTHER))))
            .outcome(TARGET_GROUP);

    assertThat(refused.status()).isEqualTo(FAILED);
    assertThat(refused.facts().get("benefitDescription")).isEqualTo("ledighedsydelse");
    assertThat(refused.danishText()).contains("forsørgelsesgrundlaget er andet (ledighedsydelse), som kommunens");
    assertThat(admitted.status()).isEqualTo(PASSED);
    assertThat(admitted.englishText()).contains("the benefit is other (ledighedsydelse), which the municipality's");
  }

  @Test
  void failsABusinessIdeaWithoutTitleOrRevenueModel() {
    RuleOutcome noTitle = evaluate(screening().businessIdeaTitle(" ").build(), Optional.empty(), MEMO).outcome(BUSINESS_IDEA);
    RuleOutcome noRevenue =
        evaluate(screening().businessIdeaRevenueModel("").build(), Optional.empty(), MEMO).outcome(BUSINESS_IDEA);
    RuleOutcome nothing =
        evaluate(ScreeningFacts.builder().build(), Optional.empty(), MEMO).outcome(BUSINESS_IDEA);

    assertThat(noTitle.status()).isEqualTo(FAILED);
    assertThat(noTitle.danishText()).contains(": forretningsidéens titel er ikke oplyst.");
    assertThat(noRevenue.status()).isEqualTo(FAILED);
    assertThat(noRevenue.danishText()).contains(": det er ikke oplyst, hvordan forretningsidéen 'Cykelværksted' skal tjene penge.");
    assertThat(nothing.status()).isEqualTo(FAILED);
    assertThat(nothing.englishText()).contains(": no business idea is stated: neither a title nor how it will earn money.");
  }

  @Test
  void passesAStatedBusinessIdeaTrimmed() {
    RuleOutcome idea =
        evaluate(screening().businessIdeaTitle("  Cykelværksted ").build(), Optional.empty(), MEMO).outcome(BUSINESS_IDEA);

    assertThat(idea.status()).isEqualTo(PASSED);
    assertThat(idea.facts())
        .containsEntry("businessIdeaTitle", "Cykelværksted")
        .containsEntry("businessIdeaRevenueModel", "reparation og salg af brugte cykler");
    assertThat(idea.danishText())
        .isEqualTo(
            "Kriteriet 'Forretningsidé' er opfyldt: forretningsidéen 'Cykelværksted' er oplyst med, hvordan den skal"
                + " tjene penge: reparation og salg af brugte cykler. Kilde: Notat om mikrolån, afsnit 'Mere end bare at"
                + " give et mikrolån', trin 1 'Grov sortering'.");
  }

  @Test
  void readsTheApplicantsOwnAnswerOnTheWishToBeSelfEmployed() {
    RuleOutcome no = evaluate(screening().wishToBeSelfEmployed(Answer.NO).build(), Optional.empty(), MEMO).outcome(GENUINE_WISH);
    RuleOutcome unknown =
        evaluate(screening().wishToBeSelfEmployed(Answer.UNKNOWN).build(), Optional.empty(), MEMO).outcome(GENUINE_WISH);

    assertThat(no.status()).isEqualTo(FAILED);
    assertThat(no.facts()).containsExactly(Map.entry("wishToBeSelfEmployed", "NO"));
    assertThat(unknown.status()).isEqualTo(NOT_ASSESSED);
    assertThat(unknown.reason().isEmpty()).isTrue();
  }

  @Test
  void leavesEveryScoredCriterionNotAssessedBeforeTheAssessment() {
    EligibilityVerdict verdict = evaluate(screening().build(), Optional.empty(), MEMO);

    assertThat(verdict.status()).isEqualTo(EligibilityStatus.INCOMPLETE);
    assertThat(verdict.notAssessed().stream().map(RuleOutcome::rule)).containsExactly(COMPETENCES, COURAGE, MARKET, FEASIBILITY, PASSION);
    assertThat(verdict.outcome(MARKET).danishText())
        .isEqualTo(
            "Kriteriet 'Marked' er endnu ikke vurderet: vejlederens vurdering foreligger endnu ikke. Kilde: Notat om"
                + " mikrolån, afsnit 'Reelt ønske om selvstændighed', andet punkt.");
  }

  @Test
  void leavesACriterionTheAdvisorLeftOutNotAssessed() {
    Map<EligibilityRule, Score> scores = scores(4);
    scores.remove(FEASIBILITY);

    EligibilityVerdict verdict = evaluate(screening().build(), assessment(scores, MEMO), MEMO);

    assertThat(verdict.status()).isEqualTo(EligibilityStatus.INCOMPLETE);
    assertThat(verdict.notAssessed().stream().map(RuleOutcome::rule)).containsExactly(FEASIBILITY);
    assertThat(verdict.outcome(FEASIBILITY).englishText())
        .contains(": the advisor's assessment of 3 March 2026 gives no score for this criterion.");
  }

  @Test
  void passesAScoreAtTheThresholdAndFailsOneBelow() {
    Map<EligibilityRule, Score> scores = scores(3);
    scores.put(COURAGE, Score.of(2, "Tøver ved kundekontakt"));

    EligibilityVerdict verdict = evaluate(screening().build(), assessment(scores, MEMO), MEMO);

    assertThat(verdict.outcome(COMPETENCES).status()).isEqualTo(PASSED);
    assertThat(verdict.outcome(COURAGE).status()).isEqualTo(FAILED);
    assertThat(verdict.outcome(COURAGE).facts())
        .containsEntry("score", "2")
        .containsEntry("threshold", "3")
        .containsEntry("note", "Tøver ved kundekontakt");
  }

  @Test
  void failsInAarhusAScoreTheMemoDefaultsPass() {
    ScreeningFacts facts = screening().build();

    EligibilityVerdict memo = evaluate(facts, assessment(scores(3), MEMO), MEMO);
    EligibilityVerdict aarhus = evaluate(facts, assessment(scores(3), AARHUS), AARHUS);

    assertThat(memo.status()).isEqualTo(EligibilityStatus.ELIGIBLE);
    assertThat(aarhus.status()).isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
    assertThat(aarhus.failures().stream().map(RuleOutcome::rule)).containsExactly(COMPETENCES, COURAGE, MARKET, FEASIBILITY, PASSION);
    assertThat(aarhus.outcome(PASSION).danishText()).contains("vurderet 3 på en skala fra 1 til 5, hvor mindst 4 kræves");
  }

  @Test
  void doesNotReadAnAssessmentOnAnotherScaleOnThePolicysScale() {
    ProgrammePolicy wider = memoWith(b -> b.assessmentScaleMax(10).assessmentThreshold(6));

    EligibilityVerdict verdict = evaluate(screening().build(), assessment(scores(4), MEMO), wider);

    assertThat(verdict.status()).isEqualTo(EligibilityStatus.INCOMPLETE);
    assertThat(verdict.notAssessed()).hasSize(5);
    assertThat(verdict.outcome(COURAGE).facts())
        .containsEntry("assessmentScaleMax", "5")
        .containsEntry("scaleMax", "10")
        .doesNotContainKey("score");
    assertThat(verdict.outcome(COURAGE).danishText())
        .contains(
            ": vejlederens vurdering af 3. marts 2026 er givet på en skala fra 1 til 5, men kommunens regler bruger en"
                + " skala fra 1 til 10, så kriteriet skal vurderes igen.");
  }

  @Test
  void reportsEveryFailureTogetherNotJustTheFirst() {
    ScreeningFacts facts =
        screening().benefitType(BenefitType.FLEX_JOB).businessIdeaRevenueModel("").wishToBeSelfEmployed(Answer.NO).build();
    Map<EligibilityRule, Score> scores = scores(4);
    scores.put(MARKET, Score.of(1, "Ingen kunder i området."));
    scores.remove(PASSION);

    EligibilityVerdict verdict = evaluate(facts, assessment(scores, MEMO), MEMO);

    assertThat(verdict.status()).isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
    assertThat(verdict.failures().stream().map(RuleOutcome::rule)).containsExactly(TARGET_GROUP, BUSINESS_IDEA, GENUINE_WISH, MARKET);
    assertThat(verdict.reasons().map(Violation::code)).containsExactly("TARGET_GROUP", "BUSINESS_IDEA", "GENUINE_WISH", "MARKET");
    assertThat(verdict.reasons().map(Violation::field))
        .containsExactly("benefitType", "businessIdea", "wishToBeSelfEmployed", "scores.MARKET");
    assertThat(verdict.notAssessed().stream().map(RuleOutcome::rule)).containsExactly(PASSION);
    assertThat(verdict.withStatus(PASSED).stream().map(RuleOutcome::rule)).containsExactly(COMPETENCES, COURAGE, FEASIBILITY);
  }

  @Test
  void writesAFailedScoreInFullInBothLanguages() {
    Map<EligibilityRule, Score> scores = scores(4);
    scores.put(COURAGE, Score.of(2, "Tøver med at kontakte kunder"));

    RuleOutcome courage = evaluate(screening().build(), assessment(scores, MEMO), MEMO).outcome(COURAGE);

    assertThat(courage.danishText())
        .isEqualTo(
            "Kriteriet 'Gå-på-mod' er ikke opfyldt: vurderet 2 på en skala fra 1 til 5, hvor mindst 3 kræves, i"
                + " vejlederens vurdering af 3. marts 2026. Vejlederens bemærkning: Tøver med at kontakte kunder."
                + " Kilde: Notat om mikrolån, afsnit 'Reelt ønske om selvstændighed', første punkt.");
    assertThat(courage.englishText())
        .isEqualTo(
            "The criterion 'Courage' is not met: scored 2 on a scale from 1 to 5, where at least 3 is required, in"
                + " the advisor's assessment of 3 March 2026. The advisor's note: Tøver med at kontakte kunder."
                + " Source: Memo on micro-loans, section 'A genuine wish to be self-employed', first point.");
    assertThat(courage.reason().get())
        .isEqualTo(Violation.of("COURAGE", "scores.COURAGE", courage.danishText(), courage.englishText()));
    assertThat(courage.facts())
        .containsExactly(
            Map.entry("scaleMin", "1"),
            Map.entry("scaleMax", "5"),
            Map.entry("threshold", "3"),
            Map.entry("advisorId", "AAR-V17"),
            Map.entry("assessedOn", "2026-03-03"),
            Map.entry("score", "2"),
            Map.entry("note", "Tøver med at kontakte kunder"));
  }

  @Test
  void writesARefusedTargetGroupInFullCitingTheFormerAktivlov() {
    RuleOutcome target =
        evaluate(screening().benefitType(BenefitType.FLEX_JOB).build(), Optional.empty(), MEMO).outcome(TARGET_GROUP);

    assertThat(target.danishText())
        .isEqualTo(
            "Kriteriet 'Målgruppe' er ikke opfyldt: forsørgelsesgrundlaget er fleksjob, som kommunens"
                + " mikrolånsordning ikke omfatter; ordningen omfatter kontanthjælp, førtidspension, sygedagpenge og"
                + " revalidering. Kilde: Notat om mikrolån, afsnit 'Baggrund' og 'Målgruppe og formål'; historisk"
                + " retsgrundlag: den tidligere aktivlov § 65.");
    assertThat(target.englishText())
        .isEqualTo(
            "The criterion 'Target group' is not met: the benefit is flex job, which the municipality's micro-loan"
                + " programme does not admit; it admits cash benefit, early-retirement pension, sickness benefit and"
                + " rehabilitation. Source: Memo on micro-loans, sections 'Background' and 'Target group and purpose';"
                + " historical legal basis: the former aktivlov (Active Social Policy Act) § 65.");
  }

  @Test
  void endsANoteWithoutPunctuationWithAFullStopOnlyOnce() {
    Map<EligibilityRule, Score> scores = scores(4);
    scores.put(MARKET, Score.of(4, "Er der kunder nok?"));
    scores.put(PASSION, Score.of(5, "Brænder for idéen."));

    EligibilityVerdict verdict = evaluate(screening().build(), assessment(scores, MEMO), MEMO);

    assertThat(verdict.outcome(MARKET).danishText()).contains("bemærkning: Er der kunder nok? Kilde:");
    assertThat(verdict.outcome(PASSION).danishText()).contains("bemærkning: Brænder for idéen. Kilde:");
  }

  @Test
  void keepsTheAdvisorsNoteOutOfLogLines() {
    Map<EligibilityRule, Score> scores = scores(4);
    scores.put(COURAGE, Score.of(2, "Angst for telefonen"));

    EligibilityVerdict verdict = evaluate(screening().build(), assessment(scores, MEMO), MEMO);

    assertThat(verdict.toString()).doesNotContain("Angst").contains("COURAGE FAILED").contains("note=<19 characters>");
    assertThat(verdict.outcome(COURAGE).toString()).startsWith("COURAGE FAILED {scaleMin=1");
  }

  @Test
  void refusesAVerdictWithoutAnOutcomeForEveryRule() {
    EligibilityVerdict verdict = evaluate(screening().build(), Optional.empty(), MEMO);

    assertThatThrownBy(() -> new EligibilityVerdict(verdict.outcomes().subList(1, verdict.outcomes().size()), "101", MEMO.validFrom()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one outcome per rule");
    assertThatThrownBy(() -> new EligibilityVerdict(io.vavr.collection.List.ofAll(verdict.outcomes()).reverse().toJavaList(), "101", MEMO.validFrom()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesAnOutcomeWithoutFindings() {
    assertThatThrownBy(() -> new RuleOutcome(MARKET, PASSED, Map.of(), " ", "found"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MARKET");
  }
}
