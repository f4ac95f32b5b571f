package dk.mikrolan.office;

import static org.assertj.core.api.Assertions.assertThat;

import dk.mikrolan.access.Actor;
import dk.mikrolan.access.Role;
import dk.mikrolan.aid.UndertakingId;
import dk.mikrolan.cohort.CohortId;
import dk.mikrolan.cohort.SessionKind;
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
  private static final CohortId H1 = CohortId.of("H-1");

  private static final Actor CASEWORKER = Actor.person("cw-1", Set.of(Role.CASEWORKER), Set.of("751"));
  private static final Actor ADVISOR = Actor.person("adv-1", Set.of(Role.CASEWORKER), Set.of("751"));
  private static final Actor DECIDER = Actor.person("head-1", Set.of(Role.DECIDER), Set.of("751"));
  private static final Actor FINANCE = Actor.person("fin-1", Set.of(Role.FINANCE), Set.of("751"));
  private static final CaseRef REF = CaseRef.of("751", "2026-0042");

  private final TestClock clock = TestClock.at("2026-01-05T09:00:00Z");
  private final InMemoryEventStore store = new InMemoryEventStore();
  private final List<OutboxLetter> sent = new ArrayList<>();
  private final Mikrolan office = MikrolanPermissionsTest.seeded(
      Mikrolan.builder(store, sent::add, clock).build(), AARHUS);

  private static RepaymentTerms terms() {
    return RepaymentTerms.builder().principal(DkkAmount.ofKroner(12_000)).firstDueDate(LocalDate.of(2026, 8, 1))
        .frequency(Frequency.MONTHLY).plan(RepaymentPlan.byCount(12)).disbursementDate(LocalDate.of(2026, 6, 1)).build();
  }

  private ParticipantCase kase() {
    return ParticipantCase.replay(store.load(ProgrammeStreams.caseStream(REF), CaseEvent.class));
  }

  private void does(Actor actor, CaseRequest request) {
    assertThat(office.caseWork(actor, REF, request, Optional.empty())).as("%s", request)
        .isInstanceOf(UseCaseResult.Done.class);
  }

  private void cohort(CohortRequest request) {
    assertThat(office.cohortWork(CASEWORKER, "751", H1, request, Optional.empty())).as("%s", request)
        .isInstanceOf(UseCaseResult.Done.class);
  }

  private void attended(String session) {
    cohort(new CohortRequest.RecordAttendance(session, REF.caseId(), true, ""));
  }

  /** Referral to the end of competence development, the cohort recording the first courses and all guidance. */
  private void prepared(int recordedCourses) {
    LocalDate jan5 = office.today();
    does(CASEWORKER, new CaseRequest.Refer(ProgrammeFixtures.participant("P-1", "Navn", BenefitType.SICKNESS_BENEFIT)));
    does(CASEWORKER, new CaseRequest.SubmitApplication(ProgrammeFixtures.application(DkkAmount.ofKroner(12_000),
        RepaymentPlan.byCount(12), Frequency.MONTHLY)));
    does(CASEWORKER, new CaseRequest.StartScreening());
    does(CASEWORKER, new CaseRequest.RecordScreening(AssessmentOutcome.eligible()));
    does(ADVISOR, new CaseRequest.RecordCafeMeeting("møde", office.today()));
    does(ADVISOR, new CaseRequest.RecordAssessment(AssessmentOutcome.eligible()));
    cohort(new CohortRequest.Plan(jan5));
    List<String> topics = List.of("ACCOUNTING", "TAX", "VAT", "INSURANCE");
    for (int i = 0; i < topics.size(); i++) {
      cohort(new CohortRequest.ScheduleSession("K" + i, SessionKind.COURSE, Optional.of(topics.get(i)), jan5.plusDays(7 + i)));
      cohort(new CohortRequest.ScheduleSession("G" + i, SessionKind.GUIDANCE, Optional.empty(), jan5.plusDays(14 + i)));
    }
    for (int day = 0; day < 4; day++) {
      cohort(new CohortRequest.ScheduleSession("S" + day, SessionKind.SEMINAR_DAY, Optional.empty(),
          LocalDate.of(2026, 5, 18).plusDays(day)));
    }
    cohort(new CohortRequest.Enrol(REF.caseId(), jan5));
    does(CASEWORKER, new CaseRequest.StartCompetenceDevelopment(H1));
    clock.advance(Duration.ofDays(30)); // 4 February 2026
    for (int i = 0; i < topics.size(); i++) {
      if (i < recordedCourses) {
        attended("K" + i);
      }
      attended("G" + i);
    }
    clock.advance(Duration.ofDays(103)); // 18 May 2026
  }

  /** Referral to recommendation, the clock moving as the programme does, the cohort recording attendance. */
  private void recommended() {
    prepared(4);
    does(CASEWORKER, new CaseRequest.StartSeminar());
    for (int day = 0; day < 4; day++) {
      attended("S" + day);
      if (day < 3) {
        clock.advance(Duration.ofDays(1));
      }
    }
    does(ADVISOR, new CaseRequest.Recommend(terms())); // 21 May 2026
    clock.advance(Duration.ofDays(1)); // 22 May 2026
    store.append(AppendBatch.of("admin", "setup", new StreamAppend(LoanFund.streamId("751", FundPeriod.ofYear(2026)), 0,
        LoanFund.empty().decide(LoanFundCommand.Open.from(AARHUS, FundPeriod.ofYear(2026), LocalDate.of(2026, 1, 1)))
            .get())));
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
    // The events name the acting users and the entry point's dates: no request can say otherwise.
    assertThat(kase.events().stream().map(CaseEvent::by).distinct()).containsExactly("cw-1", "adv-1");
    assertThat(kase.events().get(0).date()).isEqualTo(LocalDate.of(2026, 1, 5));
    assertThat(kase.events().get(kase.events().size() - 1).date()).isEqualTo(LocalDate.of(2026, 5, 21));
    assertThat(kase.recommendation().get().by()).isEqualTo("adv-1");
  }

  @Test
  void theSeminarAndTheRecommendationRestOnWhatTheCohortRecorded() {
    prepared(2);
    // VAT and INSURANCE were scheduled but never recorded as attended: the seminar cannot start,
    // and no request has a way to claim otherwise.
    assertThat(office.caseWork(CASEWORKER, REF, new CaseRequest.StartSeminar(), Optional.empty()))
        .isInstanceOfSatisfying(UseCaseResult.Refused.class, r -> assertThat(r.refusal().reasons())
            .anySatisfy(v -> assertThat(v.code()).isEqualTo("COURSES_MISSING")));
    attended("K2");
    attended("K3");
    does(CASEWORKER, new CaseRequest.StartSeminar());
    attended("S0");
    // One seminar day of four: the recommendation is refused until the cohort records the rest.
    assertThat(office.caseWork(ADVISOR, REF, new CaseRequest.Recommend(terms()), Optional.empty()))
        .isInstanceOfSatisfying(UseCaseResult.Refused.class, r -> assertThat(r.refusal().reasons())
            .anySatisfy(v -> assertThat(v.code()).isEqualTo("SEMINAR_NOT_ATTENDED")));
  }

  @Test
  void noRequestOfTheEntryPointCanNameWhoActs() {
    Set<String> actorNames = Set.of("by", "decidedBy", "approvedBy", "approver", "recordedBy", "actor", "author");
    List<String> found = new ArrayList<>();
    for (java.lang.reflect.Method m : Mikrolan.class.getMethods()) {
      if (m.getDeclaringClass() != Mikrolan.class) {
        continue;
      }
      Class<?>[] types = m.getParameterTypes();
      for (int i = 0; i < types.length; i++) {
        if (types[i] == Actor.class && i == 0) {
          continue; // the authenticated actor, which the host supplies
        }
        for (Class<?> type : requestTypes(types[i])) {
          for (java.lang.reflect.RecordComponent c : type.getRecordComponents()) {
            if (actorNames.contains(c.getName()) || c.getType() == Actor.class) {
              found.add(m.getName() + ": " + type.getSimpleName() + "." + c.getName());
            }
          }
        }
      }
    }
    assertThat(found).isEmpty();
    assertThat(requestTypes(CaseRequest.class)).hasSize(15);
    assertThat(requestTypes(LoanRequest.class)).hasSize(7);
    assertThat(requestTypes(CohortRequest.class)).hasSize(5);
  }

  private static List<Class<?>> requestTypes(Class<?> type) {
    if (type.isRecord()) {
      return List.of(type);
    } else if (type.isSealed()) {
      return java.util.Arrays.stream(type.getPermittedSubclasses()).flatMap(t -> requestTypes(t).stream()).toList();
    }
    return List.of();
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
        new CaseRequest.RecordHearingAnswer("svar", today.plusDays(1)), Optional.empty());
    assertThat(tomorrow).isInstanceOfSatisfying(UseCaseResult.Refused.class,
        r -> assertThat(r.refusal().hasReason("DATE_IN_FUTURE")).isTrue());
    UseCaseResult<ParticipantCase> late = office.caseWork(ADVISOR, REF,
        new CaseRequest.RecordCafeMeeting("gammelt møde", today.minusDays(91)), Optional.empty());
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
    assertThat(office.caseWork(FINANCE, REF, new CaseRequest.AddNote("n"), Optional.empty()))
        .isInstanceOfSatisfying(UseCaseResult.Refused.class, r -> assertThat(r.refusal().state()).isEqualTo("FORBIDDEN"));
    Actor copenhagen = Actor.person("cw-9", Set.of(Role.CASEWORKER), Set.of("101"));
    assertThat(office.caseWork(copenhagen, REF, new CaseRequest.AddNote("n"), Optional.empty()))
        .isInstanceOfSatisfying(UseCaseResult.Refused.class, r -> assertThat(r.refusal().state()).isEqualTo("NOT_FOUND"));
    assertThat(office.approve(CASEWORKER, REF, approval(), Optional.empty()))
        .isInstanceOfSatisfying(UseCaseResult.Refused.class, r -> assertThat(r.refusal().state()).isEqualTo("FORBIDDEN"));
    assertThat(store.version(ProgrammeStreams.caseStream(REF))).isEqualTo(before);
  }

  @Test
  void anIdempotencyKeyIsTheActingUsersOwn() {
    recommended();
    RequestKey<ParticipantCase> key = new RequestKey<>("k-1", "POST notes", (c, v) -> "stage " + c.stage());
    assertThat(office.caseWork(CASEWORKER, REF, new CaseRequest.AddNote("n"), Optional.of(key)))
        .isInstanceOf(UseCaseResult.Done.class);
    assertThat(office.caseWork(CASEWORKER, REF, new CaseRequest.AddNote("n"), Optional.of(key)))
        .isEqualTo(new UseCaseResult.Repeated<>("stage FINAL_SEMINAR"));
    // Another user's identical key is another key: it decides anew.
    assertThat(office.caseWork(ADVISOR, REF, new CaseRequest.AddNote("n"), Optional.of(key)))
        .isInstanceOf(UseCaseResult.Done.class);
  }

  @Test
  void fourEyesKeepsTheRecommendingAdvisorFromEveryDecisionOnTheLoan() {
    recommended();
    Actor advisorWithAuthority = Actor.person("adv-1", Set.of(Role.DECIDER), Set.of("751"));
    UseCaseResult<ParticipantCase> rejection = office.caseWork(advisorWithAuthority, REF, new CaseRequest.Reject(
        List.of(new dk.mikrolan.rules.RuleReference("GENUINE_WISH", "Notat om mikrolån",
            dk.mikrolan.rules.Text.of("Reelt ønske", "Genuine wish"))),
        List.of(dk.mikrolan.rules.Text.of("Hensyn", "Consideration")), List.of(), false),
        Optional.empty());
    assertThat(rejection).isInstanceOfSatisfying(UseCaseResult.Refused.class,
        r -> assertThat(r.refusal().hasReason("FOUR_EYES")).isTrue());
    UseCaseResult<?> deferral = office.changeLoan(advisorWithAuthority, REF,
        new LoanRequest.Defer(1, "sygdom"), Optional.empty());
    assertThat(deferral).isInstanceOfSatisfying(UseCaseResult.Refused.class,
        r -> assertThat(r.refusal().hasReason("FOUR_EYES")).isTrue());
    // Another decider may reject; the rejection is dated today and decided by that decider.
    assertThat(office.caseWork(DECIDER, REF, new CaseRequest.Reject(
        List.of(new dk.mikrolan.rules.RuleReference("GENUINE_WISH", "Notat om mikrolån",
            dk.mikrolan.rules.Text.of("Reelt ønske", "Genuine wish"))),
        List.of(dk.mikrolan.rules.Text.of("Hensyn", "Consideration")), List.of(), false), Optional.empty())).isInstanceOf(UseCaseResult.Done.class);
    assertThat(kase().rejection().get().decidedBy()).isEqualTo("head-1");
    assertThat(kase().rejection().get().date()).isEqualTo(office.today());
  }
}
