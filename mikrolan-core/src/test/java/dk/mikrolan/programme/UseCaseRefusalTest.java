package dk.mikrolan.programme;

import static dk.mikrolan.programme.ProgrammeDesk.APPROVAL_DAY;
import static dk.mikrolan.programme.ProgrammeDesk.APPROVER;
import static dk.mikrolan.programme.ProgrammeDesk.FIRST_DUE;
import static dk.mikrolan.programme.ProgrammeDesk.PAYOUT_DAY;
import static org.assertj.core.api.Assertions.assertThat;

import dk.mikrolan.aid.DeMinimisEvent;
import dk.mikrolan.aid.DeMinimisRecord;
import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.cohort.CohortCommand;
import dk.mikrolan.cohort.CohortId;
import dk.mikrolan.cohort.CohortWork;
import dk.mikrolan.cohort.SessionKind;
import dk.mikrolan.fund.FundPeriod;
import dk.mikrolan.fund.LoanFund;
import dk.mikrolan.fund.LoanFundEvent;
import dk.mikrolan.identity.CaseId;
import dk.mikrolan.loan.LoanAccount;
import dk.mikrolan.loan.LoanCommand;
import dk.mikrolan.loan.LoanEvent;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.LoanPolicy;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.port.StreamId;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentTerms;
import dk.mikrolan.usecase.Caller;
import dk.mikrolan.usecase.UseCaseResult;
import io.vavr.collection.List;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * For every use case, a refusal by any aggregate it touches writes nothing to any stream: each
 * test snapshots the version of every stream the store has seen, runs a use case that one
 * aggregate refuses, and finds every stream (and the outbox) as it was, and the refusal naming
 * that aggregate's reason.
 */
class UseCaseRefusalTest {

  private static final String C1 = "2026-0042";

  private final ProgrammeDesk desk = ProgrammeDesk.of("751", 100_000, false);

  /** Runs a step that must be refused with the given reasons and must leave every stream as it was. */
  private void refusedWritingNothing(Supplier<UseCaseResult<?>> step, String... codes) {
    Map<StreamId, Long> before = desk.store().versions();
    int appended = desk.store().appended();
    java.util.List<StreamId> letters = desk.letters();

    UseCaseResult<?> result = step.get();

    assertThat(result).isInstanceOfSatisfying(UseCaseResult.Refused.class, r ->
        assertThat(r.refusal().reasons()).extracting(v -> v.code()).contains(codes));
    desk.store().versions().forEach((stream, version) ->
        assertThat(version).as("%s", stream).isEqualTo(before.getOrDefault(stream, 0L)));
    assertThat(desk.store().appended()).isEqualTo(appended);
    assertThat(desk.letters()).isEqualTo(letters);
  }

  private ProgrammeDesk approved() {
    desk.recommend(C1, 40_000, 12);
    assertThat(desk.approve(C1)).isInstanceOf(UseCaseResult.Done.class);
    return desk;
  }

  private void disbursed(long kroner) {
    approved();
    assertThat(desk.disburse(C1, DkkAmount.ofKroner(kroner), PAYOUT_DAY)).isInstanceOf(UseCaseResult.Done.class);
  }

  /**
   * Writes a case as version 0.1 of the library did: approved (and, if asked, paid out in full)
   * without the booking the case now remembers.
   */
  private void legacy(boolean paidOut) {
    ParticipantCase c = ParticipantCase.empty();
    java.util.List<CaseCommand> commands = new java.util.ArrayList<>(desk.recommendation(C1, 40_000, 12));
    commands.add(new CaseCommand.Approve(ProgrammeDesk.terms(40_000, 12), DkkAmount.ofKroner(700_000),
        Optional.of(new AidStatement(DkkAmount.ofKroner(1_000), new BigDecimal("134.05"))), java.util.List.of(),
        Booking.of(ProgrammeDesk.YEAR, desk.undertaking(C1)), Optional.empty(), ProgrammeDesk.EUR, APPROVAL_DAY, APPROVER));
    if (paidOut) {
      commands.add(new CaseCommand.RecordDisbursement(DkkAmount.ofKroner(40_000), PAYOUT_DAY, ProgrammeDesk.FINANCE));
    }
    java.util.List<CaseEvent> events = new java.util.ArrayList<>();
    for (CaseCommand command : commands) {
      java.util.List<CaseEvent> e = c.decide(command, desk.policies()).get().stream()
          .filter(x -> !(x instanceof CaseEvent.Booked)).toList();
      events.addAll(e);
      c = c.evolveAll(e);
    }
    desk.append(ProgrammeStreams.caseStream(desk.ref(C1)), events);
    if (paidOut) {
      openLoanBehindTheCase(40_000);
    }
    assertThat(desk.kase(C1).booking()).isEmpty();
  }

  /** Opens the loan account and pays out directly, without the case or the fund knowing. */
  private void openLoanBehindTheCase(long kroner) {
    PolicyVersions<LoanPolicy> loanPolicies = PolicyVersions.of(desk.policies().all().get(0).loanPolicy());
    LoanAccount loan = LoanAccount.empty(BankingCalendar.danish());
    List<LoanEvent> events = List.ofAll(
        loan.decide(new LoanCommand.Open(ProgrammeDesk.terms(40_000, 12), PAYOUT_DAY), loanPolicies).get());
    loan = loan.evolveAll(events);
    events = events.appendAll(loan.decide(new LoanCommand.Disburse(DkkAmount.ofKroner(kroner), PAYOUT_DAY, "NK"),
        loanPolicies).get());
    desk.append(ProgrammeStreams.loanStream(desk.ref(C1)), events.toJavaList());
  }

  private StreamId fundStream() {
    return LoanFund.streamId("751", ProgrammeDesk.YEAR);
  }

  // --- CaseWork -----------------------------------------------------------------------------------

  @Test
  void caseWorkTheCaseRefusesWritesNothing() {
    desk.recommend(C1, 40_000, 12);

    refusedWritingNothing(() -> desk.work(C1, new CaseCommand.StartScreening(APPROVAL_DAY, "cw-1")), "WRONG_STAGE");
    refusedWritingNothing(() -> desk.note(C1, " ", APPROVAL_DAY), "TEXT_MISSING");
  }

  @Test
  void caseWorkForAnotherMunicipalityWritesNothing() {
    refusedWritingNothing(() -> desk.work("2026-0043", new CaseCommand.Refer(
        dk.mikrolan.testkit.ProgrammeFixtures.participant("P-9", "Navn", dk.mikrolan.policy.BenefitType.SICKNESS_BENEFIT),
        "101", APPROVAL_DAY, "cw-1")), "MUNICIPALITY_MISMATCH");
  }

  // --- ApproveLoan --------------------------------------------------------------------------------

  @Test
  void anApprovalTheCaseRefusesWritesNothing() {
    desk.recommend(C1, 40_000, 12);

    refusedWritingNothing(() -> desk.approve(desk.approval(C1, APPROVAL_DAY, ProgrammeDesk.ADVISOR)), "FOUR_EYES");
  }

  @Test
  void anApprovalTheFundRefusesWritesNothing() {
    desk.recommend(C1, 40_000, 12);
    // Dated after the fund's period: the case and the aid record would accept it, the fund not.
    ApproveLoan.Request late = desk.approval(C1, LocalDate.of(2027, 1, 4), APPROVER);

    refusedWritingNothing(() -> desk.approve(late), "COMMIT_OUTSIDE_PERIOD");
  }

  @Test
  void anApprovalFromAFundNeverOpenedIsRefusedAndWritesNothing() {
    desk.recommend(C1, 40_000, 12);
    ApproveLoan.Request r = desk.approval(C1, APPROVAL_DAY, APPROVER);
    ApproveLoan.Request unopened = new ApproveLoan.Request(r.ref(), r.undertaking(), r.formerUndertaking(),
        FundPeriod.ofYear(2025), r.terms(), r.considerations(), r.eurDkkRate(), r.date(), r.approver());

    refusedWritingNothing(() -> desk.approve(unopened), "NOT_OPENED");
  }

  @Test
  void anApprovalTheAidRecordRefusesWritesNothing() {
    ProgrammeDesk low = ProgrammeDesk.of(ProgrammeDesk.policy("751").deMinimisCeilingEur(new BigDecimal("200")).build());
    low.recommend(C1, 40_000, 12);
    Map<StreamId, Long> before = low.store().versions();

    UseCaseResult<ApproveLoan.Outcome> result = low.approve(C1);

    assertThat(result).isInstanceOfSatisfying(UseCaseResult.Refused.class, r ->
        assertThat(r.refusal().reasons()).extracting(v -> v.code())
            .containsExactlyInAnyOrder("CEILING_EXCEEDED", "AID_STATEMENT_REQUIRED"));
    low.store().versions().forEach((s, v) -> assertThat(v).as("%s", s).isEqualTo(before.getOrDefault(s, 0L)));
    assertThat(low.letters()).isEmpty();
  }

  @Test
  void anApprovalOfTermsThePolicyRefusesWritesNothing() {
    desk.recommend(C1, 40_000, 12);
    ApproveLoan.Request r = desk.approval(C1, APPROVAL_DAY, APPROVER);
    RepaymentTerms tooMany = RepaymentTerms.builder().principal(DkkAmount.ofKroner(40_000)).firstDueDate(FIRST_DUE)
        .frequency(dk.mikrolan.schedule.Frequency.MONTHLY).plan(RepaymentPlan.byCount(400)).disbursementDate(PAYOUT_DAY)
        .build();
    ApproveLoan.Request bad = new ApproveLoan.Request(r.ref(), r.undertaking(), r.formerUndertaking(), r.fundPeriod(),
        tooMany, java.util.List.of(dk.mikrolan.rules.Text.of("hensyn", "consideration")), r.eurDkkRate(), r.date(),
        r.approver());

    refusedWritingNothing(() -> desk.approve(bad), "INSTALMENTS_ABOVE_MAX");
  }

  // --- DisburseLoan -------------------------------------------------------------------------------

  @Test
  void aPayoutTheCaseRefusesWritesNothing() {
    approved();

    refusedWritingNothing(() -> desk.disburse(C1, DkkAmount.ofKroner(40_001), PAYOUT_DAY), "DISBURSEMENT_ABOVE_GRANTED");
  }

  @Test
  void aPayoutTheLoanAccountRefusesWritesNothing() {
    approved();

    // The case has no rule about the first due date; the loan account pays no tranche from it on.
    refusedWritingNothing(() -> desk.disburse(C1, DkkAmount.ofKroner(10_000), FIRST_DUE),
        "TRANCHE_NOT_BEFORE_FIRST_DUE_DATE");
  }

  @Test
  void aPayoutTheFundRefusesWritesNothing() {
    approved();
    desk.append(fundStream(), java.util.List.of(new LoanFundEvent.Released(CaseId.of(C1), PAYOUT_DAY, "released by hand")));

    refusedWritingNothing(() -> desk.disburse(C1, DkkAmount.ofKroner(10_000), PAYOUT_DAY), "NO_OPEN_COMMITMENT");
  }

  @Test
  void aPayoutOfACaseWithoutItsBookingWritesNothing() {
    legacy(false);

    refusedWritingNothing(() -> desk.disburse(C1, DkkAmount.ofKroner(10_000), PAYOUT_DAY), "BOOKING_MISSING");
  }

  // --- ChangeLoan: a payment ----------------------------------------------------------------------

  @Test
  void aPaymentTheLoanAccountRefusesWritesNothing() {
    disbursed(40_000);
    assertThat(desk.pay(C1, "P1", DkkAmount.ofKroner(1_000), LocalDate.of(2026, 8, 3))).isInstanceOf(UseCaseResult.Done.class);

    refusedWritingNothing(() -> desk.pay(C1, "P2", DkkAmount.ofKroner(500), LocalDate.of(2026, 8, 2)), "DATE_BEFORE_LAST_EVENT");
    refusedWritingNothing(() -> desk.pay(C1, "P1", DkkAmount.ofKroner(500), LocalDate.of(2026, 8, 4)), "DUPLICATE_PAYMENT_ID");
  }

  @Test
  void aPaymentTheCaseRefusesWritesNothing() {
    approved();
    openLoanBehindTheCase(40_000);

    // The loan takes the payment; the case, still only approved, cannot follow it.
    refusedWritingNothing(() -> desk.pay(C1, "P1", DkkAmount.ofKroner(1_000), LocalDate.of(2026, 7, 1)), "WRONG_STAGE");
  }

  @Test
  void aPaymentForACaseWithoutItsBookingWritesNothing() {
    legacy(true);

    refusedWritingNothing(() -> desk.pay(C1, "P1", DkkAmount.ofKroner(1_000), LocalDate.of(2026, 8, 3)), "BOOKING_MISSING");
  }

  @Test
  void aLegacyBookingThatNamesAFundWithoutTheCaseIsRefusedAndWritesNothing() {
    legacy(true);

    refusedWritingNothing(() -> desk.book(C1, Booking.of(FundPeriod.ofYear(2025), desk.undertaking(C1)), PAYOUT_DAY,
        APPROVER), "BOOKING_NOT_FOUND");
  }

  @Test
  void aPaymentForACaseBookedOnAFundNeverOpenedIsRefusedAndWritesNothing() {
    legacy(true);
    // A booking written past the checks (by hand into the store), naming a fund never opened.
    desk.append(ProgrammeStreams.caseStream(desk.ref(C1)), java.util.List.of(new CaseEvent.Booked(
        Booking.of(FundPeriod.ofYear(2025), desk.undertaking(C1)), PAYOUT_DAY, APPROVER)));

    refusedWritingNothing(() -> desk.pay(C1, "P1", DkkAmount.ofKroner(1_000), LocalDate.of(2026, 8, 3)), "NOT_OPENED");
  }

  // --- ChangeLoan: a decision ---------------------------------------------------------------------

  @Test
  void aLoanDecisionTheLoanAccountRefusesWritesNothing() {
    disbursed(10_000);
    LocalDate day = LocalDate.of(2026, 6, 10);

    refusedWritingNothing(() -> desk.change(C1, new LoanCommand.WriteOff(Optional.empty(), day, "konkurs", APPROVER)),
        "DISBURSEMENT_OPEN");
    refusedWritingNothing(() -> desk.change(C1, new LoanCommand.Defer(0, day, "sygdom", APPROVER)), "DEFERRAL_NOT_POSITIVE");
    refusedWritingNothing(() -> desk.change(C1, new LoanCommand.ReversePayment("P-none", day, "fejl")), "UNKNOWN_PAYMENT");
  }

  @Test
  void aLoanDecisionForACaseWithoutItsBookingWritesNothing() {
    legacy(true);

    refusedWritingNothing(() -> desk.change(C1, new LoanCommand.Defer(1, LocalDate.of(2026, 8, 3), "sygdom", APPROVER)),
        "BOOKING_MISSING");
  }

  // --- EndCase ------------------------------------------------------------------------------------

  @Test
  void endingACaseTheCaseRefusesWritesNothing() {
    disbursed(40_000);

    refusedWritingNothing(() -> desk.end(C1, new CaseCommand.Withdraw("nyt job", LocalDate.of(2026, 6, 2), "cw-1")),
        "WRONG_STAGE");
  }

  @Test
  void aRejectionWithoutItsJustificationWritesNothingAndNoLetter() {
    desk.recommend(C1, 40_000, 12);
    CaseCommand.Reject bare = new CaseCommand.Reject(java.util.List.of(), java.util.List.of(), java.util.List.of(), false,
        APPROVAL_DAY, APPROVER);

    refusedWritingNothing(() -> desk.end(C1, bare), "JUSTIFICATION_INCOMPLETE");
  }

  @Test
  void endingACaseTheFundRefusesWritesNothing() {
    approved();
    desk.append(fundStream(), java.util.List.of(new LoanFundEvent.Released(CaseId.of(C1), APPROVAL_DAY, "released by hand")));

    refusedWritingNothing(() -> desk.end(C1, ProgrammeDesk.rejection(LocalDate.of(2026, 5, 25))), "NO_OPEN_COMMITMENT");
  }

  @Test
  void endingACaseTheAidRecordRefusesWritesNothing() {
    approved();
    desk.append(DeMinimisRecord.streamId(desk.undertaking(C1)),
        java.util.List.of(new DeMinimisEvent.AidCancelled(CaseId.of(C1), APPROVAL_DAY, "cancelled by hand", java.util.Optional.of("751"))));

    refusedWritingNothing(() -> desk.end(C1, new CaseCommand.Withdraw("nyt job", LocalDate.of(2026, 5, 25), "cw-1")),
        "NO_AID_FOR_CASE");
  }

  @Test
  void endingACaseWithoutItsBookingWritesNothing() {
    legacy(false);

    refusedWritingNothing(() -> desk.end(C1, ProgrammeDesk.rejection(LocalDate.of(2026, 5, 25))), "BOOKING_MISSING");
  }

  // --- CohortWork ---------------------------------------------------------------------------------

  @Test
  void cohortWorkTheCohortRefusesWritesNothing() {
    CohortId cohort = CohortId.of("751-2026-F");
    Supplier<UseCaseResult<?>> enrol = () -> cohortWork(cohort, new CohortCommand.Enrol(CaseId.of(C1), APPROVAL_DAY));
    refusedWritingNothing(enrol, "NOT_PLANNED");
    refusedWritingNothing(() -> cohortWork(cohort, new CohortCommand.Plan(cohort, "101", LocalDate.of(2026, 2, 2))),
        "MUNICIPALITY_MISMATCH");
    assertThat(cohortWork(cohort, new CohortCommand.Plan(cohort, "751", LocalDate.of(2026, 2, 2))))
        .isInstanceOf(UseCaseResult.Done.class);
    assertThat(cohortWork(cohort, CohortCommand.ScheduleSession.of("S1", SessionKind.GUIDANCE, LocalDate.of(2026, 2, 9))))
        .isInstanceOf(UseCaseResult.Done.class);

    refusedWritingNothing(() -> cohortWork(cohort, new CohortCommand.RecordAttendance("S1", CaseId.of(C1), true, "",
        LocalDate.of(2026, 2, 9))), "NOT_ENROLLED_ON_SESSION_DATE");
    refusedWritingNothing(() -> cohortWork(cohort, CohortCommand.ScheduleSession.course("S2", "VAT",
        LocalDate.of(2026, 2, 1))), "SESSION_BEFORE_START");
  }

  private UseCaseResult<?> cohortWork(CohortId cohort, CohortCommand command) {
    return desk.shell().run(CohortWork.of(new CohortWork.Request("751", cohort, command)), Caller.of("cw-1", "corr"));
  }

  // --- LetterDispatcher ---------------------------------------------------------------------------

  @Test
  void aDeliveryThePortRefusesWritesNothing() {
    approved();
    desk.port(letter -> {
      throw new IllegalStateException("Digital Post is down");
    });
    Map<StreamId, Long> before = desk.store().versions();
    int appended = desk.store().appended();

    LetterDispatcher.Dispatch dispatch = desk.dispatch();

    assertThat(dispatch.delivered()).isEmpty();
    assertThat(dispatch.failed()).hasSize(1);
    desk.store().versions().forEach((s, v) -> assertThat(v).as("%s", s).isEqualTo(before.getOrDefault(s, 0L)));
    assertThat(desk.store().appended()).isEqualTo(appended);
  }
}
