package dk.mikrolan.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dk.mikrolan.rules.Refusal;
import dk.mikrolan.testkit.FundGenerators;
import dk.mikrolan.testkit.FundLaws;
import dk.mikrolan.testkit.FundScript;
import java.util.List;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Model-based properties of the loan fund: random command scripts with dates moving forward. */
class LoanFundProperties {

  @Test
  void everyStepAgreesWithTheModelKeepsTheCeilingAndReplaysToTheSameState() {
    qt().withExamples(1_200)
        .forAll(FundGenerators.scripts())
        .checkAssert(script -> run(script, (fund, model, accepted) -> {
          assertThat(FundLaws.violations(fund)).isEmpty();
          assertThat(fund.committed().ore()).isEqualTo(model.committed());
          assertThat(fund.disbursed().ore()).isEqualTo(model.disbursed());
          assertThat(fund.returned().ore()).isEqualTo(model.returned());
          assertThat(fund.remainingRoom().ore()).isEqualTo(model.room());
        }));
  }

  @Test
  void everyRefusalNamesTheStatusAndAtLeastOneReason() {
    qt().withExamples(1_200)
        .forAll(FundGenerators.scripts(20))
        .checkAssert(script -> {
          LoanFund fund = open(script);
          java.util.List<LocalDate> dates = script.dates();
          for (int i = 0; i < script.steps().size(); i++) {
            Either<Refusal, List<LoanFundEvent>> outcome = fund.decide(script.steps().get(i).command(fund, dates.get(i), i));
            if (outcome.isLeft()) {
              assertThat(outcome.getLeft().reasons()).isNotEmpty();
              assertThat(outcome.getLeft().state()).isEqualTo("OPEN");
            } else {
              fund = fund.evolveAll(outcome.get());
            }
          }
        });
  }

  /** Guards the generator: properties over scripts that never reach an event prove little. */
  @Test
  void scriptsReachEveryKindOfEventAndBothOutcomesOfEveryStep() {
    Set<Class<?>> events = new HashSet<>();
    Set<String> outcomes = new HashSet<>();
    qt().withFixedSeed(20_261_126L)
        .withExamples(300)
        .forAll(FundGenerators.scripts())
        .checkAssert(script -> run(script, (fund, model, accepted) -> {
          events.add(fund.events().get(fund.events().size() - 1).getClass());
          outcomes.add(accepted);
        }));
    events.add(LoanFundEvent.FundOpened.class);
    assertThat(events).containsAll(java.util.Arrays.asList(LoanFundEvent.class.getPermittedSubclasses()));
    for (FundScript.Kind kind : FundScript.Kind.values()) {
      if (kind != FundScript.Kind.COMMIT_ABOVE_ROOM) {
        assertThat(outcomes).contains(kind + " accepted");
      }
      if (kind != FundScript.Kind.COMMIT_ALL_ROOM && kind != FundScript.Kind.RAISE_CEILING) {
        assertThat(outcomes).contains(kind + " refused");
      }
    }
  }

  private interface Check {
    /** Called after every step; {@code outcome} is {@code KIND accepted} or {@code KIND refused}. */
    void after(LoanFund fund, LoanFundModel model, String outcome);
  }

  private static LoanFund open(FundScript script) {
    return LoanFund.empty().evolveAll(LoanFund.empty().decide(script.open()).get());
  }

  private static void run(FundScript script, Check check) {
    LoanFund fund = open(script);
    LoanFundModel model = new LoanFundModel(script.open());
    java.util.List<LocalDate> dates = script.dates();
    for (int i = 0; i < script.steps().size(); i++) {
      FundScript.Step step = script.steps().get(i);
      LoanFundCommand command = step.command(fund, dates.get(i), i);
      Either<Refusal, List<LoanFundEvent>> outcome = fund.decide(command);
      assertThat(outcome.isRight()).as("step %s: %s → %s", i, command, outcome).isEqualTo(model.accepts(command));
      if (outcome.isRight()) {
        fund = fund.evolveAll(outcome.get());
        model.apply(command);
      }
      check.after(fund, model, step.kind() + (outcome.isRight() ? " accepted" : " refused"));
    }
  }
}
