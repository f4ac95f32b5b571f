package dk.mikrolan.examples.embedding;

import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.eligibility.Answer;
import dk.mikrolan.eligibility.EligibilityEvaluator;
import dk.mikrolan.eligibility.EligibilityVerdict;
import dk.mikrolan.eligibility.ScreeningFacts;
import dk.mikrolan.policy.BenefitType;
import dk.mikrolan.policy.LoanPolicy;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.rules.Violation;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentRequest;
import dk.mikrolan.schedule.RepaymentSchedule;
import dk.mikrolan.schedule.RepaymentTerms;
import dk.mikrolan.schedule.RepaymentTermsValidator;
import dk.mikrolan.schedule.RoundingUnit;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Optional;
import org.javamoney.moneta.Money;

/** The core alone: no storage, no HTTP — a repayment schedule and an eligibility verdict. */
public final class CoreAlone {

  private CoreAlone() {}

  /**
   * A loan of DKK 30,000 in 24 monthly instalments from 26 March 2027, due dates moved to banking days.
   *
   * @return the schedule
   */
  public static RepaymentSchedule schedule() {
    var policies = PolicyVersions.of(LoanPolicy.defaults(LocalDate.of(2026, 1, 1)));
    var request = new RepaymentRequest(Money.of(30_000, "DKK"), LocalDate.of(2027, 3, 26), Frequency.MONTHLY, 24,
        null, RoundingUnit.WHOLE_KRONER, LocalDate.of(2027, 1, 26));
    Validation<Seq<Violation>, RepaymentTerms> terms = RepaymentTermsValidator.validate(request, policies);
    if (terms.isInvalid()) {
      throw new IllegalArgumentException("Every problem at once: " + terms.getError());
    }
    return RepaymentSchedule.of(terms.get(), BankingCalendar.danish());
  }

  /**
   * Rough sorting of a person on cash benefit with a business idea and a revenue model.
   *
   * @return the verdict: every rule's outcome; the assessment's rules not yet assessed
   */
  public static EligibilityVerdict screening() {
    ProgrammePolicy aarhus = ProgrammePolicy.builder().municipalityCode("751").municipalityName("Aarhus Kommune")
        .validFrom(LocalDate.of(2026, 1, 1)).build();
    ScreeningFacts facts = ScreeningFacts.builder().benefitType(BenefitType.CASH_BENEFIT)
        .businessIdeaTitle("Cykelværksted").businessIdeaRevenueModel("Timepris og reservedele")
        .wishToBeSelfEmployed(Answer.YES).build();
    return EligibilityEvaluator.evaluate(facts, Optional.empty(), aarhus);
  }
}
