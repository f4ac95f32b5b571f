package dk.mikrolan.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.policy.LoanPolicy;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.rules.Violation;
import dk.mikrolan.testkit.RequestBreakage;
import dk.mikrolan.testkit.ScheduleGenerators;
import dk.mikrolan.testkit.ScheduleLaws;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.junit.jupiter.api.Test;

/** Properties of the repayment schedule and its validator, on the testkit's generators. */
class ScheduleProperties {

  private static final int EXAMPLES = 1_200;
  private static final BankingCalendar CALENDAR = BankingCalendar.danish();
  private static final PolicyVersions<LoanPolicy> POLICIES = ScheduleGenerators.policies();

  @Test
  void everyValidScheduleKeepsEveryLaw() {
    qt().withExamples(EXAMPLES)
        .forAll(ScheduleGenerators.validTerms())
        .checkAssert(
            terms ->
                assertThat(ScheduleLaws.violations(RepaymentSchedule.of(terms, CALENDAR), CALENDAR))
                    .as("laws broken by the schedule of %s", terms)
                    .isEmpty());
  }

  @Test
  void validatorTurnsEveryValidRequestIntoItsTerms() {
    qt().withExamples(EXAMPLES)
        .forAll(ScheduleGenerators.validTerms())
        .checkAssert(
            terms -> {
              Validation<Seq<Violation>, RepaymentTerms> checked =
                  RepaymentTermsValidator.validate(ScheduleGenerators.toRequest(terms), POLICIES);
              assertThat(checked.isValid()).as("valid: %s", checked).isTrue();
              assertThat(checked.get()).isEqualTo(terms);
            });
  }

  @Test
  void validatorReportsEveryWayARequestIsBroken() {
    qt().withExamples(EXAMPLES)
        .forAll(ScheduleGenerators.brokenRequests())
        .checkAssert(
            broken -> {
              Validation<Seq<Violation>, RepaymentTerms> checked =
                  RepaymentTermsValidator.validate(broken.request(), POLICIES);
              assertThat(checked.isInvalid()).as("refused: %s", broken).isTrue();
              for (RequestBreakage way : broken.breakages()) {
                assertThat(checked.getError())
                    .as("violations of %s", broken)
                    .anyMatch(v -> v.code().equals(way.code()) && v.field().equals(way.field()));
              }
            });
  }
}
