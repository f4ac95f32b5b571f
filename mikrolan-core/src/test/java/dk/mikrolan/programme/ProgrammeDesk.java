package dk.mikrolan.programme;

import dk.mikrolan.aid.DeMinimisEvent;
import dk.mikrolan.aid.DeMinimisRecord;
import dk.mikrolan.aid.UndertakingId;
import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.fund.FundPeriod;
import dk.mikrolan.fund.LoanFund;
import dk.mikrolan.fund.LoanFundCommand;
import dk.mikrolan.fund.LoanFundEvent;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.identity.ParticipantId;
import dk.mikrolan.loan.LoanAccount;
import dk.mikrolan.loan.LoanCommand;
import dk.mikrolan.loan.LoanEvent;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.BaseRate;
import dk.mikrolan.policy.BenefitType;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.port.AppendBatch;
import dk.mikrolan.port.AppendOutcome;
import dk.mikrolan.port.RecordingEventStore;
import dk.mikrolan.port.StreamAppend;
import dk.mikrolan.port.StreamId;
import dk.mikrolan.rules.RuleReference;
import dk.mikrolan.rules.Text;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentTerms;
import dk.mikrolan.testkit.ProgrammeFixtures;
import dk.mikrolan.usecase.Caller;
import dk.mikrolan.usecase.UseCaseResult;
import dk.mikrolan.usecase.UseCaseShell;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A municipality's programme on a recording event store, worked through the use-case shell as a
 * host would: a test-data builder for the use-case tests. Cases are recommended at the seminar
 * through {@link CaseWork} and then approved, paid out, repaid and ended through their use cases;
 * the letters go to a port that remembers what it accepted. Only the loan fund is opened by
 * appending directly, as no use case opens one.
 */
final class ProgrammeDesk {

  static final FundPeriod YEAR = FundPeriod.ofYear(2026);
  static final LocalDate APPROVAL_DAY = LocalDate.of(2026, 5, 22);
  static final LocalDate PAYOUT_DAY = LocalDate.of(2026, 6, 1);
  static final LocalDate FIRST_DUE = LocalDate.of(2026, 8, 1);
  static final BigDecimal EUR = new BigDecimal("7.4600");
  static final String CASEWORKER = "cw-1";
  static final String ADVISOR = "adv-1";
  static final String APPROVER = "head-1";
  static final String FINANCE = "fin-1";

  private static final Map<String, String> NAMES = Map.of("101", "Københavns Kommune", "751", "Aarhus Kommune",
      "851", "Aalborg Kommune");

  /** A letter the port accepted. */
  record Received(String letterId, DecisionLetter letter) {}

  private final RecordingEventStore store;
  private final UseCaseShell shell;
  private final ProgrammePolicy policy;
  private final PolicyVersions<ProgrammePolicy> policies;
  private final Map<String, RepaymentTerms> recommended = new HashMap<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile LetterPort port = letter -> { };
  private final LetterDispatcher dispatcher;

  private ProgrammeDesk(RecordingEventStore store, ProgrammePolicy policy) {
    this.store = store;
    this.shell = UseCaseShell.over(store);
    this.policy = policy;
    this.policies = PolicyVersions.of(policy);
    this.dispatcher = new LetterDispatcher(store, shell, outbox -> {
      port.deliver(outbox);
      received.add(new Received(outbox.id(), outbox.letter()));
    }, Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneId.of("Europe/Copenhagen")));
  }

  /**
   * Returns a builder of a municipality's policy in force from 1 January 2026, with a base rate, so
   * that a test sets only what it is about.
   */
  static ProgrammePolicy.Builder policy(String municipalityCode) {
    return ProgrammePolicy.builder().municipalityCode(municipalityCode)
        .municipalityName(NAMES.getOrDefault(municipalityCode, "Kommune " + municipalityCode))
        .validFrom(LocalDate.of(2026, 1, 1)).journalReference("15.00.00-G01")
        .addBaseRates(new BaseRate(LocalDate.of(2026, 1, 1), new BigDecimal("0.0231")));
  }

  /** A desk on a new store, with the year's fund opened. */
  static ProgrammeDesk of(String municipalityCode, long fundCeilingKroner, boolean revolving) {
    return of(policy(municipalityCode).loanFundCeiling(DkkAmount.ofKroner(fundCeilingKroner))
        .revolvingFund(revolving).build());
  }

  /** A desk on a new store, with the year's fund opened. */
  static ProgrammeDesk of(ProgrammePolicy policy) {
    return on(RecordingEventStore.inMemory(), policy);
  }

  /** A desk for another municipality on the same store, with its year's fund opened. */
  static ProgrammeDesk on(RecordingEventStore store, ProgrammePolicy policy) {
    ProgrammeDesk desk = new ProgrammeDesk(store, policy);
    desk.append(LoanFund.streamId(policy.municipalityCode(), YEAR),
        LoanFund.empty().decide(LoanFundCommand.Open.from(policy, YEAR, LocalDate.of(2026, 1, 1))).get());
    return desk;
  }

  RecordingEventStore store() {
    return store;
  }

  UseCaseShell shell() {
    return shell;
  }

  PolicyVersions<ProgrammePolicy> policies() {
    return policies;
  }

  String municipality() {
    return policy.municipalityCode();
  }

  CaseRef ref(String caseId) {
    return CaseRef.of(municipality(), caseId);
  }

  ParticipantId participant(String caseId) {
    return ParticipantId.of("P-" + municipality() + "-" + caseId);
  }

  UndertakingId undertaking(String caseId) {
    return UndertakingId.of(municipality(), participant(caseId));
  }

  /** Sets what the letter port does with a letter before it counts as accepted: throw to refuse it. */
  void port(LetterPort behaviour) {
    this.port = behaviour;
  }

  /** Appends events directly, as setup (or as data written by an older version) would. */
  void append(StreamId stream, List<?> events) {
    AppendOutcome outcome = store.append(AppendBatch.of("setup", "setup", new StreamAppend(stream, store.version(stream), events)));
    if (!(outcome instanceof AppendOutcome.Appended)) {
      throw new AssertionError("Setup append failed: " + outcome);
    }
  }

  static RepaymentTerms terms(long kroner, int instalments) {
    return RepaymentTerms.builder().principal(DkkAmount.ofKroner(kroner)).firstDueDate(FIRST_DUE)
        .frequency(Frequency.MONTHLY).plan(RepaymentPlan.byCount(instalments)).disbursementDate(PAYOUT_DAY).build();
  }

  /** The commands that take a case from referral to a recommendation at the seminar. */
  List<CaseCommand> recommendation(String caseId, long kroner, int instalments) {
    LocalDate d = LocalDate.of(2026, 1, 5);
    return List.of(
        new CaseCommand.Refer(ProgrammeFixtures.participant(participant(caseId).value(), "Deltager " + caseId,
            BenefitType.SICKNESS_BENEFIT), municipality(), d, CASEWORKER),
        new CaseCommand.SubmitApplication(ProgrammeFixtures.application(DkkAmount.ofKroner(kroner),
            RepaymentPlan.byCount(instalments), Frequency.MONTHLY), d, CASEWORKER),
        new CaseCommand.StartScreening(d, CASEWORKER),
        new CaseCommand.RecordScreening(AssessmentOutcome.eligible(), d, CASEWORKER),
        new CaseCommand.RecordCafeMeeting("møde", d, ADVISOR),
        new CaseCommand.RecordAssessment(AssessmentOutcome.eligible(), d, ADVISOR),
        new CaseCommand.StartCompetenceDevelopment("H-1", d, CASEWORKER),
        new CaseCommand.StartSeminar(AarhusScenarioTest.SEMINAR_DONE, LocalDate.of(2026, 5, 18), CASEWORKER),
        new CaseCommand.Recommend(terms(kroner, instalments), AarhusScenarioTest.SEMINAR_DONE,
            LocalDate.of(2026, 5, 21), ADVISOR));
  }

  /** Takes a case to the seminar's recommendation of a loan, through {@link CaseWork}. */
  void recommend(String caseId, long kroner, int instalments) {
    for (CaseCommand command : recommendation(caseId, kroner, instalments)) {
      UseCaseResult<ParticipantCase> result = work(caseId, command);
      if (!(result instanceof UseCaseResult.Done)) {
        throw new AssertionError("Setup step " + command.getClass().getSimpleName() + ": " + result);
      }
    }
    recommended.put(caseId, terms(kroner, instalments));
  }

  UseCaseResult<ParticipantCase> work(String caseId, CaseCommand command) {
    return shell.run(CaseWork.of(new CaseWork.Request(ref(caseId), command), policies), Caller.of(command.by(), "corr"));
  }

  UseCaseResult<ParticipantCase> book(String caseId, Booking booking, LocalDate date, String by) {
    return shell.run(RecordLegacyBooking.of(new RecordLegacyBooking.Request(ref(caseId), booking, date, by), policies),
        Caller.of(by, "corr"));
  }

  UseCaseResult<ParticipantCase> note(String caseId, String text, LocalDate date) {
    return work(caseId, new CaseCommand.AddNote(text, date, CASEWORKER));
  }

  /** The approval of the recommended terms. */
  ApproveLoan.Request approval(String caseId, LocalDate date, String approver) {
    return new ApproveLoan.Request(ref(caseId), undertaking(caseId), Optional.empty(), YEAR, recommended.get(caseId),
        List.of(), EUR, date, approver);
  }

  UseCaseResult<ApproveLoan.Outcome> approve(String caseId) {
    return approve(approval(caseId, APPROVAL_DAY, APPROVER));
  }

  UseCaseResult<ApproveLoan.Outcome> approve(ApproveLoan.Request request) {
    return shell.run(ApproveLoan.of(request, policies, BankingCalendar.danish()), Caller.of(request.approver(), "corr"));
  }

  UseCaseResult<DisburseLoan.Paid> disburse(String caseId, DkkAmount amount, LocalDate date) {
    return shell.run(DisburseLoan.of(new DisburseLoan.Request(ref(caseId), amount, date, "NemKonto-" + date, FINANCE),
        policies, BankingCalendar.danish()), Caller.of(FINANCE, "corr"));
  }

  UseCaseResult<LoanAccount> change(String caseId, LoanCommand command) {
    return shell.run(ChangeLoan.of(new ChangeLoan.Request(ref(caseId), command, FINANCE), policies,
        BankingCalendar.danish()), Caller.of(FINANCE, "corr"));
  }

  UseCaseResult<LoanAccount> pay(String caseId, String paymentId, DkkAmount amount, LocalDate valueDate) {
    return change(caseId, LoanCommand.ReceivePayment.of(paymentId, amount.toMonetaryAmount(), valueDate, "bank-" + paymentId));
  }

  UseCaseResult<EndCase.Ended> end(String caseId, CaseCommand command) {
    return shell.run(EndCase.of(new EndCase.Request(ref(caseId), command), policies), Caller.of(command.by(), "corr"));
  }

  static CaseCommand.Reject rejection(LocalDate date) {
    return new CaseCommand.Reject(
        List.of(new RuleReference("GENUINE_WISH", "Notat om mikrolån",
            Text.of("Et reelt ønske om at blive selvstændig", "A genuine wish to become self-employed"))),
        List.of(Text.of("Deltageren har taget fast arbejde", "The participant has taken a permanent job")),
        List.of(), false, date, APPROVER);
  }

  LetterDispatcher dispatcher() {
    return dispatcher;
  }

  LetterDispatcher.Dispatch dispatch() {
    return dispatcher.dispatch(50);
  }

  /** Returns the letters the port accepted, in order. */
  List<Received> received() {
    return List.copyOf(received);
  }

  ParticipantCase kase(String caseId) {
    return ParticipantCase.replay(store.load(ProgrammeStreams.caseStream(ref(caseId)), CaseEvent.class));
  }

  LoanAccount loan(String caseId) {
    return LoanAccount.replay(BankingCalendar.danish(), store.load(ProgrammeStreams.loanStream(ref(caseId)), LoanEvent.class));
  }

  LoanFund fund() {
    return LoanFund.replay(store.load(LoanFund.streamId(municipality(), YEAR), LoanFundEvent.class));
  }

  DeMinimisRecord aid(String caseId) {
    return DeMinimisRecord.replay(undertaking(caseId),
        store.load(DeMinimisRecord.streamId(undertaking(caseId)), DeMinimisEvent.class));
  }

  /** Returns this municipality's letters in the outbox, waiting (version 1) or delivered (version 2). */
  List<StreamId> letters() {
    List<StreamId> all = new ArrayList<>(store.streamsAtVersion(ProgrammeStreams.LETTER, 1, Integer.MAX_VALUE));
    all.addAll(store.streamsAtVersion(ProgrammeStreams.LETTER, 2, Integer.MAX_VALUE));
    all.removeIf(s -> !s.id().startsWith(municipality() + ":"));
    return all;
  }

  List<LetterEvent> letter(StreamId stream) {
    return store.load(stream, LetterEvent.class);
  }
}
