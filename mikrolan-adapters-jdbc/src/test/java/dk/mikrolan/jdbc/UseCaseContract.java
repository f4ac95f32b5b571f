package dk.mikrolan.jdbc;

import dk.mikrolan.identity.ParticipantRef;
import static org.assertj.core.api.Assertions.assertThat;

import dk.mikrolan.aid.UndertakingId;
import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.cohort.AttendanceSummary;
import dk.mikrolan.fund.FundPeriod;
import dk.mikrolan.fund.LoanFund;
import dk.mikrolan.fund.LoanFundCommand;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.identity.Cpr;
import dk.mikrolan.loan.LoanCommand;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.BaseRate;
import dk.mikrolan.policy.BenefitType;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.port.AppendBatch;
import dk.mikrolan.port.IdempotencyKey;
import dk.mikrolan.port.StreamAppend;
import dk.mikrolan.programme.ApproveLoan;
import dk.mikrolan.programme.AssessmentOutcome;
import dk.mikrolan.programme.CaseCommand;
import dk.mikrolan.programme.CaseEvent;
import dk.mikrolan.programme.CaseWork;
import dk.mikrolan.programme.ChangeLoan;
import dk.mikrolan.programme.DisburseLoan;
import dk.mikrolan.programme.EndCase;
import dk.mikrolan.programme.Participant;
import dk.mikrolan.programme.ParticipantCase;
import dk.mikrolan.programme.ProgrammeStreams;
import dk.mikrolan.programme.Stage;
import dk.mikrolan.rules.RuleReference;
import dk.mikrolan.rules.Text;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentTerms;
import dk.mikrolan.testkit.ProgrammeFixtures;
import dk.mikrolan.usecase.Caller;
import dk.mikrolan.usecase.Idempotent;
import dk.mikrolan.usecase.ResultWriter;
import dk.mikrolan.usecase.UseCase;
import dk.mikrolan.usecase.UseCaseResult;
import dk.mikrolan.usecase.UseCaseShell;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The use cases through the shell on every database: a refusal writes nothing, idempotent
 * retries have one effect and return the stored result byte for byte, two first attempts race to
 * one effect, and two municipalities using the same case id have two cases that no query mixes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class UseCaseContract {

  private static final LocalDate START = LocalDate.of(2026, 1, 5);
  private static final FundPeriod YEAR = FundPeriod.ofYear(2026);
  private static final AttendanceSummary DONE = new AttendanceSummary(Set.of("ACCOUNTING", "TAX", "VAT", "INSURANCE"),
      4, 4, 4, Optional.empty());

  private TestDatabase db;
  private MikrolanJdbc jdbc;
  private UseCaseShell shell;

  abstract Dialect dialect();

  @BeforeAll
  void createDatabase() throws SQLException {
    db = TestDatabase.create(dialect());
    MikrolanSchema.migrate(db.dataSource());
    jdbc = MikrolanJdbc.builder(db.dataSource(), CprTestKeys.single()).build();
    shell = UseCaseShell.over(jdbc.eventStore());
  }

  @AfterAll
  void dropDatabase() throws SQLException {
    if (db != null) {
      db.close();
    }
  }

  private static PolicyVersions<ProgrammePolicy> policies(String municipality, String name) {
    return PolicyVersions.of(ProgrammePolicy.builder().municipalityCode(municipality).municipalityName(name)
        .validFrom(LocalDate.of(2026, 1, 1)).loanFundCeiling(DkkAmount.ofKroner(100_000))
        .addBaseRates(new BaseRate(LocalDate.of(2026, 1, 1), new BigDecimal("0.0231"))).build());
  }

  private static final PolicyVersions<ProgrammePolicy> AARHUS = policies("751", "Aarhus Kommune");
  private static final PolicyVersions<ProgrammePolicy> KOBENHAVN = policies("101", "Københavns Kommune");

  private static RepaymentTerms terms() {
    return RepaymentTerms.builder().principal(DkkAmount.ofKroner(12_000)).firstDueDate(LocalDate.of(2026, 8, 1))
        .frequency(Frequency.MONTHLY).plan(RepaymentPlan.byCount(12)).disbursementDate(LocalDate.of(2026, 6, 1)).build();
  }

  /** A unique id of letters only, so no run of its digits can look like a CPR number. */
  private static String unique() {
    StringBuilder b = new StringBuilder();
    for (char ch : UUID.randomUUID().toString().substring(0, 13).toCharArray()) {
      b.append(Character.isDigit(ch) ? (char) ('g' + (ch - '0')) : ch);
    }
    return b.toString();
  }

  private <T> UseCaseResult<T> run(UseCase<?, T> useCase) {
    return shell.run(useCase, Caller.of("tester", "corr"));
  }

  /** A case referred and taken to its recommendation through CaseWork; the fund of the year open. */
  private CaseRef recommended(String municipality, String caseId, Participant p, PolicyVersions<ProgrammePolicy> pv) {
    CaseRef ref = CaseRef.of(municipality, caseId);
    for (CaseCommand c : List.of(
        new CaseCommand.Refer(p, municipality, START, "cw"),
        new CaseCommand.SubmitApplication(ProgrammeFixtures.application(DkkAmount.ofKroner(12_000),
            RepaymentPlan.byCount(12), Frequency.MONTHLY), START, "cw"),
        new CaseCommand.StartScreening(START, "cw"),
        new CaseCommand.RecordScreening(AssessmentOutcome.eligible(), START, "cw"),
        new CaseCommand.RecordCafeMeeting("møde", START, "adv"),
        new CaseCommand.RecordAssessment(AssessmentOutcome.eligible(), START, "adv"),
        new CaseCommand.StartCompetenceDevelopment("H-1", START, "cw"),
        new CaseCommand.StartSeminar(DONE, LocalDate.of(2026, 5, 18), "cw"),
        new CaseCommand.Recommend(terms(), DONE, LocalDate.of(2026, 5, 21), "adv"))) {
      assertThat(run(CaseWork.of(new CaseWork.Request(ref, c), pv))).as("%s", c).isInstanceOf(UseCaseResult.Done.class);
    }
    if (jdbc.eventStore().version(LoanFund.streamId(municipality, YEAR)) == 0) {
      jdbc.eventStore().append(AppendBatch.of("admin", "setup", new StreamAppend(LoanFund.streamId(municipality, YEAR), 0,
          LoanFund.empty().decide(LoanFundCommand.Open.from(pv.all().get(0), YEAR, LocalDate.of(2026, 1, 1)))
              .get())));
    }
    return ref;
  }

  private ApproveLoan approval(CaseRef ref, Participant p, String approver, PolicyVersions<ProgrammePolicy> pv) {
    return ApproveLoan.of(new ApproveLoan.Request(ref, UndertakingId.of(ref.municipalityCode(), p.id()), Optional.empty(), YEAR, terms(),
        List.of(), new BigDecimal("7.46"), LocalDate.of(2026, 5, 22), approver), pv, BankingCalendar.danish());
  }

  private long rows(String sql) throws SQLException {
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Everything the adapter writes: events, idempotency records and every read model's rows. */
  private List<Long> everything() throws SQLException {
    List<Long> counts = new ArrayList<>();
    for (String t : List.of("events", "idempotency", "rm_cases", "rm_loans", "rm_loan_instalments", "participants")) {
      counts.add(rows("SELECT COUNT(*) FROM mikrolan_" + t));
    }
    return counts;
  }

  private void refusedWritingNothing(UseCase<?, ?> useCase) throws SQLException {
    List<Long> before = everything();
    assertThat(shell.run(useCase, Caller.of("tester", "c"))).isInstanceOf(UseCaseResult.Refused.class);
    assertThat(everything()).isEqualTo(before);
  }

  @Test
  void aRefusalByAnyAggregateWritesNothing() throws SQLException {
    Participant p = ProgrammeFixtures.participant("P-" + unique(), "Navn", BenefitType.SICKNESS_BENEFIT);
    CaseRef ref = recommended("751", "R-" + unique(), p, AARHUS);
    // The case refuses: a screening in the seminar stage.
    refusedWritingNothing(CaseWork.of(new CaseWork.Request(ref, new CaseCommand.StartScreening(
        LocalDate.of(2026, 5, 22), "cw")), AARHUS));
    // The case refuses (four-eyes: the recommending advisor approves).
    refusedWritingNothing(approval(ref, p, "adv", AARHUS));
    // Payout before approval: the case refuses.
    refusedWritingNothing(DisburseLoan.of(new DisburseLoan.Request(ref, DkkAmount.ofKroner(1_000),
        LocalDate.of(2026, 6, 1), "NK", "fin"), AARHUS, BankingCalendar.danish()));
    assertThat(run(approval(ref, p, "head", AARHUS))).isInstanceOf(UseCaseResult.Done.class);
    // The loan account refuses a payout above the grant, the case too.
    refusedWritingNothing(DisburseLoan.of(new DisburseLoan.Request(ref, DkkAmount.ofKroner(12_001),
        LocalDate.of(2026, 6, 1), "NK", "fin"), AARHUS, BankingCalendar.danish()));
    // The loan account refuses a payment before payout.
    refusedWritingNothing(ChangeLoan.of(new ChangeLoan.Request(ref, LoanCommand.ReceivePayment.of("P1",
        DkkAmount.ofKroner(100).toMonetaryAmount(), LocalDate.of(2026, 6, 2), "bank-1"), "bank"), AARHUS,
        BankingCalendar.danish()));
    assertThat(run(DisburseLoan.of(new DisburseLoan.Request(ref, DkkAmount.ofKroner(12_000),
        LocalDate.of(2026, 6, 1), "NK", "fin"), AARHUS, BankingCalendar.danish()))).isInstanceOf(UseCaseResult.Done.class);
    // After payout the case refuses a rejection, so the fund and the aid are not released either.
    refusedWritingNothing(EndCase.of(new EndCase.Request(ref, new CaseCommand.Reject(
        List.of(new RuleReference("GENUINE_WISH", "Notat", Text.of("Ønske", "Wish"))),
        List.of(Text.of("Hensyn", "Consideration")), List.of(), false, LocalDate.of(2026, 6, 3), "head")), AARHUS));
  }

  private static final ResultWriter<ParticipantCase> STAGE_AND_VERSION =
      (kase, versions) -> "{\"stage\":\"" + kase.stage() + "\",\"versions\":\"" + versions + "\"}";

  @Test
  void aRetriedRequestHasOneEffectAndGetsTheStoredResultByteForByte() {
    Participant p = ProgrammeFixtures.participant("P-" + unique(), "Navn", BenefitType.SICKNESS_BENEFIT);
    CaseRef ref = recommended("751", "I-" + unique(), p, AARHUS);
    CaseWork note = CaseWork.of(new CaseWork.Request(ref, new CaseCommand.AddNote("Ringede", LocalDate.of(2026, 5, 21),
        "cw")), AARHUS);
    Idempotent<ParticipantCase> key = Idempotent.of(IdempotencyKey.of("cw", "k-" + unique(), "POST /notes {..}"),
        STAGE_AND_VERSION);
    long before = jdbc.eventStore().version(ProgrammeStreams.caseStream(ref));
    UseCaseResult<ParticipantCase> first = shell.run(note, Caller.of("cw", "c"), Optional.of(key));
    String stored = "{\"stage\":\"FINAL_SEMINAR\",\"versions\":\"{" + ProgrammeStreams.caseStream(ref) + "="
        + (before + 1) + "}\"}";
    assertThat(first).isInstanceOf(UseCaseResult.Done.class);
    for (int i = 0; i < 5; i++) {
      assertThat(shell.run(note, Caller.of("cw", "c"), Optional.of(key))).isEqualTo(new UseCaseResult.Repeated<>(stored));
    }
    assertThat(jdbc.eventStore().version(ProgrammeStreams.caseStream(ref))).isEqualTo(before + 1);
    Idempotent<ParticipantCase> other = Idempotent.of(IdempotencyKey.of("cw", key.key().key(), "POST /notes {other}"),
        STAGE_AND_VERSION);
    assertThat(shell.run(note, Caller.of("cw", "c"), Optional.of(other)))
        .isEqualTo(new UseCaseResult.KeyReused<>("cw", key.key().key()));
    assertThat(jdbc.eventStore().version(ProgrammeStreams.caseStream(ref))).isEqualTo(before + 1);
  }

  @Test
  void twoFirstAttemptsAtOnceHaveOneEffectAndTheSameAnswer() throws Exception {
    Participant p = ProgrammeFixtures.participant("P-" + unique(), "Navn", BenefitType.SICKNESS_BENEFIT);
    CaseRef ref = recommended("751", "T-" + unique(), p, AARHUS);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 10; round++) {
        CaseWork note = CaseWork.of(new CaseWork.Request(ref, new CaseCommand.AddNote("Note " + round,
            LocalDate.of(2026, 5, 21), "cw")), AARHUS);
        Idempotent<ParticipantCase> key = Idempotent.of(IdempotencyKey.of("cw", "race-" + unique(), "fp"),
            STAGE_AND_VERSION);
        long before = jdbc.eventStore().version(ProgrammeStreams.caseStream(ref));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<UseCaseResult<ParticipantCase>>> answers = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
          answers.add(pool.submit(() -> {
            start.await();
            return shell.run(note, Caller.of("cw", "c"), Optional.of(key));
          }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        int done = 0;
        for (Future<UseCaseResult<ParticipantCase>> f : answers) {
          UseCaseResult<ParticipantCase> r = f.get(60, TimeUnit.SECONDS);
          if (r instanceof UseCaseResult.Done<ParticipantCase> d) {
            done++;
            results.add(STAGE_AND_VERSION.write(d.value(), d.versions()));
          } else {
            assertThat(r).isInstanceOf(UseCaseResult.Repeated.class);
            results.add(((UseCaseResult.Repeated<ParticipantCase>) r).storedResult());
          }
        }
        assertThat(done).as("round %d", round).isOne();
        assertThat(results.get(0)).isEqualTo(results.get(1));
        assertThat(jdbc.eventStore().version(ProgrammeStreams.caseStream(ref))).isEqualTo(before + 1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void twoMunicipalitiesUsingTheSameCaseIdHaveTwoCasesAndSeeOnlyTheirOwn() {
    String caseId = "2026-" + unique();
    String participantId = "P-" + unique();
    Participant aarhus = participant(participantId, "0101901234");
    Participant copenhagen = participant(participantId, "0202802345");
    CaseRef inAarhus = recommended("751", caseId, aarhus, AARHUS);
    CaseRef inCopenhagen = recommended("101", caseId, copenhagen, KOBENHAVN);
    assertThat(run(approval(inAarhus, aarhus, "head", AARHUS))).isInstanceOf(UseCaseResult.Done.class);
    assertThat(run(DisburseLoan.of(new DisburseLoan.Request(inAarhus, DkkAmount.ofKroner(12_000),
        LocalDate.of(2026, 6, 1), "NK", "fin"), AARHUS, BankingCalendar.danish()))).isInstanceOf(UseCaseResult.Done.class);

    ParticipantCase a = ParticipantCase.replay(jdbc.eventStore().load(ProgrammeStreams.caseStream(inAarhus), CaseEvent.class));
    ParticipantCase k = ParticipantCase.replay(jdbc.eventStore().load(ProgrammeStreams.caseStream(inCopenhagen),
        CaseEvent.class));
    assertThat(a.stage()).isEqualTo(Stage.DISBURSED);
    assertThat(k.stage()).isEqualTo(Stage.FINAL_SEMINAR);
    assertThat(a.participant().get().cpr()).isEqualTo(Cpr.parse("0101901234"));
    assertThat(k.participant().get().cpr()).isEqualTo(Cpr.parse("0202802345"));

    JdbcQueries q = jdbc.queries();
    assertThat(q.casesByStage("751", Stage.DISBURSED)).extracting(CaseRow::ref).contains(inAarhus)
        .doesNotContain(inCopenhagen);
    assertThat(q.casesByStage("101", Stage.FINAL_SEMINAR)).extracting(CaseRow::ref).contains(inCopenhagen)
        .doesNotContain(inAarhus);
    assertThat(q.casesByStage("101", Stage.DISBURSED)).extracting(CaseRow::ref).doesNotContain(inAarhus);
    assertThat(q.loanRow(inAarhus)).isPresent();
    assertThat(q.loanRow(inCopenhagen)).isEmpty();
    LocalDate late = LocalDate.of(2026, 12, 1);
    assertThat(q.loansInArrears(Set.of("751"), late)).extracting(ArrearsRow::ref).contains(inAarhus);
    assertThat(q.loansInArrears(Set.of("101"), late)).extracting(ArrearsRow::ref).doesNotContain(inAarhus);
    assertThat(jdbc.participants().findByCpr(Set.of("101"), Cpr.parse("0101901234"))).isEmpty();
    assertThat(jdbc.participants().findByCpr(Set.of("751"), Cpr.parse("0101901234")))
        .containsExactly(new ParticipantRef("751", aarhus.id()));
    assertThat(jdbc.participants().findByCpr(Set.of("751", "101"), Cpr.parse("0202802345")))
        .containsExactly(new ParticipantRef("101", copenhagen.id()));
    assertThat(jdbc.reads().reportInputs(Set.of("101"), dk.mikrolan.report.ReportScope.ALL))
        .allSatisfy(r -> assertThat(r.kase().municipalityCode()).isEqualTo("101"))
        .anySatisfy(r -> assertThat(r.kase()).isEqualTo(k));
  }

  private static Participant participant(String id, String cpr) {
    Participant sample = ProgrammeFixtures.participant(id, "Navn", BenefitType.SICKNESS_BENEFIT);
    return Participant.builder().id(sample.id()).cpr(Cpr.parse(cpr)).name(sample.name()).benefit(sample.benefit())
        .businessIdea(sample.businessIdea()).advisor(sample.advisor()).build();
  }

  @Test
  void listsTheStreamsAtAVersionOldestFirstAndPurgesOldKeys() throws SQLException {
    String type = "outbox-test";
    String tag = unique();
    for (String id : List.of("b", "a", "c")) {
      jdbc.eventStore().append(AppendBatch.of("t", "c", new StreamAppend(
          dk.mikrolan.port.StreamId.of("letter", "999:" + tag + "-" + id), 0,
          List.of(new dk.mikrolan.programme.LetterEvent.Delivered(START, "t")))));
    }
    jdbc.eventStore().append(AppendBatch.of("t", "c", new StreamAppend(
        dk.mikrolan.port.StreamId.of("letter", "999:" + tag + "-b"), 1,
        List.of(new dk.mikrolan.programme.LetterEvent.Delivered(START, "t")))));
    assertThat(jdbc.eventStore().streamsAtVersion("letter", 1, 1000)).extracting(s -> s.id())
        .containsSubsequence("999:" + tag + "-a", "999:" + tag + "-c").doesNotContain("999:" + tag + "-b");
    assertThat(jdbc.eventStore().streamsAtVersion("letter", 2, 1000)).extracting(s -> s.id())
        .contains("999:" + tag + "-b");
    assertThat(jdbc.eventStore().streamsAtVersion(type, 1, 10)).isEmpty();

    long keys = rows("SELECT COUNT(*) FROM mikrolan_idempotency");
    assertThat(jdbc.eventStore().purgeIdempotency(Instant.parse("2000-01-01T00:00:00Z"))).isZero();
    assertThat(rows("SELECT COUNT(*) FROM mikrolan_idempotency")).isEqualTo(keys);
    jdbc.eventStore().purgeIdempotency(Instant.now().plusSeconds(3600));
    assertThat(rows("SELECT COUNT(*) FROM mikrolan_idempotency")).isZero();
  }
}
