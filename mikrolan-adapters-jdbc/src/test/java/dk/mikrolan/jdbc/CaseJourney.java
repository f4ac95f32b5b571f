package dk.mikrolan.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dk.mikrolan.cohort.AttendanceSummary;
import dk.mikrolan.identity.CaseId;
import dk.mikrolan.loan.LoanStatus;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.port.StreamId;
import dk.mikrolan.programme.AidStatement;
import dk.mikrolan.programme.AssessmentOutcome;
import dk.mikrolan.programme.CaseCommand;
import dk.mikrolan.programme.CaseEvent;
import dk.mikrolan.programme.Participant;
import dk.mikrolan.programme.ParticipantCase;
import dk.mikrolan.programme.ProgrammeStreams;
import dk.mikrolan.programme.Stage;
import dk.mikrolan.rules.Refusal;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentTerms;
import dk.mikrolan.testkit.ProgrammeFixtures;
import java.util.List;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * A case taken along the memo's path by accepted commands, a week between steps, for tests that
 * need cases in given stages. Every event comes from {@link ParticipantCase#decide}.
 */
final class CaseJourney {

  private static final PolicyVersions<ProgrammePolicy> POLICIES = PolicyVersions.of(ProgrammePolicy.builder()
      .municipalityCode("751")
      .municipalityName("Aarhus Kommune")
      .validFrom(LocalDate.of(2020, 1, 1))
      .journalReference("15.00.00-G01")
      .build());
  private static final AttendanceSummary PREPARED = new AttendanceSummary(
      Set.of("ACCOUNTING", "TAX", "VAT", "INSURANCE"), 4, 0, 0, Optional.empty());

  private final CaseId caseId;
  private ParticipantCase kase = ParticipantCase.empty();
  private LocalDate day;

  private CaseJourney(CaseId caseId, LocalDate referredOn) {
    this.caseId = caseId;
    this.day = referredOn;
  }

  static CaseJourney refer(String caseId, Participant participant, String municipalityCode, LocalDate on) {
    CaseJourney j = new CaseJourney(CaseId.of(caseId), on);
    j.does(new CaseCommand.Refer(participant, municipalityCode, on, "cw-1"));
    j.does(new CaseCommand.SubmitApplication(ProgrammeFixtures.application(DkkAmount.ofKroner(40_000),
        RepaymentPlan.byCount(48), Frequency.MONTHLY), on, "cw-1"));
    return j;
  }

  CaseJourney does(CaseCommand command) {
    Either<Refusal, List<CaseEvent>> outcome = kase.decide(command, POLICIES);
    assertThat(outcome.isRight()).as("%s", outcome).isTrue();
    kase = kase.evolveAll(outcome.get());
    return this;
  }

  /** Takes the case along the path until it reaches a stage; the cohort is used if it passes one. */
  CaseJourney advanceTo(Stage target, String cohortId) {
    while (kase.stage() != target) {
      day = day.plusDays(7);
      does(next(cohortId));
    }
    return this;
  }

  CaseJourney withdraw() {
    day = day.plusDays(7);
    return does(new CaseCommand.Withdraw("Fik arbejde", day, "cw-1"));
  }

  private CaseCommand next(String cohortId) {
    return switch (kase.stage()) {
      case REFERRED -> new CaseCommand.StartScreening(day, "cw-1");
      case SCREENING -> new CaseCommand.RecordScreening(AssessmentOutcome.eligible(), day, "cw-1");
      case CAFE_MEETINGS -> kase.cafeMeetings() == 0
          ? new CaseCommand.RecordCafeMeeting("Første møde", day, "adv-1")
          : kase.assessment().isEmpty()
              ? new CaseCommand.RecordAssessment(AssessmentOutcome.eligible(), day, "adv-1")
              : new CaseCommand.StartCompetenceDevelopment(cohortId, day, "cw-1");
      case COMPETENCE_DEVELOPMENT -> {
        day = day.plusMonths(3); // the memo's 2–4 months of competence development
        yield new CaseCommand.StartSeminar(PREPARED, day, "cw-1");
      }
      case FINAL_SEMINAR -> kase.recommendation().isEmpty()
          ? new CaseCommand.Recommend(terms(), seminarDone(), day, "adv-1")
          : new CaseCommand.Approve(terms(), DkkAmount.ofKroner(700_000),
              Optional.of(new AidStatement(DkkAmount.parse("DKK 3912.57"), new BigDecimal("524.46"))),
              java.util.List.of(), dk.mikrolan.programme.Booking.of(dk.mikrolan.fund.FundPeriod.ofYear(day.getYear()),
                  dk.mikrolan.aid.UndertakingId.of(kase.municipalityCode(), kase.participantId().get())), Optional.empty(),
              new BigDecimal("7.4600"), day, "head-1");
      case APPROVED -> new CaseCommand.RecordDisbursement(kase.approvedTerms().get().principal(), day, "cw-1");
      case DISBURSED -> new CaseCommand.FollowLoan(LoanStatus.ACTIVE, true, day, "system");
      case REPAYING -> new CaseCommand.FollowLoan(LoanStatus.REPAID, true, day, "system");
      case CLOSED, REJECTED, WITHDRAWN -> throw new IllegalStateException("No next step from " + kase.stage());
    };
  }

  private AttendanceSummary seminarDone() {
    return new AttendanceSummary(Set.of("ACCOUNTING", "TAX", "VAT", "INSURANCE"), 4, 4, 4, Optional.of(day));
  }

  private RepaymentTerms terms() {
    return RepaymentTerms.builder()
        .principal(DkkAmount.ofKroner(40_000))
        .firstDueDate(day.plusMonths(2).withDayOfMonth(1))
        .frequency(Frequency.MONTHLY)
        .plan(RepaymentPlan.byCount(48))
        .disbursementDate(day.plusDays(10))
        .build();
  }

  StreamId stream() {
    return ProgrammeStreams.caseStream(ref());
  }

  dk.mikrolan.identity.CaseRef ref() {
    return dk.mikrolan.identity.CaseRef.of(kase.municipalityCode(), caseId);
  }

  CaseId caseId() {
    return caseId;
  }

  ParticipantCase state() {
    return kase;
  }

  java.util.List<CaseEvent> events() {
    return kase.events();
  }
}
