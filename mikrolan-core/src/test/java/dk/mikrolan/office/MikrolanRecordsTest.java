package dk.mikrolan.office;

import static org.assertj.core.api.Assertions.assertThat;

import dk.mikrolan.access.Actor;
import dk.mikrolan.access.Role;
import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.fund.FundPeriod;
import dk.mikrolan.fund.LoanFund;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.identity.Cpr;
import dk.mikrolan.identity.ParticipantId;
import dk.mikrolan.identity.ParticipantRef;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.BenefitType;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.port.AppendBatch;
import dk.mikrolan.port.AppendOutcome;
import dk.mikrolan.port.CprAccess;
import dk.mikrolan.port.EventStore;
import dk.mikrolan.port.IdempotencyKey;
import dk.mikrolan.port.InMemoryEventStore;
import dk.mikrolan.port.StreamId;
import dk.mikrolan.port.TestClock;
import dk.mikrolan.programme.CaseEvent;
import dk.mikrolan.programme.Stage;
import dk.mikrolan.read.InMemoryCprDirectory;
import dk.mikrolan.read.InMemoryReads;
import dk.mikrolan.report.ProgrammeReport;
import dk.mikrolan.report.ReportScope;
import dk.mikrolan.rules.Refusal;
import dk.mikrolan.testkit.ProgrammeFixtures;
import dk.mikrolan.usecase.UseCaseResult;
import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The entry point's records: CPR readings for a stated purpose, access-logged with the request's
 * correlation id; the access log; the case export; the programme report; the loan fund opened from
 * the policy.
 */
class MikrolanRecordsTest {

  private static final ProgrammePolicy AARHUS = ProgrammePolicy.builder().municipalityCode("751")
      .municipalityName("Aarhus Kommune").validFrom(LocalDate.of(2026, 1, 1)).build();
  private static final Actor CASEWORKER = Actor.person("cw-1", Set.of(Role.CASEWORKER), Set.of("751"));
  private static final Actor DECIDER = Actor.person("head-1", Set.of(Role.DECIDER), Set.of("751"));
  private static final Actor AUDITOR = Actor.person("audit-1", Set.of(Role.AUDITOR), Set.of("751"));
  private static final Actor ADMIN = Actor.person("admin-1", Set.of(Role.ADMIN), Set.of("751"));
  private static final CaseRef REF = CaseRef.of("751", "2026-0042");
  private static final ParticipantRef P1 = new ParticipantRef("751", ParticipantId.of("P-1"));

  private final TestClock clock = TestClock.at("2026-03-02T09:00:00Z");
  private final InMemoryEventStore memory = new InMemoryEventStore();
  private final List<String> correlations = new ArrayList<>();
  private final Mikrolan office = MikrolanPermissionsTest.seeded(Mikrolan.builder(correlating(memory), letter -> { },
      clock).reads(InMemoryReads.over(memory, BankingCalendar.danish()))
      .directory(InMemoryCprDirectory.over(memory)).build(), AARHUS);

  /** The store, noting the correlation id of every batch appended. */
  private EventStore correlating(InMemoryEventStore delegate) {
    return new EventStore() {
      @Override
      public <E> List<E> load(StreamId stream, Class<E> type) {
        return delegate.load(stream, type);
      }

      @Override
      public long version(StreamId stream) {
        return delegate.version(stream);
      }

      @Override
      public Optional<AppendOutcome> seen(IdempotencyKey key) {
        return delegate.seen(key);
      }

      @Override
      public AppendOutcome append(AppendBatch batch) {
        correlations.add(batch.correlationId());
        return delegate.append(batch);
      }

      @Override
      public List<StreamId> streamsAtVersion(String type, long version, int limit) {
        return delegate.streamsAtVersion(type, version, limit);
      }

      @Override
      public List<dk.mikrolan.port.RecordedEvent> readAll(long afterPosition, int limit) {
        return delegate.readAll(afterPosition, limit);
      }

      @Override
      public int purgeIdempotency(Instant recordedBefore) {
        return delegate.purgeIdempotency(recordedBefore);
      }
    };
  }

  private void referred() {
    assertThat(office.correlated("req-refer").caseWork(CASEWORKER, REF, new CaseRequest.Refer(
        ProgrammeFixtures.participant("P-1", "Navn", BenefitType.SICKNESS_BENEFIT)), Optional.empty()))
        .isInstanceOf(UseCaseResult.Done.class);
  }

  @Test
  void everyAppendCarriesTheHostsCorrelationId() {
    referred();
    assertThat(correlations).last().isEqualTo("req-refer");
    assertThat(office.correlationId()).isEqualTo("mikrolan");
  }

  @Test
  void aCprNumberIsRevealedForAPurposeAndEveryReadingIsLogged() {
    referred();
    Either<Refusal, Cpr> cpr = office.correlated("req-7").revealCpr(CASEWORKER, P1, "Brev til borgeren");
    assertThat(cpr.get().fullNumber()).isEqualTo("150390-4000");
    Either<Refusal, List<CprAccess>> log = office.accessLog(AUDITOR, Set.of("751"), office.today(), office.today(), 10);
    assertThat(log.get()).singleElement().satisfies(row -> {
      assertThat(row.participantId()).isEqualTo(P1.participantId());
      assertThat(row.actor()).isEqualTo("cw-1");
      assertThat(row.purpose()).isEqualTo("Brev til borgeren");
      assertThat(row.correlationId()).isEqualTo("req-7");
      assertThat(row.municipalityCode()).contains("751");
    });
    // The day before and the day after hold no reading.
    assertThat(office.accessLog(AUDITOR, Set.of("751"), office.today().minusDays(1), office.today().minusDays(1), 10)
        .get()).isEmpty();
  }

  @Test
  void noPurposeOrNoParticipantRevealsAndLogsNothing() {
    referred();
    assertThat(office.revealCpr(CASEWORKER, P1, "  ").getLeft().hasReason("PURPOSE_REQUIRED")).isTrue();
    assertThat(office.revealCpr(CASEWORKER, P1, "x".repeat(201)).getLeft().hasReason("PURPOSE_REQUIRED")).isTrue();
    assertThat(office.revealCpr(CASEWORKER, P1, "Brev om 150390-4000").getLeft().hasReason("PURPOSE_HOLDS_CPR")).isTrue();
    assertThat(office.exportCase(DECIDER, REF, "Aktindsigt 1503904000").getLeft().hasReason("PURPOSE_HOLDS_CPR"))
        .isTrue();
    assertThat(office.revealCpr(CASEWORKER, new ParticipantRef("751", ParticipantId.of("P-9")), "brev").getLeft()
        .state()).isEqualTo("NOT_FOUND");
    assertThat(office.revealCpr(CASEWORKER, new ParticipantRef("101", ParticipantId.of("P-1")), "brev").getLeft()
        .state()).isEqualTo("NOT_FOUND");
    assertThat(office.accessLog(AUDITOR, Set.of("751"), office.today(), office.today(), 10).get()).isEmpty();
  }

  @Test
  void participantsAreFoundByCprOnlyInTheActorsMunicipalities() {
    referred();
    assertThat(office.findParticipants(CASEWORKER, Set.of("751"), Cpr.parse("150390-4000")).get()).containsExactly(P1);
    assertThat(office.findParticipants(CASEWORKER, Set.of("751"), Cpr.parse("010170-1234")).get()).isEmpty();
    assertThat(office.findParticipants(CASEWORKER, Set.of("101"), Cpr.parse("150390-4000")).getLeft().state())
        .isEqualTo("NOT_FOUND");
  }

  @Test
  void theCaseExportHoldsEverythingAndIsItselfLogged() {
    referred();
    office.revealCpr(CASEWORKER, P1, "Brev til borgeren");
    assertThat(office.caseWork(CASEWORKER, REF, new CaseRequest.AddNote("Ringede"), Optional.empty()))
        .isInstanceOf(UseCaseResult.Done.class);
    CaseExport export = office.correlated("req-export").exportCase(DECIDER, REF, "Aktindsigt 2026-17").get();
    assertThat(export.participant()).isEqualTo(P1);
    assertThat(export.cpr().fullNumber()).isEqualTo("150390-4000");
    assertThat(export.events()).hasSize(2).first().isInstanceOf(CaseEvent.Referred.class);
    assertThat(export.cprReadings()).singleElement().satisfies(r -> assertThat(r.purpose()).isEqualTo("Brev til borgeren"));
    assertThat(export.toString()).doesNotContain("1503904000", "150390-4000");
    assertThat(office.accessLog(AUDITOR, Set.of("751"), office.today(), office.today(), 10).get())
        .extracting(CprAccess::purpose, CprAccess::actor, CprAccess::correlationId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Brev til borgeren", "cw-1", "mikrolan"),
            org.assertj.core.groups.Tuple.tuple("Case export: Aktindsigt 2026-17", "head-1", "req-export"));
    assertThat(office.exportCase(DECIDER, CaseRef.of("751", "2026-0099"), "Aktindsigt").getLeft().state())
        .isEqualTo("NOT_FOUND");
  }

  @Test
  void theReportCountsTheActorsCasesAsOfADayNotInTheFuture() {
    referred();
    ProgrammeReport report = office.report(AUDITOR, Set.of("751"), ReportScope.municipality("751"), office.today()).get();
    assertThat(report.cases()).isEqualTo(1);
    assertThat(report.funnel().get(Stage.REFERRED)).isEqualTo(1);
    assertThat(office.report(AUDITOR, Set.of("751"), ReportScope.municipality("101"), office.today()).getLeft().state())
        .isEqualTo("NOT_FOUND");
    assertThat(office.report(AUDITOR, Set.of("751"), ReportScope.ALL, office.today().plusDays(1)).getLeft()
        .hasReason("DATE_IN_FUTURE")).isTrue();
  }

  @Test
  void aFundIsOpenedFromThePolicyAndItsCeilingChangedByTheAdmin() {
    UseCaseResult<LoanFund> opened = office.openFund(ADMIN, "751", FundPeriod.ofYear(2026));
    assertThat(opened).isInstanceOfSatisfying(UseCaseResult.Done.class,
        d -> assertThat(((LoanFund) d.value()).ceiling()).isEqualTo(DkkAmount.ofKroner(700_000)));
    assertThat(office.openFund(ADMIN, "751", FundPeriod.ofYear(2026))).isInstanceOf(UseCaseResult.Refused.class);
    assertThat(office.changeFundCeiling(ADMIN, "751", FundPeriod.ofYear(2026), DkkAmount.ofKroner(900_000)))
        .isInstanceOfSatisfying(UseCaseResult.Done.class,
            d -> assertThat(((LoanFund) d.value()).ceiling()).isEqualTo(DkkAmount.ofKroner(900_000)));
    assertThat(office.fundRoom(AUDITOR, "751", FundPeriod.ofYear(2026)).get()).contains(DkkAmount.ofKroner(900_000));
    // A period that has ended gets no fund; one ahead of any policy in force has nothing to open from.
    assertThat(office.openFund(ADMIN, "751", FundPeriod.ofYear(2025))).isInstanceOfSatisfying(UseCaseResult.Refused.class,
        r -> assertThat(r.refusal().hasReason("FUND_PERIOD_ENDED")).isTrue());
    assertThat(office.openFund(ADMIN, "751", FundPeriod.between(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30))))
        .isInstanceOf(UseCaseResult.Done.class);
    Actor copenhagen = Actor.person("admin-101", Set.of(Role.ADMIN), Set.of("101"));
    assertThat(office.openFund(copenhagen, "101", FundPeriod.ofYear(2026))).isInstanceOfSatisfying(
        UseCaseResult.Refused.class, r -> assertThat(r.refusal().hasReason("NO_POLICY_IN_FORCE")).isTrue());
  }

  @Test
  void aCommandExpectingAnOldVersionIsRefusedAndTheKeyIsLookedUpFirst() {
    referred();
    UseCaseResult<dk.mikrolan.programme.ParticipantCase> stale = office.expecting(0).caseWork(CASEWORKER, REF,
        new CaseRequest.AddNote("Ringede"), Optional.empty());
    assertThat(stale).isInstanceOfSatisfying(UseCaseResult.Refused.class, r -> {
      assertThat(r.refusal().state()).isEqualTo("STALE");
      assertThat(r.refusal().hasReason("VERSION_STALE")).isTrue();
    });
    assertThat(memory.version(dk.mikrolan.programme.ProgrammeStreams.caseStream(REF))).isEqualTo(1);
    RequestKey<dk.mikrolan.programme.ParticipantCase> key = new RequestKey<>("k-1", "POST notes", (c, v) -> "noted");
    assertThat(office.expecting(1).caseWork(CASEWORKER, REF, new CaseRequest.AddNote("Ringede"), Optional.of(key)))
        .isInstanceOf(UseCaseResult.Done.class);
    // The retry names the version it saw before its first try; the key answers before the version is checked.
    assertThat(office.expecting(1).caseWork(CASEWORKER, REF, new CaseRequest.AddNote("Ringede"), Optional.of(key)))
        .isEqualTo(new UseCaseResult.Repeated<>("noted"));
    assertThat(office.expecting(2).caseWork(CASEWORKER, REF, new CaseRequest.AddNote("Igen"), Optional.empty()))
        .isInstanceOf(UseCaseResult.Done.class);
  }

  @Test
  void aRetryGetsTheFirstAnswerEvenWhenItsDateHasSinceGrownTooOld() {
    referred();
    dk.mikrolan.cohort.CohortId h1 = dk.mikrolan.cohort.CohortId.of("H-1");
    assertThat(office.cohortWork(CASEWORKER, "751", h1, new CohortRequest.Plan(office.today().minusDays(95)),
        Optional.empty())).isInstanceOf(UseCaseResult.Done.class);
    RequestKey<dk.mikrolan.cohort.Cohort> key = new RequestKey<>("k-enrol", "POST enrol", (c, v) -> "enrolled");
    CohortRequest enrol = new CohortRequest.Enrol(REF.caseId(), office.today().minusDays(90));
    assertThat(office.cohortWork(CASEWORKER, "751", h1, enrol, Optional.of(key))).isInstanceOf(UseCaseResult.Done.class);
    clock.advance(java.time.Duration.ofDays(2));
    // Now 92 days old: a new request would be refused, but the retry learns that the first counted.
    assertThat(office.cohortWork(CASEWORKER, "751", h1, enrol, Optional.of(key)))
        .isEqualTo(new UseCaseResult.Repeated<>("enrolled"));
    assertThat(office.cohortWork(CASEWORKER, "751", h1, enrol, Optional.empty()))
        .isInstanceOfSatisfying(UseCaseResult.Refused.class,
            r -> assertThat(r.refusal().hasReason("REGISTERED_TOO_LATE")).isTrue());
  }

  @Test
  void theExportShowsOnlyItsParticipantsReadings() {
    referred();
    office.revealCpr(CASEWORKER, P1, "Brev");
    assertThat(office.exportCase(DECIDER, REF, "Aktindsigt").get().cprReadings()).hasSize(1);
    assertThat(office.exportCase(DECIDER, REF, "Aktindsigt").get().cprReadings()).hasSize(2);
  }

  @Test
  void aParticipantIdStandsForOnePerson() {
    referred();
    dk.mikrolan.programme.Participant same = ProgrammeFixtures.participant("P-1", "Navn", BenefitType.SICKNESS_BENEFIT);
    dk.mikrolan.programme.Participant other = dk.mikrolan.programme.Participant.builder().id(same.id())
        .cpr(Cpr.parse("010170-1234")).name(same.name()).benefit(same.benefit()).businessIdea(same.businessIdea())
        .advisor(same.advisor()).build();
    assertThat(office.caseWork(CASEWORKER, CaseRef.of("751", "2026-0077"), new CaseRequest.Refer(other), Optional.empty()))
        .isInstanceOfSatisfying(UseCaseResult.Refused.class, r -> {
          assertThat(r.refusal().hasReason("PARTICIPANT_CPR_MISMATCH")).isTrue();
          assertThat(r.refusal().toString()).doesNotContain("010170");
        });
    // The same person in a second case is welcome.
    assertThat(office.caseWork(CASEWORKER, CaseRef.of("751", "2026-0078"), new CaseRequest.Refer(same), Optional.empty()))
        .isInstanceOf(UseCaseResult.Done.class);
  }
}
