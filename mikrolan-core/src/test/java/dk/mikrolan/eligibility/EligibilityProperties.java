package dk.mikrolan.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dk.mikrolan.rules.Violation;
import dk.mikrolan.testkit.EligibilityGenerators;
import dk.mikrolan.testkit.EligibilityLaws;
import dk.mikrolan.testkit.PlannedApplicant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Properties of the eligibility evaluator, on the testkit's planned applicants. */
class EligibilityProperties {

  private static final int EXAMPLES = 1_200;

  private static EligibilityVerdict evaluate(PlannedApplicant applicant) {
    return EligibilityEvaluator.evaluate(applicant.screening(), applicant.assessment(), applicant.policy());
  }

  @Test
  void failingKRulesGivesExactlyKReasonsNamingThoseRules() {
    qt().withExamples(EXAMPLES)
        .forAll(EligibilityGenerators.applicants())
        .checkAssert(
            applicant -> {
              EligibilityVerdict verdict = evaluate(applicant);
              Set<EligibilityRule> planned = applicant.plannedFailures();
              List<Violation> reasons = verdict.reasons().toJavaList();

              assertThat(reasons).as("reasons for %s: %s", applicant, verdict).hasSize(planned.size());
              assertThat(reasons).extracting(Violation::code)
                  .as("reasons for %s", applicant)
                  .containsExactlyElementsOf(planned.stream().map(Enum::name).toList());
              assertThat(verdict.failures().stream().map(RuleOutcome::rule).toList())
                  .as("failures for %s", applicant)
                  .containsExactlyElementsOf(planned);
              for (EligibilityRule rule : EligibilityRule.values()) {
                assertThat(verdict.outcome(rule).status())
                    .as("%s for %s: %s", rule, applicant, verdict.outcome(rule).englishText())
                    .isEqualTo(applicant.planned().get(rule));
              }
            });
  }

  @Test
  void addingAFailingFactNeverMakesAVerdictEligibleNorLowersTheFailures() {
    qt().withExamples(EXAMPLES)
        .forAll(EligibilityGenerators.worsenings())
        .checkAssert(
            w -> {
              EligibilityVerdict before = evaluate(w.before());
              EligibilityVerdict after = evaluate(w.after());

              assertThat(EligibilityLaws.worseningViolations(before, w.rule(), after))
                  .as("worsening %s: %s → %s", w.rule(), before, after)
                  .isEmpty();
              assertThat(after.status()).isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
              assertThat(after.failures().size()).isEqualTo(before.failures().size() + 1);
            });
  }

  @Test
  void isEligibleExactlyWhenAllEightRulesPassed() {
    qt().withExamples(EXAMPLES)
        .forAll(EligibilityGenerators.applicants())
        .checkAssert(
            applicant -> {
              EligibilityVerdict verdict = evaluate(applicant);
              boolean allPassed = verdict.outcomes().stream().allMatch(o -> o.status() == RuleStatus.PASSED);

              assertThat(verdict.status() == EligibilityStatus.ELIGIBLE).as("%s", verdict).isEqualTo(allPassed);
              assertThat(verdict.withStatus(RuleStatus.PASSED).size() == 8).isEqualTo(allPassed);
            });
  }

  @Test
  void everyVerdictKeepsEveryLaw() {
    qt().withExamples(EXAMPLES)
        .forAll(EligibilityGenerators.applicants())
        .checkAssert(
            applicant -> {
              EligibilityVerdict verdict = evaluate(applicant);
              assertThat(EligibilityLaws.violations(verdict)).as("laws broken by %s", verdict).isEmpty();
            });
  }

  /** Guards the properties against passing on a generator that never reaches some case. */
  @Test
  void generatorReachesEveryFailureCountStatusAndVerdict() {
    Set<Integer> counts = new HashSet<>();
    Set<String> statuses = new HashSet<>();
    Set<EligibilityStatus> verdicts = EnumSet.noneOf(EligibilityStatus.class);
    Set<String> notAssessedWhy = new HashSet<>();
    qt().withExamples(EXAMPLES)
        .forAll(EligibilityGenerators.applicants())
        .checkAssert(
            applicant -> {
              EligibilityVerdict verdict = evaluate(applicant);
              counts.add(verdict.failures().size());
              verdicts.add(verdict.status());
              verdict.outcomes().forEach(o -> statuses.add(o.rule() + " " + o.status()));
              verdict.notAssessed().stream()
                  .filter(o -> o.rule().stage() == EligibilityStage.ASSESSMENT)
                  .forEach(o -> notAssessedWhy.add(o.facts().containsKey("assessmentScaleMax") ? "other scale"
                      : o.facts().containsKey("advisorId") ? "left out" : "no assessment"));
            });

    assertThat(counts).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(verdicts).containsExactlyInAnyOrder(EligibilityStatus.values());
    assertThat(notAssessedWhy).containsExactlyInAnyOrder("other scale", "left out", "no assessment");
    for (EligibilityRule rule : EligibilityRule.values()) {
      for (RuleStatus status : RuleStatus.values()) {
        if (rule != EligibilityRule.BUSINESS_IDEA || status != RuleStatus.NOT_ASSESSED) {
          assertThat(statuses).as("reached").contains(rule + " " + status);
        }
      }
    }
  }
}
