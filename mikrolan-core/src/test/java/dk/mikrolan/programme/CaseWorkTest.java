package dk.mikrolan.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.mikrolan.aid.UndertakingId;
import dk.mikrolan.fund.FundPeriod;
import dk.mikrolan.fund.LoanFund;
import dk.mikrolan.identity.CaseId;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.identity.ParticipantId;
import dk.mikrolan.loan.LoanStatus;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.BenefitType;
import dk.mikrolan.port.RecordingEventStore;
import dk.mikrolan.port.StreamId;
import dk.mikrolan.testkit.ProgrammeFixtures;
import dk.mikrolan.usecase.OnConflict;
import dk.mikrolan.usecase.UseCaseResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Case work on one case through the shell, and two municipalities that use the same case id. */
class CaseWorkTest {

  private static final String SHARED_ID = "2026-0042";
  private static final LocalDate DAY = LocalDate.of(2026, 5, 25);

  private final RecordingEventStore store = RecordingEventStore.inMemory();
  private final ProgrammeDesk aarhus = ProgrammeDesk.on(store,
      ProgrammeDesk.policy("751").loanFundCeiling(DkkAmount.ofKroner(100_000)).build());
  private final ProgrammeDesk copenhagen = ProgrammeDesk.on(store,
      ProgrammeDesk.policy("101").loanFundCeiling(DkkAmount.ofKroner(200_000)).build());

  @Test
  void twoMunicipalitiesWithTheSameCaseIdHaveTwoCasesThatNeverSeeEachOther() {
    aarhus.recommend(SHARED_ID, 40_000, 12);
    copenhagen.recommend(SHARED_ID, 20_000, 24);

    StreamId aarhusCase = StreamId.parse("case/751:2026-0042");
    StreamId copenhagenCase = StreamId.parse("case/101:2026-0042");
    assertThat(store.version(aarhusCase)).isEqualTo(9);
    assertThat(store.version(copenhagenCase)).isEqualTo(9);
    assertThat(aarhus.kase(SHARED_ID).participantId()).contains(ParticipantId.of("P-751-2026-0042"));
    assertThat(copenhagen.kase(SHARED_ID).participantId()).contains(ParticipantId.of("P-101-2026-0042"));
    assertThat(aarhus.kase(SHARED_ID).municipalityCode()).isEqualTo("751");
    assertThat(copenhagen.kase(SHARED_ID).municipalityCode()).isEqualTo("101");

    assertThat(copenhagen.note(SHARED_ID, "Kun i København", DAY)).isInstanceOf(UseCaseResult.Done.class);
    assertThat(store.version(aarhusCase)).isEqualTo(9);
    assertThat(aarhus.kase(SHARED_ID).events()).noneMatch(e -> e instanceof CaseEvent.NoteAdded);

    assertThat(aarhus.approve(aarhus.approval(SHARED_ID, DAY, ProgrammeDesk.APPROVER)))
        .isInstanceOf(UseCaseResult.Done.class);
    assertThat(copenhagen.approve(copenhagen.approval(SHARED_ID, DAY, ProgrammeDesk.APPROVER)))
        .isInstanceOf(UseCaseResult.Done.class);
    assertThat(aarhus.disburse(SHARED_ID, DkkAmount.ofKroner(40_000), ProgrammeDesk.PAYOUT_DAY))
        .isInstanceOf(UseCaseResult.Done.class);

    FundPeriod year = ProgrammeDesk.YEAR;
    assertThat(aarhus.fund().disbursedTo(CaseId.of(SHARED_ID))).isEqualTo(DkkAmount.ofKroner(40_000));
    assertThat(copenhagen.fund().commitmentOf(CaseId.of(SHARED_ID))).contains(DkkAmount.ofKroner(20_000));
    assertThat(copenhagen.fund().disbursed()).isEqualTo(DkkAmount.ZERO);
    assertThat(LoanFund.streamId("751", year)).isNotEqualTo(LoanFund.streamId("101", year));
    assertThat(aarhus.loan(SHARED_ID).status(ProgrammeDesk.PAYOUT_DAY)).isEqualTo(LoanStatus.ACTIVE);
    assertThat(copenhagen.loan(SHARED_ID).status(ProgrammeDesk.PAYOUT_DAY)).isEqualTo(LoanStatus.NOT_OPENED);
    assertThat(aarhus.kase(SHARED_ID).stage()).isEqualTo(Stage.DISBURSED);
    assertThat(copenhagen.kase(SHARED_ID).stage()).isEqualTo(Stage.APPROVED);

    assertThat(aarhus.letters()).containsExactly(StreamId.parse("letter/751:2026-0042:10"));
    assertThat(copenhagen.letters()).containsExactly(StreamId.parse("letter/101:2026-0042:11"));
    aarhus.dispatch();
    assertThat(aarhus.received()).extracting(r -> r.letter().municipalityName())
        .containsExactlyInAnyOrder("Aarhus Kommune", "Københavns Kommune");
    assertThat(aarhus.received()).extracting(r -> r.letter().recipient())
        .containsExactlyInAnyOrder(ParticipantId.of("P-751-2026-0042"), ParticipantId.of("P-101-2026-0042"));
  }

  @Test
  void aReferralForAnotherMunicipalityThanTheCasesIsRefusedAndWritesNothing() {
    CaseRef ref = CaseRef.of("751", SHARED_ID);
    CaseCommand.Refer refer = new CaseCommand.Refer(ProgrammeFixtures.participant("P-1", "Navn",
        BenefitType.SICKNESS_BENEFIT), "101", DAY, "cw-1");

    UseCaseResult<ParticipantCase> result = aarhus.shell().run(CaseWork.of(new CaseWork.Request(ref, refer),
        aarhus.policies()), dk.mikrolan.usecase.Caller.of("cw-1", "corr"));

    assertThat(result).isInstanceOfSatisfying(UseCaseResult.Refused.class, r -> {
      assertThat(r.refusal().reasons()).extracting(v -> v.code()).containsExactly("MUNICIPALITY_MISMATCH");
      assertThat(r.refusal().state()).isEqualTo("NOT_REFERRED");
      assertThat(r.refusal().reasons().head().english())
          .isEqualTo("The municipality code 101 does not match the case's municipality 751.");
    });
    assertThat(store.version(ProgrammeStreams.caseStream(ref))).isZero();
    assertThat(store.version(ProgrammeStreams.caseStream(CaseRef.of("101", SHARED_ID)))).isZero();
  }

  @Test
  void recordsTheBookingOfALegacyCaseOnce() {
    aarhus.recommend(SHARED_ID, 40_000, 12);
    Booking booking = Booking.of(ProgrammeDesk.YEAR, UndertakingId.of("751", ParticipantId.of("P-751-2026-0042")));

    // Not approved: nothing to book, and neither the fund nor the aid record knows the case.
    assertThat(aarhus.book(SHARED_ID, booking, DAY, "head-1"))
        .isInstanceOfSatisfying(UseCaseResult.Refused.class, r -> assertThat(r.refusal().reasons())
            .extracting(v -> v.code()).containsExactly("BOOKING_NOT_NEEDED", "BOOKING_NOT_FOUND", "BOOKING_NOT_FOUND"));
    assertThatThrownBy(() -> aarhus.work(SHARED_ID, new CaseCommand.RecordBooking(booking, DAY, "head-1")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(aarhus.approve(aarhus.approval(SHARED_ID, DAY, ProgrammeDesk.APPROVER)))
        .isInstanceOf(UseCaseResult.Done.class);
    // Approved through ApproveLoan: the case booked itself.
    assertThat(aarhus.kase(SHARED_ID).booking()).contains(booking);
    assertThat(aarhus.book(SHARED_ID, booking, DAY, "head-1"))
        .isInstanceOfSatisfying(UseCaseResult.Refused.class, r -> assertThat(r.refusal().reasons())
            .extracting(v -> v.code()).containsExactly("BOOKING_NOT_NEEDED"));
  }

  @Test
  void whatTheWorldSuppliesIsDecidedAgainAndEveryOtherCommandIsReported() {
    CaseRef ref = CaseRef.of("751", SHARED_ID);
    Map<CaseCommand, OnConflict> expected = Map.of(
        new CaseCommand.AddNote("notat", DAY, "cw-1"), OnConflict.DECIDE_AGAIN,
        new CaseCommand.RecordCafeMeeting("møde", DAY, "adv-1"), OnConflict.DECIDE_AGAIN,
        new CaseCommand.RecordHearingAnswer("svar", DAY, "cw-1"), OnConflict.DECIDE_AGAIN,
        new CaseCommand.StartScreening(DAY, "cw-1"), OnConflict.REPORT,
        new CaseCommand.SendHearing(List.of(dk.mikrolan.rules.Text.of("oplysning", "fact")), DAY, "cw-1"),
        OnConflict.REPORT,
        new CaseCommand.RecordOutcome(6, SupportStatus.SELF_SUPPORTING, Optional.empty(), true, DAY, "cw-1"),
        OnConflict.REPORT);
    expected.forEach((command, conflict) ->
        assertThat(CaseWork.of(new CaseWork.Request(ref, command), aarhus.policies()).onConflict())
            .as("%s", command).isEqualTo(conflict));
  }

  @Test
  void commandsThatTouchMoreThanTheCaseHaveUseCasesOfTheirOwn() {
    CaseRef ref = CaseRef.of("751", SHARED_ID);
    List<CaseCommand> others = List.of(
        new CaseCommand.Approve(ProgrammeDesk.terms(40_000, 12), DkkAmount.ofKroner(100_000), Optional.empty(),
            List.of(), Booking.of(ProgrammeDesk.YEAR, UndertakingId.of("751", ParticipantId.of("P-1"))), Optional.empty(),
            ProgrammeDesk.EUR, DAY, "head-1"),
        new CaseCommand.RecordDisbursement(DkkAmount.ofKroner(1), DAY, "fin-1"),
        ProgrammeDesk.rejection(DAY),
        new CaseCommand.Withdraw("nyt job", DAY, "cw-1"),
        new CaseCommand.FollowLoan(LoanStatus.ACTIVE, true, DAY, "fin-1"));
    for (CaseCommand command : others) {
      assertThatThrownBy(() -> new CaseWork.Request(ref, command)).as("%s", command)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> new EndCase.Request(ref, new CaseCommand.AddNote("notat", DAY, "cw-1")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anotherMunicipalitysPoliciesAreRefusedWhateverTheCommand() {
    aarhus.recommend(SHARED_ID, 40_000, 12);
    CaseRef ref = CaseRef.of("751", SHARED_ID);
    long before = store.version(ProgrammeStreams.caseStream(ref));

    UseCaseResult<ParticipantCase> note = aarhus.shell().run(CaseWork.of(new CaseWork.Request(ref,
        new CaseCommand.AddNote("note", DAY, "cw-1")), copenhagen.policies()), dk.mikrolan.usecase.Caller.of("cw-1", "c"));

    assertThat(note).isInstanceOfSatisfying(UseCaseResult.Refused.class, r ->
        assertThat(r.refusal().reasons()).extracting(v -> v.code()).containsExactly("MUNICIPALITY_MISMATCH"));
    assertThat(store.version(ProgrammeStreams.caseStream(ref))).isEqualTo(before);
  }
}
