package dk.mikrolan.office;

import static org.assertj.core.api.Assertions.assertThat;

import dk.mikrolan.access.Action;
import dk.mikrolan.access.Actor;
import dk.mikrolan.access.Role;
import dk.mikrolan.aid.UndertakingId;
import dk.mikrolan.cohort.CohortId;
import dk.mikrolan.cohort.SessionKind;
import dk.mikrolan.fund.FundPeriod;
import dk.mikrolan.identity.CaseId;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.identity.ParticipantId;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.BenefitType;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.port.InMemoryEventStore;
import dk.mikrolan.port.TestClock;
import dk.mikrolan.programme.AssessmentOutcome;
import dk.mikrolan.programme.Booking;
import dk.mikrolan.programme.SupportStatus;
import dk.mikrolan.rules.RuleReference;
import dk.mikrolan.rules.Text;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentTerms;
import dk.mikrolan.testkit.ProgrammeFixtures;
import dk.mikrolan.usecase.UseCaseResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Every command the entry point takes × every role × inside and outside the actor's
 * municipalities, against this test's own copy of the baseline table. A role the table allows may
 * still be refused by the domain (here, mostly: the case does not exist), never as FORBIDDEN or
 * NOT_FOUND; a role it does not allow is FORBIDDEN; outside the actor's municipalities everything
 * is NOT_FOUND.
 */
class MikrolanPermissionsTest {

  /** Who may, by the issue's baseline: CW DE FI AU AD. */
  private static final Map<Action, String> TABLE = Map.ofEntries(
      Map.entry(Action.REFER, "CW"), Map.entry(Action.SUBMIT_APPLICATION, "CW"), Map.entry(Action.SCREEN, "CW"),
      Map.entry(Action.RECORD_CAFE_MEETING, "CW"), Map.entry(Action.ASSESS, "CW"), Map.entry(Action.GUIDE, "CW"),
      Map.entry(Action.RECOMMEND, "CW"), Map.entry(Action.HEAR, "CW"), Map.entry(Action.RECORD_FOLLOW_UP, "CW"),
      Map.entry(Action.ADD_NOTE, "CW DE"), Map.entry(Action.RECORD_BOOKING, "AD"),
      Map.entry(Action.PLAN_COHORT, "CW AD"), Map.entry(Action.SCHEDULE_SESSION, "CW AD"),
      Map.entry(Action.ENROL, "CW"), Map.entry(Action.RECORD_ATTENDANCE, "CW"), Map.entry(Action.WITHDRAW, "CW DE"),
      Map.entry(Action.APPROVE, "DE"), Map.entry(Action.REJECT, "DE"), Map.entry(Action.DEFER, "DE"),
      Map.entry(Action.RESCHEDULE, "DE"), Map.entry(Action.WRITE_OFF, "DE"), Map.entry(Action.PAY_OUT, "FI"),
      Map.entry(Action.RECORD_PAYMENT, "FI"), Map.entry(Action.REVERSE_PAYMENT, "FI"), Map.entry(Action.REFUND, "FI"),
      Map.entry(Action.ADOPT_POLICY, "AD"), Map.entry(Action.MANAGE_FUND, "AD"), Map.entry(Action.READ, "CW DE FI AU"),
      Map.entry(Action.REVEAL_CPR, "CW DE"), Map.entry(Action.READ_REPORT, "CW DE FI AU AD"),
      Map.entry(Action.READ_ACCESS_LOG, "AU"), Map.entry(Action.EXPORT_CASE, "DE AU"),
      Map.entry(Action.FOLLOW_EVENTS, "AU"));

  private static final Map<String, Role> ROLE = Map.of("CW", Role.CASEWORKER, "DE", Role.DECIDER, "FI", Role.FINANCE,
      "AU", Role.AUDITOR, "AD", Role.ADMIN);

  private static final CaseRef REF = CaseRef.of("751", "2026-0042");
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

  private final Mikrolan office = seeded(Mikrolan.builder(new InMemoryEventStore(), letter -> { },
      TestClock.at("2026-06-01T09:00:00Z")).build(), ProgrammePolicy.builder()
          .municipalityCode("751").municipalityName("Aarhus Kommune").validFrom(LocalDate.of(2026, 1, 1)).build());

  /** The entry point with a municipality's policy seeded into its history, as a host does at start. */
  static Mikrolan seeded(Mikrolan office, ProgrammePolicy policy) {
    Actor seed = Actor.system("policy-seed", Set.of(Role.ADMIN), Set.of(policy.municipalityCode()));
    assertThat(office.seedPolicies(seed, Map.of(policy.municipalityCode() + ".properties", policy)))
        .isInstanceOf(UseCaseResult.Done.class);
    return office;
  }

  /** The case exists, so what the table allows meets the domain's answer, never NOT_FOUND. */
  private final UseCaseResult<?> referred = office.caseWork(Actor.person("cw-0", Set.of(Role.CASEWORKER), Set.of("751")),
      REF, new CaseRequest.Refer(ProgrammeFixtures.participant("P-1", "Navn", BenefitType.SICKNESS_BENEFIT)),
      Optional.empty());

  private static RepaymentTerms terms() {
    return RepaymentTerms.builder().principal(DkkAmount.ofKroner(12_000)).firstDueDate(LocalDate.of(2026, 8, 1))
        .frequency(Frequency.MONTHLY).plan(RepaymentPlan.byCount(12)).build();
  }

  /** One call of each action, as an actor makes it. */
  private Map<Action, BiFunction<Actor, CaseRef, UseCaseResult<?>>> calls() {
    Map<Action, BiFunction<Actor, CaseRef, UseCaseResult<?>>> c = new EnumMap<>(Action.class);
    caseCall(c, Action.REFER, new CaseRequest.Refer(ProgrammeFixtures.participant("P-1", "Navn",
        BenefitType.SICKNESS_BENEFIT)));
    caseCall(c, Action.SUBMIT_APPLICATION, new CaseRequest.SubmitApplication(ProgrammeFixtures.application(
        DkkAmount.ofKroner(12_000), RepaymentPlan.byCount(12), Frequency.MONTHLY)));
    caseCall(c, Action.SCREEN, new CaseRequest.RecordScreening(AssessmentOutcome.eligible()));
    caseCall(c, Action.RECORD_CAFE_MEETING, new CaseRequest.RecordCafeMeeting("møde", TODAY));
    caseCall(c, Action.ASSESS, new CaseRequest.RecordAssessment(AssessmentOutcome.eligible()));
    caseCall(c, Action.GUIDE, new CaseRequest.StartCompetenceDevelopment(CohortId.of("H-1")));
    caseCall(c, Action.RECOMMEND, new CaseRequest.Recommend(terms()));
    caseCall(c, Action.HEAR, new CaseRequest.SendHearing(List.of(Text.of("f", "f"))));
    caseCall(c, Action.RECORD_FOLLOW_UP, new CaseRequest.RecordOutcome(6, SupportStatus.SELF_SUPPORTING,
        Optional.empty(), true));
    caseCall(c, Action.ADD_NOTE, new CaseRequest.AddNote("n"));
    caseCall(c, Action.WITHDRAW, new CaseRequest.Withdraw("job"));
    caseCall(c, Action.REJECT, new CaseRequest.Reject(List.of(new RuleReference("R", "memo", Text.of("r", "r"))),
        List.of(Text.of("c", "c")), List.of(), false));
    c.put(Action.APPROVE, (a, ref) -> office.approve(a, ref, new Mikrolan.Approval(UndertakingId.of("751",
        ParticipantId.of("P-1")), Optional.empty(), FundPeriod.ofYear(2026), terms(), List.of(), new BigDecimal("7.46")),
        Optional.empty()));
    c.put(Action.PAY_OUT, (a, ref) -> office.disburse(a, ref, DkkAmount.ofKroner(1_000), TODAY, "NK", Optional.empty()));
    loanCall(c, Action.RECORD_PAYMENT, LoanRequest.ReceivePayment.of("P1", DkkAmount.ofKroner(100).toMonetaryAmount(),
        TODAY, "bank"));
    loanCall(c, Action.REVERSE_PAYMENT, new LoanRequest.ReversePayment("P1", TODAY, "returned"));
    loanCall(c, Action.REFUND, new LoanRequest.RefundOverpayment(DkkAmount.ofKroner(1), TODAY, "NK"));
    loanCall(c, Action.DEFER, new LoanRequest.Defer(1, "sick"));
    loanCall(c, Action.RESCHEDULE, new LoanRequest.Reschedule(LocalDate.of(2026, 9, 1), Frequency.MONTHLY,
        RepaymentPlan.byCount(6), dk.mikrolan.schedule.RoundingUnit.WHOLE_KRONER, "r"));
    loanCall(c, Action.WRITE_OFF, new LoanRequest.WriteOff(Optional.empty(), "bankrupt"));
    cohortCall(c, Action.PLAN_COHORT, new CohortRequest.Plan(TODAY));
    cohortCall(c, Action.SCHEDULE_SESSION, new CohortRequest.ScheduleSession("s-1", SessionKind.GUIDANCE, Optional.empty(), TODAY));
    cohortCall(c, Action.ENROL, new CohortRequest.Enrol(CaseId.of("2026-0042"), TODAY));
    cohortCall(c, Action.RECORD_ATTENDANCE, new CohortRequest.RecordAttendance("s-1", CaseId.of("2026-0042"), true, ""));
    c.put(Action.ADOPT_POLICY, (a, ref) -> office.adoptPolicy(a, ProgrammePolicy.builder().municipalityCode(
        ref.municipalityCode()).municipalityName("Aarhus Kommune").validFrom(LocalDate.of(2026, 7, 1)).build()));
    c.put(Action.READ, (a, ref) -> asResult(office.cases(a, dk.mikrolan.read.CaseQuery.in(Set.of(ref.municipalityCode())),
        Optional.empty(), 10)));
    c.put(Action.MANAGE_FUND, (a, ref) -> office.openFund(a, ref.municipalityCode(), FundPeriod.ofYear(2026)));
    c.put(Action.REVEAL_CPR, (a, ref) -> asResult(office.revealCpr(a, new dk.mikrolan.identity.ParticipantRef(
        ref.municipalityCode(), ParticipantId.of("P-1")), "opfølgning med Udbetaling Danmark")));
    c.put(Action.READ_REPORT, (a, ref) -> asResult(office.report(a, Set.of(ref.municipalityCode()),
        dk.mikrolan.report.ReportScope.municipality(ref.municipalityCode()), TODAY)));
    c.put(Action.READ_ACCESS_LOG, (a, ref) -> asResult(office.accessLog(a, Set.of(ref.municipalityCode()), TODAY, TODAY,
        100)));
    c.put(Action.EXPORT_CASE, (a, ref) -> asResult(office.exportCase(a, ref, "aktindsigt 2026-17")));
    c.put(Action.FOLLOW_EVENTS, (a, ref) -> asResult(office.events(a, Set.of(ref.municipalityCode()), 0, 10)));
    c.put(Action.RECORD_BOOKING, (a, ref) -> office.recordLegacyBooking(a, ref, Booking.of(FundPeriod.ofYear(2026),
        UndertakingId.of("751", ParticipantId.of("P-1")))));
    return c;
  }

  private void caseCall(Map<Action, BiFunction<Actor, CaseRef, UseCaseResult<?>>> c, Action a, CaseRequest command) {
    c.put(a, (actor, ref) -> office.caseWork(actor, ref, command, Optional.empty()));
  }

  private void loanCall(Map<Action, BiFunction<Actor, CaseRef, UseCaseResult<?>>> c, Action a, LoanRequest command) {
    c.put(a, (actor, ref) -> office.changeLoan(actor, ref, command, Optional.empty()));
  }

  private void cohortCall(Map<Action, BiFunction<Actor, CaseRef, UseCaseResult<?>>> c, Action a, CohortRequest command) {
    c.put(a, (actor, ref) -> office.cohortWork(actor, ref.municipalityCode(), CohortId.of("H-1"), command,
        Optional.empty()));
  }

  private static UseCaseResult<?> asResult(io.vavr.control.Either<dk.mikrolan.rules.Refusal, ?> answer) {
    return answer.isLeft() ? new UseCaseResult.Refused<>(answer.getLeft()) : new UseCaseResult.Done<>(answer.get(), Map.of());
  }

  private static String state(UseCaseResult<?> result) {
    return result instanceof UseCaseResult.Refused<?> r ? r.refusal().state() : "DONE";
  }

  @Test
  void everyActionHasARowAndAMethodOfTheEntryPoint() {
    assertThat(referred).isInstanceOf(UseCaseResult.Done.class);
    assertThat(calls().keySet()).containsExactlyInAnyOrderElementsOf(TABLE.keySet());
    assertThat(TABLE.keySet()).containsExactlyInAnyOrder(Action.values());
  }

  @Test
  void everyRoleMayDoWhatTheTableSaysInsideItsMunicipalitiesAndNothingOutside() {
    Map<Action, BiFunction<Actor, CaseRef, UseCaseResult<?>>> calls = calls();
    for (Map.Entry<Action, String> row : TABLE.entrySet()) {
      Set<Role> may = EnumSet.noneOf(Role.class);
      for (String r : row.getValue().split(" ")) {
        may.add(ROLE.get(r));
      }
      for (Role role : Role.values()) {
        Actor actor = Actor.person("u-" + role.name().toLowerCase(java.util.Locale.ROOT), Set.of(role), Set.of("751"));
        String inside = state(calls.get(row.getKey()).apply(actor, REF));
        if (may.contains(role)) {
          assertThat(inside).as("%s may %s", role, row.getKey()).isNotIn("FORBIDDEN", "NOT_FOUND");
        } else {
          assertThat(inside).as("%s may not %s", role, row.getKey()).isEqualTo("FORBIDDEN");
        }
        Actor elsewhere = Actor.person("u-101", Set.of(role), Set.of("101"));
        assertThat(state(calls.get(row.getKey()).apply(elsewhere, REF))).as("%s in 101 on 751's %s", role, row.getKey())
            .isEqualTo("NOT_FOUND");
      }
    }
  }
}
