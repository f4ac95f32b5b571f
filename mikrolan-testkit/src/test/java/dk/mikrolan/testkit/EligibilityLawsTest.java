package dk.mikrolan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dk.mikrolan.eligibility.Answer;
import dk.mikrolan.eligibility.Assessment;
import dk.mikrolan.eligibility.EligibilityEvaluator;
import dk.mikrolan.eligibility.EligibilityRule;
import dk.mikrolan.eligibility.EligibilityVerdict;
import dk.mikrolan.eligibility.RuleOutcome;
import dk.mikrolan.eligibility.RuleStatus;
import dk.mikrolan.eligibility.Score;
import dk.mikrolan.eligibility.ScreeningFacts;
import dk.mikrolan.policy.BenefitType;
import dk.mikrolan.policy.ProgrammePolicy;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A law check that cannot fail is worthless: each test breaks one law of a correct verdict by hand
 * and expects that law to be reported.
 */
class EligibilityLawsTest {

  private static final ProgrammePolicy POLICY = policy();

  private static ProgrammePolicy policy() {
    ProgrammePolicy.Builder b = ProgrammePolicy.builder();
    b.municipalityCode("751").municipalityName("Aarhus").validFrom(LocalDate.of(2026, 1, 1));
    return b.build();
  }

  private static EligibilityVerdict verdict(Answer wish, int courage) {
    ScreeningFacts.Builder facts = ScreeningFacts.builder();
    facts.benefitType(BenefitType.CASH_BENEFIT).businessIdeaTitle("Syværksted").businessIdeaRevenueModel("ændringer");
    facts.wishToBeSelfEmployed(wish);
    Map<EligibilityRule, Score> scores = new EnumMap<>(EligibilityRule.class);
    for (EligibilityRule rule : EligibilityRule.values()) {
      if (rule.ordinal() >= EligibilityRule.COMPETENCES.ordinal()) {
        scores.put(rule, Score.of(rule == EligibilityRule.COURAGE ? courage : 4, "Fin."));
      }
    }
    Assessment a = Assessment.of("AAR-V1", LocalDate.of(2026, 2, 2), scores, POLICY);
    return EligibilityEvaluator.evaluate(facts.build(), Optional.of(a), POLICY);
  }

  private static EligibilityVerdict replace(EligibilityVerdict v, RuleOutcome outcome) {
    java.util.List<RuleOutcome> outcomes = new java.util.ArrayList<>(v.outcomes());
    outcomes.set(outcome.rule().ordinal(), outcome);
    return new EligibilityVerdict(outcomes, v.municipalityCode(), v.policyValidFrom());
  }

  @Test
  void findsNothingWrongWithACorrectVerdict() {
    assertThat(EligibilityLaws.violations(verdict(Answer.YES, 4))).isEmpty();
    assertThat(EligibilityLaws.violations(verdict(Answer.NO, 1))).isEmpty();
    assertThat(EligibilityLaws.worseningViolations(verdict(Answer.YES, 4), EligibilityRule.COURAGE, verdict(Answer.YES, 1)))
        .isEmpty();
  }

  @Test
  void reportsAScoreBelowTheThresholdThatPassed() {
    EligibilityVerdict v = verdict(Answer.YES, 2);
    RuleOutcome failed = v.outcome(EligibilityRule.COURAGE);
    RuleOutcome passed =
        new RuleOutcome(failed.rule(), RuleStatus.PASSED, failed.facts(), failed.danishFinding(), failed.englishFinding());

    assertThat(EligibilityLaws.violations(replace(v, passed)))
        .containsExactly("COURAGE scored 2 against 3 is PASSED");
  }

  @Test
  void reportsATextThatDoesNotCiteTheScore() {
    EligibilityVerdict v = verdict(Answer.YES, 4);
    RuleOutcome market = v.outcome(EligibilityRule.MARKET);
    RuleOutcome silent =
        new RuleOutcome(market.rule(), market.status(), market.facts(), "vurderet godt.", "assessed well.");

    assertThat(EligibilityLaws.violations(replace(v, silent)))
        .singleElement()
        .asString()
        .startsWith("MARKET's Danish text does not cite score and threshold");
  }

  @Test
  void reportsEveryWayAWorseningMadeThingsBetter() {
    EligibilityVerdict worse = verdict(Answer.NO, 1);
    EligibilityVerdict eligible = verdict(Answer.YES, 4);

    assertThat(EligibilityLaws.worseningViolations(worse, EligibilityRule.MARKET, eligible))
        .containsExactly(
            "a failing fact for MARKET left the verdict ELIGIBLE",
            "failures fell from 2 to 0",
            "GENUINE_WISH failed before and is PASSED after",
            "COURAGE failed before and is PASSED after",
            "the worsened rule MARKET is PASSED");
  }
}
