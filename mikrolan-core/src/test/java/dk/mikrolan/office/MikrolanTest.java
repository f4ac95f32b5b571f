package dk.mikrolan.office;

import static org.assertj.core.api.Assertions.assertThat;

import dk.mikrolan.access.Actor;
import dk.mikrolan.access.Role;
import dk.mikrolan.aid.UndertakingId;
import dk.mikrolan.cohort.AttendanceSummary;
import dk.mikrolan.fund.FundPeriod;
import dk.mikrolan.fund.LoanFund;
import dk.mikrolan.fund.LoanFundCommand;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.identity.ParticipantId;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.BaseRate;
import dk.mikrolan.policy.BenefitType;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.port.AppendBatch;
import dk.mikrolan.port.InMemoryEventStore;
import dk.mikrolan.port.StreamAppend;
import dk.mikrolan.port.TestClock;
import dk.mikrolan.programme.ApproveLoan;
import dk.mikrolan.programme.AssessmentOutcome;
import dk.mikrolan.programme.CaseCommand;
import dk.mikrolan.programme.CaseEvent;
import dk.mikrolan.programme.OutboxLetter;
import dk.mikrolan.programme.ParticipantCase;
import dk.mikrolan.programme.ProgrammeStreams;
import dk.mikrolan.programme.Stage;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentTerms;
import dk.mikrolan.testkit.ProgrammeFixtures;
import dk.mikrolan.usecase.UseCaseResult;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The entry point: the actor fills every "by", the clock dates what the boundary dates, dates the
 * world supplies are bounded, and the permission table is checked before anything is decided.
 */
class MikrolanTest {

  private static final ProgrammePolicy AARHUS = ProgrammePolicy.builder().municipalityCode("751")
      .municipalityName("Aarhus Kommune").validFrom(LocalDate.of(2026, 1, 1))
      .addBaseRates(new BaseRate(LocalDate.of(2026, 1, 1), new BigDecimal("0.0231"))).build();
  private static final AttendanceSummary DONE = new AttendanceSummary(Set.of("ACCOUNTING", "TAX", "VAT", "INSURANCE"),
      4, 4, 4, Optional.empty());

  private static final Actor CASEWORKER = Actor.person("cw-1", Set.of(Role.CASEWORKER), Set.of("751"));
  private static final Actor ADVISOR = Actor.person("adv-1", Set.of(Role.CASEWORKER), Set.of("751"));
  private static final Actor DECIDER = Actor.person("head-1", Set.of(Role.DECIDER), Set.of("751"));
  private static final Actor FINANCE = Actor.person("fin-1", Set.of(Role.FINANCE), Set.of("751"));
  private static final CaseRef REF = CaseRef.of("751", "2026-0042");

  private final TestClock clock = TestClock.at("2026-01-05T09:00:00Z");
  private final InMemoryEventStore store = new InMemoryEventStore();
  private final List<OutboxLetter> sent = new ArrayList<>();
  private final Mikrolan office = Mikrolan.builder(store, sent::add, clock).policies(PolicySource.of(List.of(AARHUS))).build();

  private static RepaymentTerms terms() {
    return RepaymentTerms.builder().principal(DkkAmount.ofKroner(12_000)).firstDueDate(LocalDate.of(2026, 8, 1))
        .frequency(Frequency.MONTHLY).plan(RepaymentPlan.byCount(12)).disbursementDate(LocalDate.of(2026, 6, 1)).build();
  }

  private ParticipantCase kase() {
    return ParticipantCase.replay(store.load(ProgrammeStreams.caseStream(REF), CaseEvent.class));
  }

  private void does(Actor actor, CaseCommand command) {
    assertThat(office.caseWork(actor, REF, command, Optional.empty())).as("%s", command)
        .isInstanceOf(UseCaseResult.Done.class);
  }

  /** Referral to recommendation, the clock moving as the programme does; commands carry stale dates. */
  private void recommended() {
    LocalDate stale = LocalDate.of(2020, 1, 1);
    does(CASEWORKER, new CaseCommand.Refer(ProgrammeFixtures.participant("P-1", "Navn", BenefitType.SICKNESS_BENEFIT),
        "751", stale, "someone-else"));
    does(CASEWORKER, new CaseCommand.SubmitApplication(ProgrammeFixtures.application(DkkAmount.ofKroner(12_000),
        RepaymentPlan.byCount(12), Frequency.MONTHLY), stale, "x"));
    does(CASEWORKER, new CaseCommand.StartScreening(stale, "x"));
    does(CASEWORKER, new CaseCommand.RecordScreening(AssessmentOutcome.eligible(), stale, "x"));
    does(ADVISOR, new CaseCommand.RecordCafeMeeting("møde", office.today(), "x"));
    does(ADVISOR, new CaseCommand.RecordAssessment(AssessmentOutcome.eligible(), stale, "x"));
    does(CASEWORKER, new CaseCommand.StartCompetenceDevelopment("H-1", stale, "x"));
    clock.advance(Duration.ofDays(133)); // 18 May 2026
    does(CASEWORKER, new CaseCommand.StartSeminar(DONE, stale, "x"));
    clock.advance(Duration.ofDays(3));
    does(ADVISOR, new CaseCommand.Recommend(terms(), DONE, stale, "x"));
    clock.advance(Duration.ofDays(1)); // 22 May 2026
    store.append(AppendBatch.of("admin", "setup", new StreamAppend(LoanFund.streamId("751", FundPeriod.ofYear(2026)), 0,
        LoanFund.empty().decide(LoanFundCommand.Open.from(AARHUS, FundPeriod.ofYear(2026), LocalDate.of(2026, 1, 1)))
            .get().toJavaList())));
  }

  private Mikrolan.Approval approval() {
    return new Mikrolan.Approval(UndertakingId.of("751", ParticipantId.of("P-1")), Optional.empty(),
        FundPeriod.ofYear(2026), terms(), List.of(), new BigDecimal("7.46"));
  }

  @Test
  void theActorIsEveryByAndTheClockDatesWhatTheBoundaryDates() {
    recommended();
    ParticipantCase kase = kase();
    assertThat(kase.stage()).isEqualTo(Stage.FINAL_SEMINAR);
    // Whatever the commands said, the events name the acting users and today's dates.
    assertThat(kase.events().map(CaseEvent::by).distinct()).containsExactly("cw-1", "adv-1");
    assertThat(kase.events().head().date()).isEqualTo(LocalDate.of(2026, 1, 5));
    assertThat(kase.events().last().date()).isEqualTo(LocalDate.of(2026, 5, 21));
    assertThat(kase.recommendation().get().by()).isEqualTo("adv-1");
  }

  @Test
  void theApproverIsTheActorAndFourEyesComparesActorIds() {
    recommended();
    Actor advisorWithAuthority = Actor.person("adv-1", Set.of(Role.DECIDER), Set.of("751"));
    assertThat(office.approve(advisorWithAuthority, REF, approval(), Optional.empty()))
        .isInstanceOfSatisfying(UseCaseResult.Refused.class, r -> assertThat(r.refusal().hasReason("FOUR_EYES")).isTrue());
    UseCaseResult<ApproveLoan.Outcome> approved = office.approve(DECIDER, REF, approval(), Optional.empty());
    assertThat(approved).isInstanceOf(UseCaseResult.Done.class);
    assertThat(kase().approval().get().decision().decidedBy()).isEqualTo("head-1");
    assertThat(kase().approval().get().decision().date()).isEqualTo(LocalDate.of(2026, 5, 22));
    office.letters().dispatch(10);
    assertThat(sent).singleElement().satisfies(l -> assertThat(l.municipalityCode()).isEqualTo("751"));
  }

  @Test
  void aDateTheWorldSuppliesIsKeptButNeverInTheFutureNorTooLate() {
    recommended();
    long before = store.version(ProgrammeStreams.caseStream(REF));
    LocalDate today = office.today();
    UseCaseResult<ParticipantCase> tomorrow = office.caseWork(ADVISOR, REF,
        new CaseCommand.RecordHearingAnswer("svar", today.plusDays(1), "x"), Optional.empty());
    assertThat(tomorrow).isInstanceOfSatisfying(UseCaseResult.Refused.class,
        r -> assertThat(r.refusal().hasReason("DATE_IN_FUTURE")).isTrue());
    UseCaseResult<ParticipantCase> late = office.caseWork(ADVISOR, REF,
        new CaseCommand.RecordCafeMeeting("gammelt møde", today.minusDays(91), "x"), Optional.empty());
    assertThat(late).isInstanceOfSatisfying(UseCaseResult.Refused.class,
        r -> assertThat(r.refusal().hasReason("REGISTERED_TOO_LATE")).isTrue());
    assertThat(store.version(ProgrammeStreams.caseStream(REF))).isEqualTo(before);
    assertThat(office.disburse(FINANCE, REF, DkkAmount.ofKroner(1_000), today.plusDays(1), "NK", Optional.empty()))
        .isInstanceOfSatisfying(UseCaseResult.Refused.class, r -> assertThat(r.refusal().hasReason("DATE_IN_FUTURE")).isTrue());
  }

  @Test
  void theRoleTableIsCheckedBeforeAnythingIsDecided() {
    recommended();
    long before = store.version(ProgrammeStreams.caseStream(REF));
    assertThat(office.caseWork(FINANCE, REF, new CaseCommand.AddNote("n", office.today(), "x"), Optional.empty()))
        .isInstanceOfSatisfying(UseCaseResult.Refused.class, r -> assertThat(r.refusal().state()).isEqualTo("FORBIDDEN"));
    Actor copenhagen = Actor.person("cw-9", Set.of(Role.CASEWORKER), Set.of("101"));
    assertThat(office.caseWork(copenhagen, REF, new CaseCommand.AddNote("n", office.today(), "x"), Optional.empty()))
        .isInstanceOfSatisfying(UseCaseResult.Refused.class, r -> assertThat(r.refusal().state()).isEqualTo("NOT_FOUND"));
    assertThat(office.approve(CASEWORKER, REF, approval(), Optional.empty()))
        .isInstanceOfSatisfying(UseCaseResult.Refused.class, r -> assertThat(r.refusal().state()).isEqualTo("FORBIDDEN"));
    assertThat(store.version(ProgrammeStreams.caseStream(REF))).isEqualTo(before);
  }

  @Test
  void anIdempotencyKeyIsTheActingUsersOwn() {
    recommended();
    RequestKey<ParticipantCase> key = new RequestKey<>("k-1", "POST notes", (c, v) -> "stage " + c.stage());
    assertThat(office.caseWork(CASEWORKER, REF, new CaseCommand.AddNote("n", office.today(), "x"), Optional.of(key)))
        .isInstanceOf(UseCaseResult.Done.class);
    assertThat(office.caseWork(CASEWORKER, REF, new CaseCommand.AddNote("n", office.today(), "x"), Optional.of(key)))
        .isEqualTo(new UseCaseResult.Repeated<>("stage FINAL_SEMINAR"));
    // Another user's identical key is another key: it decides anew.
    assertThat(office.caseWork(ADVISOR, REF, new CaseCommand.AddNote("n", office.today(), "x"), Optional.of(key)))
        .isInstanceOf(UseCaseResult.Done.class);
  }

  @Test
  void fourEyesKeepsTheRecommendingAdvisorFromEveryDecisionOnTheLoan() {
    recommended();
    Actor advisorWithAuthority = Actor.person("adv-1", Set.of(Role.DECIDER), Set.of("751"));
    UseCaseResult<ParticipantCase> rejection = office.caseWork(advisorWithAuthority, REF, new CaseCommand.Reject(
        List.of(new dk.mikrolan.rules.RuleReference("GENUINE_WISH", "Notat om mikrolån",
            dk.mikrolan.rules.Text.of("Reelt ønske", "Genuine wish"))),
        List.of(dk.mikrolan.rules.Text.of("Hensyn", "Consideration")), List.of(), false, office.today(), "x"),
        Optional.empty());
    assertThat(rejection).isInstanceOfSatisfying(UseCaseResult.Refused.class,
        r -> assertThat(r.refusal().hasReason("FOUR_EYES")).isTrue());
    UseCaseResult<?> deferral = office.changeLoan(advisorWithAuthority, REF,
        new dk.mikrolan.loan.LoanCommand.Defer(1, office.today(), "sygdom", "x"), Optional.empty());
    assertThat(deferral).isInstanceOfSatisfying(UseCaseResult.Refused.class,
        r -> assertThat(r.refusal().hasReason("FOUR_EYES")).isTrue());
    // Another decider may reject; the rejection is dated today and decided by that decider.
    assertThat(office.caseWork(DECIDER, REF, new CaseCommand.Reject(
        List.of(new dk.mikrolan.rules.RuleReference("GENUINE_WISH", "Notat om mikrolån",
            dk.mikrolan.rules.Text.of("Reelt ønske", "Genuine wish"))),
        List.of(dk.mikrolan.rules.Text.of("Hensyn", "Consideration")), List.of(), false, LocalDate.of(2020, 1, 1),
        "someone-else"), Optional.empty())).isInstanceOf(UseCaseResult.Done.class);
    assertThat(kase().rejection().get().decidedBy()).isEqualTo("head-1");
    assertThat(kase().rejection().get().date()).isEqualTo(office.today());
  }
}
