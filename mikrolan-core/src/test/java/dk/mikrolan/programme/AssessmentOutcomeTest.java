package dk.mikrolan.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.mikrolan.eligibility.Answer;
import dk.mikrolan.eligibility.Assessment;
import dk.mikrolan.eligibility.EligibilityEvaluator;
import dk.mikrolan.eligibility.EligibilityRule;
import dk.mikrolan.eligibility.EligibilityStage;
import dk.mikrolan.eligibility.Score;
import dk.mikrolan.eligibility.ScreeningFacts;
import dk.mikrolan.policy.BenefitType;
import dk.mikrolan.policy.ProgrammePolicy;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssessmentOutcomeTest {

  private static final ProgrammePolicy POLICY = AarhusScenarioTest.AARHUS;

  private static ScreeningFacts facts(Answer wish) {
    return ScreeningFacts.builder().benefitType(BenefitType.CASH_BENEFIT).businessIdeaTitle("Syværksted")
        .businessIdeaRevenueModel("Ændringer og reparationer").wishToBeSelfEmployed(wish).build();
  }

  @Test
  void recordsTheFailedRulesWithTheirSourcesForTheJustification() {
    Map<EligibilityRule, Score> scores = new EnumMap<>(EligibilityRule.class);
    for (EligibilityRule rule : EligibilityRule.values()) {
      if (rule.stage() == EligibilityStage.ASSESSMENT) {
        scores.put(rule, Score.of(rule == EligibilityRule.COURAGE ? 2 : 4, "Vurderet efter tre café-møder."));
      }
    }
    Assessment assessment = Assessment.of("adv-1", LocalDate.of(2026, 2, 9), scores, POLICY);
    AssessmentOutcome outcome = AssessmentOutcome.from(
        EligibilityEvaluator.evaluate(facts(Answer.YES), Optional.of(assessment), POLICY));
    assertThat(outcome.verdict()).isEqualTo(AssessmentOutcome.Verdict.NOT_ELIGIBLE);
    assertThat(outcome.failedRules()).singleElement().satisfies(r -> {
      assertThat(r.id()).isEqualTo("COURAGE");
      assertThat(r.source()).startsWith("Notat om mikrolån");
      assertThat(r.text().danish()).contains("2").contains("3");
    });
  }

  @Test
  void screeningWithoutAnAssessmentIsIncomplete() {
    AssessmentOutcome outcome = AssessmentOutcome.from(EligibilityEvaluator.evaluate(facts(Answer.YES), Optional.empty(), POLICY));
    assertThat(outcome.verdict()).isEqualTo(AssessmentOutcome.Verdict.INCOMPLETE);
    assertThat(outcome.notAssessed()).contains("COURAGE", "MARKET");
  }

  @Test
  void refusesInconsistentOutcomes() {
    assertThatThrownBy(() -> new AssessmentOutcome(AssessmentOutcome.Verdict.ELIGIBLE, List.of(), List.of("COURAGE")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AssessmentOutcome(AssessmentOutcome.Verdict.NOT_ELIGIBLE, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
