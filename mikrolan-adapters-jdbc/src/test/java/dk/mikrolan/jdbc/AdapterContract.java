package dk.mikrolan.jdbc;

import dk.mikrolan.identity.ParticipantRef;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dk.mikrolan.aid.UndertakingId;
import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.cohort.AttendanceSummary;
import dk.mikrolan.fund.FundPeriod;
import dk.mikrolan.fund.LoanFund;
import dk.mikrolan.fund.LoanFundCommand;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.BaseRate;
import dk.mikrolan.port.EventStore;
import dk.mikrolan.programme.ApproveLoan;
import dk.mikrolan.programme.AssessmentOutcome;
import dk.mikrolan.programme.DecisionLetter;
import dk.mikrolan.programme.DisburseLoan;
import dk.mikrolan.programme.ChangeLoan;
import dk.mikrolan.programme.LetterDispatcher;
import dk.mikrolan.programme.Stage;
import dk.mikrolan.usecase.Caller;
import dk.mikrolan.usecase.UseCaseResult;
import dk.mikrolan.usecase.UseCaseShell;
import dk.mikrolan.report.ProgrammeReport;
import dk.mikrolan.report.ProgrammeReports;
import dk.mikrolan.report.ReportScope;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentTerms;
import java.math.BigDecimal;
import java.util.Set;
import dk.mikrolan.identity.CaseId;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.identity.Cpr;
import dk.mikrolan.loan.LoanAccount;
import dk.mikrolan.loan.LoanCommand;
import dk.mikrolan.loan.LoanEvent;
import dk.mikrolan.policy.BenefitType;
import dk.mikrolan.policy.LoanPolicy;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.port.AppendBatch;
import dk.mikrolan.port.AppendOutcome;
import dk.mikrolan.port.IdempotencyKey;
import dk.mikrolan.port.IdempotencyRecord;
import dk.mikrolan.port.StreamAppend;
import dk.mikrolan.port.StreamId;
import dk.mikrolan.programme.CaseCommand;
import dk.mikrolan.programme.CaseEvent;
import dk.mikrolan.programme.ParticipantCase;
import dk.mikrolan.programme.Participant;
import dk.mikrolan.programme.ProgrammeStreams;
import dk.mikrolan.testkit.CaseGenerators;
import dk.mikrolan.testkit.CaseScript;
import dk.mikrolan.testkit.LoanGenerators;
import dk.mikrolan.testkit.LoanScript;
import dk.mikrolan.testkit.ProgrammeFixtures;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The assembled adapter on every database: domain event sequences survive storage exactly, read
 * models agree with the aggregates, and no table holds a CPR number in clear.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AdapterContract {

  private static final PolicyVersions<LoanPolicy> LOAN_POLICIES =
      PolicyVersions.of(LoanPolicy.defaults(LocalDate.of(2000, 1, 1)));
  private static final PolicyVersions<ProgrammePolicy> POLICIES = PolicyVersions.of(ProgrammePolicy.builder()
      .municipalityCode("751").municipalityName("Aarhus Kommune").validFrom(LocalDate.of(2020, 1, 1)).build());

  private TestDatabase db;
  private MikrolanJdbc jdbc;

  abstract Dialect dialect();

  /** Examples per property: the servers take a few milliseconds a round trip. */
  abstract int examples();

  @BeforeAll
  void createDatabase() throws SQLException {
    db = TestDatabase.create(dialect());
    MikrolanSchema.migrate(db.dataSource());
    jdbc = MikrolanJdbc.builder(db.dataSource(), CprTestKeys.single()).build();
  }

  @AfterAll
  void dropDatabase() throws SQLException {
    if (db != null) {
      db.close();
    }
  }

  /**
   * A unique id of letters only: a UUID's digits could line up as a CPR number (a group ending in
   * DDMMYY before a group of four), which the stored results rightly refuse.
   */
  private static String id() {
    StringBuilder b = new StringBuilder();
    for (char ch : UUID.randomUUID().toString().substring(0, 18).toCharArray()) {
      b.append(Character.isDigit(ch) ? (char) ('g' + (ch - '0')) : ch);
    }
    return b.toString();
  }

  @Test
  void generatedLoanHistoriesStoreAndLoadToTheSameAccount() {
    qt().withExamples(examples()).forAll(LoanGenerators.scripts(25)).checkAssert(script -> {
      StreamId stream = ProgrammeStreams.loanStream(CaseRef.of("751", "L-" + id()));
      LoanAccount account = LoanAccount.empty(BankingCalendar.danish());
      account = append(stream, account, new LoanCommand.Open(script.terms(), script.openedOn()));
      List<LocalDate> dates = script.dates();
      for (int i = 0; i < script.steps().size(); i++) {
        LoanScript.Step step = script.steps().get(i);
        account = append(stream, account, step.command(account, dates.get(i), i));
      }
      LoanAccount loaded = LoanAccount.replay(BankingCalendar.danish(), jdbc.eventStore().load(stream, LoanEvent.class));
      LocalDate asOf = dates.isEmpty() ? script.openedOn() : dates.get(dates.size() - 1);
      assertThat(loaded).isEqualTo(account);
      assertThat(loaded.balances(asOf)).isEqualTo(account.balances(asOf));
      assertThat(jdbc.eventStore().version(stream)).isEqualTo(account.version());
    });
  }

  private LoanAccount append(StreamId stream, LoanAccount account, LoanCommand command) {
    var outcome = account.decide(command, LOAN_POLICIES);
    if (outcome.isLeft()) {
      return account;
    }
    assertThat(jdbc.eventStore().append(AppendBatch.of("test", "c",
        new StreamAppend(stream, account.version(), outcome.get())))).isInstanceOf(AppendOutcome.Appended.class);
    return account.evolveAll(outcome.get());
  }

  @Test
  void generatedCasesStoreAndLoadToTheSameCaseAndReadModel() {
    qt().withExamples(examples()).forAll(CaseGenerators.scripts(25)).checkAssert(script -> {
      CaseId caseId = CaseId.of("C-" + id());
      StreamId stream = ProgrammeStreams.caseStream(CaseRef.of("751", caseId));
      ParticipantCase kase = append(stream, ParticipantCase.empty(), script.referral());
      LocalDate date = script.referredOn();
      for (CaseScript.Step step : script.steps()) {
        date = date.plusDays(step.days());
        kase = append(stream, kase, step.command(kase, date));
      }
      ParticipantCase loaded = ParticipantCase.replay(jdbc.eventStore().load(stream, CaseEvent.class));
      assertThat(loaded).isEqualTo(kase);
      assertThat(jdbc.queries().casesByStage("751", kase.stage()))
          .anySatisfy(row -> assertThat(row.caseId()).isEqualTo(caseId));
    });
  }

  private ParticipantCase append(StreamId stream, ParticipantCase kase, CaseCommand command) {
    var outcome = kase.decide(command, POLICIES);
    if (outcome.isLeft() || outcome.get().isEmpty()) {
      return kase;
    }
    assertThat(jdbc.eventStore().append(AppendBatch.of("test", "c",
        new StreamAppend(stream, kase.version(), outcome.get())))).isInstanceOf(AppendOutcome.Appended.class);
    return kase.evolveAll(outcome.get());
  }

  @Test
  void noTableHoldsACprNumberInClear() throws SQLException {
    List<Cpr> cprs = new ArrayList<>();
    for (String number : List.of("010190-1234", "311299-4321", "150304-4445")) {
      Cpr cpr = Cpr.parse(number);
      cprs.add(cpr);
      Participant sample = ProgrammeFixtures.participant("P-" + id(), "Navn", BenefitType.CASH_BENEFIT);
      Participant p = Participant.builder().id(sample.id()).cpr(cpr).name(sample.name()).benefit(sample.benefit())
          .businessIdea(sample.businessIdea()).advisor(sample.advisor()).build();
      CaseId caseId = CaseId.of("C-" + id());
      ParticipantCase kase = ParticipantCase.empty();
      var referred = kase.decide(new CaseCommand.Refer(p, "751", LocalDate.of(2026, 1, 5), "cw"), POLICIES).get();
      IdempotencyRecord key = new IdempotencyRecord(IdempotencyKey.of("ui", id(), "fp"),
          "{\"case\":\"" + caseId + "\",\"participant\":\"" + p.id() + "\"}");
      assertThat(jdbc.eventStore().append(new AppendBatch(List.of(new StreamAppend(
          ProgrammeStreams.caseStream(CaseRef.of("751", caseId)), 0, referred)), "cw", "c",
          Optional.of(key)))).isInstanceOf(AppendOutcome.Appended.class);
      ParticipantRef ref = new ParticipantRef("751", p.id());
      assertThat(jdbc.participants().findByCpr(Set.of("751"), cpr)).contains(ref);
      assertThat(jdbc.participants().findByCpr(Set.of("101"), cpr)).isEmpty();
      assertThat(jdbc.participants().revealCpr(ref, "cw", "letter", "c", java.time.Instant.parse("2026-03-02T09:00:00Z"))).isEqualTo(cpr);
    }
    String dump = dump();
    assertThat(dump).contains("mikrolan_events").contains("case.Referred");
    for (Cpr cpr : cprs) {
      String digits = cpr.fullNumber().replace("-", "");
      assertThat(dump).doesNotContain(digits).doesNotContain(cpr.fullNumber());
    }
  }

  @Test
  void theEntryPointRunsOverTheAdapterWithItsCalendarReadsAndAccessLog() {
    java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2026-03-02T09:00:00Z"), java.time.ZoneOffset.UTC);
    dk.mikrolan.office.Mikrolan office = jdbc.entryPoint(letter -> { }, clock).build();
    assertThat(office.calendar()).isSameAs(jdbc.reads().calendar());
    dk.mikrolan.access.Actor admin = dk.mikrolan.access.Actor.system("seed", Set.of(dk.mikrolan.access.Role.ADMIN),
        Set.of("751"));
    dk.mikrolan.access.Actor caseworker = dk.mikrolan.access.Actor.person("cw-1",
        Set.of(dk.mikrolan.access.Role.CASEWORKER), Set.of("751"));
    dk.mikrolan.access.Actor auditor = dk.mikrolan.access.Actor.person("audit-1",
        Set.of(dk.mikrolan.access.Role.AUDITOR), Set.of("751"));
    assertThat(office.seedPolicies(admin, java.util.Map.of("751.properties", POLICIES.all().get(0))))
        .isInstanceOf(UseCaseResult.Done.class);
    String participant = "P-" + id();
    CaseRef ref = CaseRef.of("751", "C-" + id());
    assertThat(office.caseWork(caseworker, ref, new dk.mikrolan.office.CaseRequest.Refer(
        ProgrammeFixtures.participant(participant, "Navn", BenefitType.CASH_BENEFIT)), Optional.empty()))
        .isInstanceOf(UseCaseResult.Done.class);
    ParticipantRef p = new ParticipantRef("751", dk.mikrolan.identity.ParticipantId.of(participant));
    assertThat(office.correlated("req-" + participant).revealCpr(caseworker, p, "Partshøring").isRight()).isTrue();
    assertThat(office.accessLog(auditor, Set.of("751"), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2),
        dk.mikrolan.port.CprDirectory.MAX_LOG_ROWS).get()).filteredOn(a -> a.participantId().equals(p.participantId()))
        .singleElement().satisfies(a -> {
          assertThat(a.actor()).isEqualTo("cw-1");
          assertThat(a.correlationId()).isEqualTo("req-" + participant);
        });
    assertThat(office.cases(caseworker, dk.mikrolan.read.CaseQuery.in(Set.of("751")), Optional.empty(), 500).get()
        .items()).anySatisfy(c -> assertThat(c.ref()).isEqualTo(ref));
  }

  /** Every row of every table of the adapter, as text. */
  private String dump() throws SQLException {
    StringBuilder b = new StringBuilder();
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
      DatabaseMetaData md = c.getMetaData();
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = md.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          if (rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT).startsWith("mikrolan_")) {
            tables.add(rs.getString("TABLE_NAME"));
          }
        }
      }
      for (String t : tables) {
        b.append(t.toLowerCase(Locale.ROOT)).append('\n');
        String quote = md.getIdentifierQuoteString();
        try (ResultSet rs = s.executeQuery("SELECT * FROM " + quote + t + quote)) {
          ResultSetMetaData rm = rs.getMetaData();
          while (rs.next()) {
            for (int i = 1; i <= rm.getColumnCount(); i++) {
              b.append(rs.getString(i)).append('|');
            }
            b.append('\n');
          }
        }
      }
    }
    return b.toString();
  }

  @Test
  void approvalPayoutAndRepaymentRunThroughTheStoreAndFeedTheReport() {
    PolicyVersions<ProgrammePolicy> policies = PolicyVersions.of(ProgrammePolicy.builder().municipalityCode("851")
        .municipalityName("Aalborg Kommune").validFrom(LocalDate.of(2026, 1, 1))
        .addBaseRates(new BaseRate(LocalDate.of(2026, 1, 1), new BigDecimal("0.0231"))).build());
    CaseId caseId = CaseId.of("C-" + id());
    CaseRef ref = CaseRef.of("851", caseId);
    RepaymentTerms terms = RepaymentTerms.builder().principal(DkkAmount.ofKroner(12_000))
        .firstDueDate(LocalDate.of(2026, 8, 1)).frequency(Frequency.MONTHLY).plan(RepaymentPlan.byCount(12))
        .disbursementDate(LocalDate.of(2026, 6, 1)).build();
    AttendanceSummary done = new AttendanceSummary(Set.of("ACCOUNTING", "TAX", "VAT", "INSURANCE"), 4, 4, 4,
        Optional.empty());
    LocalDate d = LocalDate.of(2026, 1, 5);
    Participant p = ProgrammeFixtures.participant("P-" + id(), "Navn", BenefitType.SICKNESS_BENEFIT);
    ParticipantCase kase = ParticipantCase.empty();
    List<CaseEvent> events = new ArrayList<>();
    for (CaseCommand c : List.of(
        new CaseCommand.Refer(p, "851", d, "cw"),
        new CaseCommand.SubmitApplication(ProgrammeFixtures.application(DkkAmount.ofKroner(12_000),
            RepaymentPlan.byCount(12), Frequency.MONTHLY), d, "cw"),
        new CaseCommand.StartScreening(d, "cw"),
        new CaseCommand.RecordScreening(AssessmentOutcome.eligible(), d, "cw"),
        new CaseCommand.RecordCafeMeeting("møde", d, "adv"),
        new CaseCommand.RecordAssessment(AssessmentOutcome.eligible(), d, "adv"),
        new CaseCommand.StartCompetenceDevelopment("H-1", d, "cw"),
        new CaseCommand.StartSeminar(done, LocalDate.of(2026, 5, 18), "cw"),
        new CaseCommand.Recommend(terms, done, LocalDate.of(2026, 5, 21), "adv"))) {
      var e = kase.decide(c, policies).get();
      events.addAll(e);
      kase = kase.evolveAll(e);
    }
    EventStore store = jdbc.eventStore();
    store.append(AppendBatch.of("cw", "setup", new StreamAppend(ProgrammeStreams.caseStream(ref), 0, events)));
    FundPeriod year = FundPeriod.ofYear(2026);
    if (store.version(LoanFund.streamId("851", year)) == 0) {
      store.append(AppendBatch.of("cw", "setup", new StreamAppend(LoanFund.streamId("851", year), 0,
          LoanFund.empty().decide(LoanFundCommand.Open.from(policies.all().get(0), year, LocalDate.of(2026, 1, 1)))
              .get())));
    }
    UseCaseShell shell = UseCaseShell.over(store);
    assertThat(shell.run(ApproveLoan.of(new ApproveLoan.Request(ref, UndertakingId.of(ref.municipalityCode(), p.id()), Optional.empty(), year,
        terms, List.of(), new BigDecimal("7.46"), LocalDate.of(2026, 5, 22), "head"), policies, BankingCalendar.danish()),
        Caller.of("head", "corr"))).isInstanceOf(UseCaseResult.Done.class);
    assertThat(shell.run(DisburseLoan.of(new DisburseLoan.Request(ref, DkkAmount.ofKroner(12_000),
        LocalDate.of(2026, 6, 1), "NK", "fin"), policies, BankingCalendar.danish()), Caller.of("fin", "corr2")))
        .isInstanceOf(UseCaseResult.Done.class);
    assertThat(shell.run(ChangeLoan.of(new ChangeLoan.Request(ref, LoanCommand.ReceivePayment.of("P1",
        DkkAmount.ofKroner(1_000).toMonetaryAmount(), LocalDate.of(2026, 8, 3), "bank-1"), "bank"), policies,
        BankingCalendar.danish()), Caller.of("bank", "corr3"))).isInstanceOf(UseCaseResult.Done.class);

    List<DecisionLetter> letters = new ArrayList<>();
    LetterDispatcher dispatcher = new LetterDispatcher(store, shell, outbox -> {
      assertThat(outbox.municipalityCode()).isEqualTo("851");
      letters.add(outbox.letter());
    },
        java.time.Clock.fixed(java.time.Instant.parse("2026-05-22T12:00:00Z"), java.time.ZoneOffset.UTC));
    assertThat(dispatcher.dispatch(100).delivered()).contains(ProgrammeStreams.letterStream(ref, 10).id());
    assertThat(letters).anySatisfy(l -> assertThat(l.caseId()).isEqualTo(caseId));
    assertThat(dispatcher.waiting(100)).doesNotContain(ProgrammeStreams.letterStream(ref, 10));
    assertThat(jdbc.queries().loanRow(ref)).hasValueSatisfying(row ->
        assertThat(row.outstanding()).isEqualTo(DkkAmount.ofKroner(11_000)));
    assertThat(jdbc.queries().casesByStage("851", Stage.REPAYING)).extracting(CaseRow::caseId).contains(caseId);
    ProgrammeReport report = ProgrammeReports.of(jdbc.reads().reportInputs(Set.of("851"), ReportScope.municipality("851")),
        ReportScope.municipality("851"), LocalDate.of(2026, 8, 10));
    assertThat(report.loansGranted()).isPositive();
    assertThat(report.amountDisbursed()).isEqualTo(report.amountGranted());
  }
}
