package dk.mikrolan.programme;

import static org.assertj.core.api.Assertions.assertThat;

import dk.mikrolan.aid.DeMinimisEvent;
import dk.mikrolan.aid.DeMinimisRecord;
import dk.mikrolan.aid.UndertakingId;
import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.cohort.AttendanceSummary;
import dk.mikrolan.fund.FundPeriod;
import dk.mikrolan.fund.LoanFund;
import dk.mikrolan.fund.LoanFundCommand;
import dk.mikrolan.fund.LoanFundEvent;
import dk.mikrolan.identity.CaseId;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.identity.ParticipantId;
import dk.mikrolan.loan.LoanStatus;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.BaseRate;
import dk.mikrolan.policy.BenefitType;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.port.AppendBatch;
import dk.mikrolan.port.IdempotencyKey;
import dk.mikrolan.port.InMemoryEventStore;
import dk.mikrolan.port.StreamAppend;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentTerms;
import dk.mikrolan.testkit.ProgrammeFixtures;
import dk.mikrolan.usecase.Caller;
import dk.mikrolan.usecase.Idempotent;
import dk.mikrolan.usecase.UseCaseResult;
import dk.mikrolan.usecase.UseCaseShell;
import java.time.Clock;
import java.time.ZoneId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Approval and payout across the case, the loan fund, the de minimis record and the loan account. */
class ApproveLoanTest {

  private static final LocalDate DAY = LocalDate.of(2026, 5, 22);
  private static final FundPeriod YEAR = FundPeriod.ofYear(2026);
  private static final BigDecimal EUR = new BigDecimal("7.4600");
  private static final AttendanceSummary DONE = AarhusScenarioTest.SEMINAR_DONE;

  private static PolicyVersions<ProgrammePolicy> policies(long fundCeiling) {
    return policies(fundCeiling, false);
  }

  private static PolicyVersions<ProgrammePolicy> policies(long fundCeiling, boolean revolving) {
    return PolicyVersions.of(ProgrammePolicy.builder().municipalityCode("751").municipalityName("Aarhus Kommune")
        .validFrom(LocalDate.of(2026, 1, 1)).loanFundCeiling(DkkAmount.ofKroner(fundCeiling)).revolvingFund(revolving)
        .addBaseRates(new BaseRate(LocalDate.of(2026, 1, 1), new BigDecimal("0.0231"))).build());
  }

  private final InMemoryEventStore store = new InMemoryEventStore();
  private final UseCaseShell shell = UseCaseShell.over(store);
  private final List<DecisionLetter> sent = new CopyOnWriteArrayList<>();
  private final LetterDispatcher dispatcher = new LetterDispatcher(store, shell, outbox -> sent.add(outbox.letter()),
      Clock.fixed(java.time.Instant.parse("2026-05-22T12:00:00Z"), ZoneId.of("Europe/Copenhagen")));

  private static CaseRef ref(String caseId) {
    return CaseRef.of("751", caseId);
  }

  private UseCaseResult<ApproveLoan.Outcome> approve(PolicyVersions<ProgrammePolicy> policies, ApproveLoan.Request r) {
    UseCaseResult<ApproveLoan.Outcome> result =
        shell.run(ApproveLoan.of(r, policies, BankingCalendar.danish()), Caller.of(r.approver(), "corr"));
    dispatcher.dispatch(10);
    return result;
  }

  private UseCaseResult<DisburseLoan.Paid> disburse(PolicyVersions<ProgrammePolicy> policies, String caseId,
      long kroner, LocalDate date, String reference) {
    return shell.run(DisburseLoan.of(new DisburseLoan.Request(ref(caseId), DkkAmount.ofKroner(kroner), date, reference,
        "fin"), policies, BankingCalendar.danish()), Caller.of("fin", "corr"));
  }

  private UseCaseResult<dk.mikrolan.loan.LoanAccount> change(PolicyVersions<ProgrammePolicy> policies, String caseId,
      dk.mikrolan.loan.LoanCommand command) {
    return shell.run(ChangeLoan.of(new ChangeLoan.Request(ref(caseId), command, "fin"), policies,
        BankingCalendar.danish()), Caller.of("fin", "corr"));
  }

  private UseCaseResult<dk.mikrolan.loan.LoanAccount> pay(PolicyVersions<ProgrammePolicy> policies, String caseId,
      String paymentId, long kroner, LocalDate date) {
    return change(policies, caseId, dk.mikrolan.loan.LoanCommand.ReceivePayment.of(paymentId,
        DkkAmount.ofKroner(kroner).toMonetaryAmount(), date, "bank-" + paymentId));
  }

  private static RepaymentTerms terms(long kroner) {
    return RepaymentTerms.builder().principal(DkkAmount.ofKroner(kroner)).firstDueDate(LocalDate.of(2026, 8, 1))
        .frequency(Frequency.MONTHLY).plan(RepaymentPlan.byCount(48)).disbursementDate(LocalDate.of(2026, 6, 1)).build();
  }

  /** A case recommended at the seminar, written to the store; and the year's fund opened. */
  private void recommended(String caseId, long kroner, PolicyVersions<ProgrammePolicy> policies) {
    ParticipantCase c = ParticipantCase.empty();
    LocalDate d = LocalDate.of(2026, 1, 5);
    List<CaseCommand> commands = List.of(
        new CaseCommand.Refer(ProgrammeFixtures.participant("P-" + caseId, "Navn", BenefitType.SICKNESS_BENEFIT), "751", d, "cw"),
        new CaseCommand.SubmitApplication(ProgrammeFixtures.application(DkkAmount.ofKroner(kroner),
            RepaymentPlan.byCount(48), Frequency.MONTHLY), d, "cw"),
        new CaseCommand.StartScreening(d, "cw"),
        new CaseCommand.RecordScreening(AssessmentOutcome.eligible(), d, "cw"),
        new CaseCommand.RecordCafeMeeting("møde", d, "adv"),
        new CaseCommand.RecordAssessment(AssessmentOutcome.eligible(), d, "adv"),
        new CaseCommand.StartCompetenceDevelopment("H-1", d, "cw"),
        new CaseCommand.StartSeminar(DONE, LocalDate.of(2026, 5, 18), "cw"),
        new CaseCommand.Recommend(terms(kroner), DONE, LocalDate.of(2026, 5, 21), "adv"));
    List<CaseEvent> events = new ArrayList<>();
    for (CaseCommand command : commands) {
      List<CaseEvent> e = c.decide(command, policies).get();
      events.addAll(e);
      c = c.evolveAll(e);
    }
    store.append(AppendBatch.of("cw", "setup", new StreamAppend(ProgrammeStreams.caseStream(ref(caseId)), 0, events)));
    if (store.version(LoanFund.streamId("751", YEAR)) == 0) {
      List<LoanFundEvent> open = LoanFund.empty()
          .decide(LoanFundCommand.Open.from(policies.all().get(0), YEAR, LocalDate.of(2026, 1, 1))).get();
      store.append(AppendBatch.of("cw", "setup", new StreamAppend(LoanFund.streamId("751", YEAR), 0, open)));
    }
  }

  private static ApproveLoan.Request request(String caseId, long kroner) {
    return new ApproveLoan.Request(ref(caseId), UndertakingId.of("751", ParticipantId.of("P-" + caseId)), Optional.empty(), YEAR,
        terms(kroner), List.of(), EUR, DAY, "head");
  }

  @Test
  void writesTheDecisionTheCommitmentAndTheAidTogetherAndSendsTheLetter() {
    PolicyVersions<ProgrammePolicy> policies = policies(700_000);
    recommended("C1", 40_000, policies);
    UseCaseResult<ApproveLoan.Outcome> result =
        approve(policies, request("C1", 40_000));

    assertThat(result).isInstanceOf(UseCaseResult.Done.class);
    assertThat(sent).singleElement().satisfies(l -> assertThat(l.danishText()).contains("de minimis-støtte"));
    LoanFund fund = LoanFund.replay(store.load(LoanFund.streamId("751", YEAR), LoanFundEvent.class));
    assertThat(fund.remainingRoom()).isEqualTo(DkkAmount.ofKroner(660_000));
    UndertakingId undertaking = UndertakingId.of("751", ParticipantId.of("P-C1"));
    DeMinimisRecord aid = DeMinimisRecord.replay(undertaking, store.load(DeMinimisRecord.streamId(undertaking), DeMinimisEvent.class));
    assertThat(aid.version()).isEqualTo(1);
    ParticipantCase c = ParticipantCase.replay(store.load(ProgrammeStreams.caseStream(ref("C1")), CaseEvent.class));
    assertThat(c.stage()).isEqualTo(Stage.APPROVED);
    assertThat(c.approval().get().decision().aid()).isPresent();

    UseCaseResult<DisburseLoan.Paid> paid = disburse(policies, "C1", 10_000, LocalDate.of(2026, 6, 1), "NemKonto-1");
    assertThat(paid).isInstanceOfSatisfying(UseCaseResult.Done.class, done -> {
      DisburseLoan.Paid p = (DisburseLoan.Paid) done.value();
      assertThat(p.kase().stage()).isEqualTo(Stage.DISBURSED);
      assertThat(p.loan().status(LocalDate.of(2026, 6, 1))).isEqualTo(LoanStatus.ACTIVE);
    });
    UseCaseResult<DisburseLoan.Paid> tooMuch = disburse(policies, "C1", 30_001, LocalDate.of(2026, 6, 2), "NemKonto-2");
    assertThat(tooMuch).isInstanceOfSatisfying(UseCaseResult.Refused.class, r ->
        assertThat(r.refusal().reasons()).extracting(v -> v.code()).contains("DISBURSEMENT_ABOVE_GRANTED"));
  }

  @Test
  void theCaseFollowsItsLoanAccountToClosedAndARevolvingFundGetsTheRepaymentsBack() {
    PolicyVersions<ProgrammePolicy> policies = policies(100_000, true);
    recommended("C1", 12_000, policies);
    ApproveLoan.Request request = new ApproveLoan.Request(ref("C1"), UndertakingId.of("751", ParticipantId.of("P-C1")), Optional.empty(),
        YEAR, RepaymentTerms.builder().principal(DkkAmount.ofKroner(12_000)).firstDueDate(LocalDate.of(2026, 8, 1))
            .frequency(Frequency.MONTHLY).plan(RepaymentPlan.byCount(48)).disbursementDate(LocalDate.of(2026, 6, 1)).build(),
        List.of(), EUR, DAY, "head");
    assertThat(approve(policies, request))
        .isInstanceOf(UseCaseResult.Done.class);
    assertThat(disburse(policies, "C1", 12_000, LocalDate.of(2026, 6, 1), "NK"))
        .isInstanceOf(UseCaseResult.Done.class);
    pay(policies, "C1", "P1", 250, LocalDate.of(2026, 8, 3));
    assertThat(ParticipantCase.replay(store.load(ProgrammeStreams.caseStream(ref("C1")), CaseEvent.class)).stage())
        .isEqualTo(Stage.REPAYING);
    UseCaseResult<dk.mikrolan.loan.LoanAccount> last = pay(policies, "C1", "P2", 11_750, LocalDate.of(2026, 9, 1));
    assertThat(last).isInstanceOf(UseCaseResult.Done.class);
    assertThat(ParticipantCase.replay(store.load(ProgrammeStreams.caseStream(ref("C1")), CaseEvent.class)).stage())
        .isEqualTo(Stage.CLOSED);
    assertThat(LoanFund.replay(store.load(LoanFund.streamId("751", YEAR), LoanFundEvent.class)).remainingRoom())
        .isEqualTo(DkkAmount.ofKroner(100_000));
  }

  @Test
  void twoApprovalsAtOnceNeverOvercommitTheFund() throws Exception {
    PolicyVersions<ProgrammePolicy> policies = policies(50_000);
    recommended("C1", 40_000, policies);
    recommended("C2", 40_000, policies);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<UseCaseResult<ApproveLoan.Outcome>>> results = new ArrayList<>();
      for (String id : List.of("C1", "C2")) {
        results.add(pool.submit(() -> {
          start.await();
          UseCaseResult<ApproveLoan.Outcome> r;
          do {
            r = approve(policies, request(id, 40_000));
          } while (r instanceof UseCaseResult.Conflicted);
          return r;
        }));
      }
      start.countDown();
      long done = 0;
      long refused = 0;
      for (Future<UseCaseResult<ApproveLoan.Outcome>> f : results) {
        UseCaseResult<ApproveLoan.Outcome> r = f.get(30, TimeUnit.SECONDS);
        done += r instanceof UseCaseResult.Done ? 1 : 0;
        if (r instanceof UseCaseResult.Refused<ApproveLoan.Outcome> x) {
          refused++;
          assertThat(x.refusal().reasons()).extracting(v -> v.code()).contains("FUND_ROOM_EXCEEDED");
        }
      }
      assertThat(done).isEqualTo(1);
      assertThat(refused).isEqualTo(1);
      assertThat(LoanFund.replay(store.load(LoanFund.streamId("751", YEAR), LoanFundEvent.class)).remainingRoom())
          .isEqualTo(DkkAmount.ofKroner(10_000));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aRefusalWritesNothingAndListsEveryReason() {
    PolicyVersions<ProgrammePolicy> policies = policies(30_000);
    recommended("C1", 40_000, policies);
    long before = store.version(ProgrammeStreams.caseStream(ref("C1")));
    ApproveLoan.Request own = new ApproveLoan.Request(ref("C1"), UndertakingId.of("751", ParticipantId.of("P-C1")), Optional.empty(), YEAR,
        terms(40_000), List.of(), EUR, DAY, "adv");
    UseCaseResult<ApproveLoan.Outcome> result = approve(policies, own);
    assertThat(result).isInstanceOfSatisfying(UseCaseResult.Refused.class, r ->
        assertThat(r.refusal().reasons()).extracting(v -> v.code())
            .contains("FOUR_EYES", "FUND_ROOM_EXCEEDED", "ABOVE_REMAINING_ROOM"));
    assertThat(store.version(ProgrammeStreams.caseStream(ref("C1")))).isEqualTo(before);
    assertThat(store.version(DeMinimisRecord.streamId(UndertakingId.of("751", ParticipantId.of("P-C1"))))).isZero();
    assertThat(sent).isEmpty();
  }

  @Test
  void aRetryWithTheSameKeyReturnsTheFirstResultAndWritesNothing() {
    PolicyVersions<ProgrammePolicy> policies = policies(700_000);
    recommended("C1", 40_000, policies);
    IdempotencyKey key = IdempotencyKey.of("head", "k-1", "fingerprint-1");
    Idempotent<ApproveLoan.Outcome> idem = Idempotent.of(key, (a, v) -> "approved " + ((ApproveLoan.Approved) a).letterId() + " at " + v.get(
        ProgrammeStreams.caseStream(ref("C1"))));
    ApproveLoan useCase = ApproveLoan.of(request("C1", 40_000), policies, BankingCalendar.danish());
    assertThat(shell.run(useCase, Caller.of("head", "c"), Optional.of(idem))).isInstanceOf(UseCaseResult.Done.class);
    long version = store.version(ProgrammeStreams.caseStream(ref("C1")));
    for (int retry = 0; retry < 5; retry++) {
      assertThat(shell.run(useCase, Caller.of("head", "c"), Optional.of(idem)))
          .isEqualTo(new UseCaseResult.Repeated<>("approved 751:C1:10 at 11"));
    }
    Idempotent<ApproveLoan.Outcome> reused = Idempotent.of(IdempotencyKey.of("head", "k-1", "another request"), (a, v) -> "");
    assertThat(shell.run(useCase, Caller.of("head", "c"), Optional.of(reused)))
        .isEqualTo(new UseCaseResult.KeyReused<>("head", "k-1"));
    assertThat(store.version(ProgrammeStreams.caseStream(ref("C1")))).isEqualTo(version);
    dispatcher.dispatch(10);
    assertThat(sent).hasSize(1);
  }

  @Test
  void termsThePolicyRefusesAreRefusedNotThrown() {
    PolicyVersions<ProgrammePolicy> policies = policies(700_000);
    recommended("C1", 40_000, policies);
    RepaymentTerms absurd = RepaymentTerms.builder().principal(DkkAmount.ofKroner(12_000))
        .firstDueDate(LocalDate.of(2026, 8, 1)).frequency(Frequency.MONTHLY).plan(RepaymentPlan.byCount(20_000))
        .roundingUnit(dk.mikrolan.schedule.RoundingUnit.WHOLE_KRONER).disbursementDate(LocalDate.of(2026, 6, 1)).build();
    UseCaseResult<ApproveLoan.Outcome> result = approve(policies, new ApproveLoan.Request(ref("C1"), UndertakingId.of("751", ParticipantId.of("P-C1")), Optional.empty(), YEAR, absurd,
            List.of(), EUR, DAY, "head"));
    assertThat(result).isInstanceOfSatisfying(UseCaseResult.Refused.class, r ->
        assertThat(r.refusal().reasons()).extracting(v -> v.code())
            .contains("INSTALMENTS_ABOVE_MAX", "INSTALMENT_COUNT_ABOVE_UNITS", "AID_STATEMENT_REQUIRED"));
  }

  @Test
  void aRejectionAfterApprovalReleasesTheFundCancelsTheAidAndWritesARefusal() {
    PolicyVersions<ProgrammePolicy> policies = policies(700_000);
    recommended("C1", 40_000, policies);
    assertThat(approve(policies, request("C1", 40_000))).isInstanceOf(UseCaseResult.Done.class);
    CaseCommand.Reject reject = new CaseCommand.Reject(
        List.of(new dk.mikrolan.rules.RuleReference("GENUINE_WISH", "Notat om mikrolån",
            dk.mikrolan.rules.Text.of("Et reelt ønske om at blive selvstændig", "A genuine wish"))),
        List.of(dk.mikrolan.rules.Text.of("Deltageren har taget fast arbejde", "The participant has taken a job")),
        List.of(), false, LocalDate.of(2026, 5, 25), "head");
    UseCaseResult<EndCase.Ended> ended = shell.run(EndCase.of(new EndCase.Request(ref("C1"), reject), policies),
        Caller.of("head", "c"));
    assertThat(ended).isInstanceOfSatisfying(UseCaseResult.Done.class, d ->
        assertThat(((EndCase.Ended) d.value()).kase().approval()).isEmpty());
    dispatcher.dispatch(10);
    assertThat(LoanFund.replay(store.load(LoanFund.streamId("751", YEAR), LoanFundEvent.class)).remainingRoom())
        .isEqualTo(DkkAmount.ofKroner(700_000));
    UndertakingId undertaking = UndertakingId.of("751", ParticipantId.of("P-C1"));
    assertThat(DeMinimisRecord.replay(undertaking, store.load(DeMinimisRecord.streamId(undertaking), DeMinimisEvent.class))
        .aidEurInThreeYearsEndingOn(LocalDate.of(2026, 6, 1))).isZero();
    assertThat(sent).hasSize(2);
    assertThat(sent.get(1).danishText()).contains("afslag").contains("Klagevejledning").doesNotContain("bevilget");
  }

  @Test
  void theCaseFollowsAWriteOffToClosedAndAReversalBackToRepaying() {
    PolicyVersions<ProgrammePolicy> policies = policies(100_000);
    recommended("C1", 12_000, policies);
    RepaymentTerms terms = RepaymentTerms.builder().principal(DkkAmount.ofKroner(12_000))
        .firstDueDate(LocalDate.of(2026, 8, 1)).frequency(Frequency.MONTHLY).plan(RepaymentPlan.byCount(48))
        .disbursementDate(LocalDate.of(2026, 6, 1)).build();
    approve(policies, new ApproveLoan.Request(ref("C1"), UndertakingId.of("751", ParticipantId.of("P-C1")), Optional.empty(), YEAR, terms, List.of(), EUR, DAY, "head"));
    disburse(policies, "C1", 12_000, LocalDate.of(2026, 6, 1), "NK");
    pay(policies, "C1", "P1", 12_000, LocalDate.of(2026, 8, 3));
    assertThat(stage("C1")).isEqualTo(Stage.CLOSED);
    assertThat(change(policies, "C1", new dk.mikrolan.loan.LoanCommand.ReversePayment(
        "P1", LocalDate.of(2026, 8, 10), "returned by the bank")))
        .isInstanceOf(UseCaseResult.Done.class);
    assertThat(stage("C1")).isEqualTo(Stage.REPAYING);
    assertThat(change(policies, "C1", new dk.mikrolan.loan.LoanCommand.WriteOff(
        Optional.empty(), LocalDate.of(2026, 9, 1), "business closed", "head")))
        .isInstanceOf(UseCaseResult.Done.class);
    assertThat(stage("C1")).isEqualTo(Stage.CLOSED);
  }

  @Test
  void aRevolvingFundGetsBackOnlyWhatReducedTheDebt() {
    PolicyVersions<ProgrammePolicy> policies = policies(100_000, true);
    recommended("C1", 12_000, policies);
    RepaymentTerms terms = RepaymentTerms.builder().principal(DkkAmount.ofKroner(12_000))
        .firstDueDate(LocalDate.of(2026, 8, 1)).frequency(Frequency.MONTHLY).plan(RepaymentPlan.byCount(48))
        .disbursementDate(LocalDate.of(2026, 6, 1)).build();
    approve(policies, new ApproveLoan.Request(ref("C1"), UndertakingId.of("751", ParticipantId.of("P-C1")), Optional.empty(), YEAR, terms, List.of(), EUR, DAY, "head"));
    disburse(policies, "C1", 12_000, LocalDate.of(2026, 6, 1), "NK");
    UseCaseResult<dk.mikrolan.loan.LoanAccount> over = pay(policies, "C1", "P1", 12_001, LocalDate.of(2026, 8, 3));
    assertThat(over).isInstanceOf(UseCaseResult.Done.class);
    assertThat(LoanFund.replay(store.load(LoanFund.streamId("751", YEAR), LoanFundEvent.class)).remainingRoom())
        .isEqualTo(DkkAmount.ofKroner(100_000));
  }

  private Stage stage(String caseId) {
    return ParticipantCase.replay(store.load(ProgrammeStreams.caseStream(ref(caseId)), CaseEvent.class)).stage();
  }

  @Test
  void aidRecordedBeforeRegistrationCountsForTheRegisteredBusiness() {
    PolicyVersions<ProgrammePolicy> policies = PolicyVersions.of(ProgrammePolicy.builder().municipalityCode("751")
        .municipalityName("Aarhus Kommune").validFrom(LocalDate.of(2026, 1, 1))
        .deMinimisCeilingEur(new BigDecimal("800"))
        .addBaseRates(new BaseRate(LocalDate.of(2026, 1, 1), new BigDecimal("0.0231"))).build());
    recommended("C1", 40_000, policies);
    recommended("C2", 40_000, policies);
    assertThat(approve(policies, request("C1", 40_000))).isInstanceOf(UseCaseResult.Done.class);
    UndertakingId business = UndertakingId.of(dk.mikrolan.identity.Cvr.parse("13748136"));
    UndertakingId person = UndertakingId.of("751", ParticipantId.of("P-C1"));
    UseCaseResult<ApproveLoan.Outcome> linked = approve(policies, new ApproveLoan.Request(ref("C2"), business,
        Optional.of(person), YEAR, terms(40_000), List.of(), EUR, DAY, "head"));
    assertThat(linked).isInstanceOfSatisfying(UseCaseResult.Refused.class, r ->
        assertThat(r.refusal().reasons()).extracting(v -> v.code()).contains("CEILING_EXCEEDED"));
    assertThat(store.version(DeMinimisRecord.streamId(business))).isZero();
  }

  @Test
  void tranchesArePaidOutOfTheCommitmentAndTheRestIsReleasedWhenPayoutEnds() {
    PolicyVersions<ProgrammePolicy> policies = policies(700_000);
    recommended("C1", 40_000, policies);
    approve(policies, request("C1", 40_000));
    assertThat(disburse(policies, "C1", 10_000, LocalDate.of(2026, 6, 1), "NK-1")).isInstanceOf(UseCaseResult.Done.class);
    assertThat(disburse(policies, "C1", 20_000, LocalDate.of(2026, 7, 1), "NK-2")).isInstanceOf(UseCaseResult.Done.class);
    LoanFund fund = LoanFund.replay(store.load(LoanFund.streamId("751", YEAR), LoanFundEvent.class));
    assertThat(fund.commitmentOf(CaseId.of("C1")).get()).isEqualTo(DkkAmount.ofKroner(10_000));
    // The first payment after the first due date ends payout: the unpaid 10,000 go back to the fund.
    assertThat(pay(policies, "C1", "P1", 625, LocalDate.of(2026, 8, 3))).isInstanceOf(UseCaseResult.Done.class);
    fund = LoanFund.replay(store.load(LoanFund.streamId("751", YEAR), LoanFundEvent.class));
    assertThat(fund.commitmentOf(CaseId.of("C1"))).isEmpty();
    assertThat(fund.remainingRoom()).isEqualTo(DkkAmount.ofKroner(670_000));
  }

  @Test
  void aReversedRepaymentIsTakenBackFromARevolvingFund() {
    PolicyVersions<ProgrammePolicy> policies = policies(100_000, true);
    recommended("C1", 12_000, policies);
    RepaymentTerms terms = RepaymentTerms.builder().principal(DkkAmount.ofKroner(12_000))
        .firstDueDate(LocalDate.of(2026, 8, 1)).frequency(Frequency.MONTHLY).plan(RepaymentPlan.byCount(48))
        .disbursementDate(LocalDate.of(2026, 6, 1)).build();
    approve(policies, new ApproveLoan.Request(ref("C1"), UndertakingId.of("751", ParticipantId.of("P-C1")), Optional.empty(), YEAR, terms, List.of(), EUR, DAY,
        "head"));
    disburse(policies, "C1", 12_000, LocalDate.of(2026, 6, 1), "NK");
    pay(policies, "C1", "P1", 2_000, LocalDate.of(2026, 8, 3));
    assertThat(LoanFund.replay(store.load(LoanFund.streamId("751", YEAR), LoanFundEvent.class)).remainingRoom())
        .isEqualTo(DkkAmount.ofKroner(90_000));
    assertThat(change(policies, "C1",
        new dk.mikrolan.loan.LoanCommand.ReversePayment("P1", LocalDate.of(2026, 8, 10), "returned by the bank")))
        .isInstanceOf(UseCaseResult.Done.class);
    assertThat(LoanFund.replay(store.load(LoanFund.streamId("751", YEAR), LoanFundEvent.class)).remainingRoom())
        .isEqualTo(DkkAmount.ofKroner(88_000));
  }
}
