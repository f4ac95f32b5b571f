package dk.mikrolan.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.rules.Refusal;
import dk.mikrolan.testkit.CaseGenerators;
import dk.mikrolan.testkit.CaseLaws;
import dk.mikrolan.testkit.CaseScript;
import java.util.List;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Model-based properties of the participant case: random command scripts, random actors. */
class ParticipantCaseProperties {

  private static final PolicyVersions<ProgrammePolicy> POLICIES = PolicyVersions.of(ProgrammePolicy.builder()
      .municipalityCode("751").municipalityName("Aarhus Kommune").validFrom(LocalDate.of(2020, 1, 1)).build());

  private interface Check {
    void step(ParticipantCase before, ParticipantCase after, Either<Refusal, List<CaseEvent>> outcome);
  }

  private static ParticipantCase run(CaseScript script, Check check) {
    ParticipantCase c = ParticipantCase.empty();
    c = c.evolveAll(c.decide(script.referral(), POLICIES).get());
    LocalDate date = script.referredOn();
    for (CaseScript.Step step : script.steps()) {
      date = date.plusDays(step.days());
      Either<Refusal, List<CaseEvent>> outcome = c.decide(step.command(c, date), POLICIES);
      ParticipantCase after = outcome.isRight() ? c.evolveAll(outcome.get()) : c;
      check.step(c, after, outcome);
      c = after;
    }
    return c;
  }

  @Test
  void everyStepKeepsTheStageInvariantsAndReplays() {
    qt().withExamples(1_200)
        .forAll(CaseGenerators.scripts(40))
        .checkAssert(script -> run(script, (before, after, outcome) ->
            assertThat(CaseLaws.violations(before, after)).isEmpty()));
  }

  @Test
  void everyRefusalNamesTheStageAndAtLeastOneReason() {
    qt().withExamples(1_200)
        .forAll(CaseGenerators.scripts(40))
        .checkAssert(script -> run(script, (before, after, outcome) -> {
          if (outcome.isLeft()) {
            assertThat(outcome.getLeft().reasons()).isNotEmpty();
            assertThat(outcome.getLeft().state()).isEqualTo(before.stage().name());
            assertThat(after).isSameAs(before);
          }
        }));
  }

  /** Guards the generator: invariants over scripts that never reach payout prove little. */
  @Test
  void scriptsReachEveryStage() {
    Set<Stage> reached = EnumSet.noneOf(Stage.class);
    qt().withFixedSeed(751L)
        .withExamples(600)
        .forAll(CaseGenerators.scripts(40))
        .checkAssert(script -> run(script, (before, after, outcome) -> reached.add(after.stage())));
    assertThat(reached).containsExactlyInAnyOrder(Stage.values());
  }
}
