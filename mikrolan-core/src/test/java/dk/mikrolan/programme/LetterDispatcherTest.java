package dk.mikrolan.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.identity.CaseId;
import dk.mikrolan.port.StreamId;
import dk.mikrolan.usecase.Caller;
import dk.mikrolan.usecase.UseCaseResult;
import dk.mikrolan.usecase.UseCaseShell;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The letter outbox: a decision's letter is written with the decision, handed to the port at
 * least once, recorded as delivered once, and never written twice for one decision.
 */
class LetterDispatcherTest {

  private static final String C1 = "2026-0042";
  private static final String C2 = "2026-0043";
  private static final String LETTER_ID = "751:2026-0042:10";
  private static final StreamId LETTER = StreamId.of("letter", LETTER_ID);
  private static final LetterEvent.Delivered DELIVERED = new LetterEvent.Delivered(LocalDate.of(2026, 6, 1),
      LetterDispatcher.ACTOR);

  private final ProgrammeDesk desk = ProgrammeDesk.of("751", 100_000, false);

  private void approved(String caseId) {
    desk.recommend(caseId, 40_000, 12);
    assertThat(desk.approve(caseId)).isInstanceOf(UseCaseResult.Done.class);
  }

  private List<String> receivedIds() {
    return desk.received().stream().map(ProgrammeDesk.Received::letterId).toList();
  }

  @Test
  void aLetterThePortFailsToTakeWaitsAndTheNextDispatchDeliversItOnce() {
    approved(C1);
    AtomicInteger calls = new AtomicInteger();
    desk.port(letter -> {
      if (calls.incrementAndGet() == 1) {
        throw new IllegalStateException("Digital Post timed out");
      }
    });

    LetterDispatcher.Dispatch first = desk.dispatch();

    assertThat(first).isEqualTo(new LetterDispatcher.Dispatch(List.of(), List.of(LETTER_ID)));
    assertThat(desk.dispatcher().waiting(10)).containsExactly(LETTER);
    assertThat(receivedIds()).isEmpty();

    LetterDispatcher.Dispatch second = desk.dispatch();

    assertThat(second).isEqualTo(new LetterDispatcher.Dispatch(List.of(LETTER_ID), List.of()));
    assertThat(receivedIds()).containsExactly(LETTER_ID);
    assertThat(desk.letter(LETTER)).hasSize(2).last().isEqualTo(DELIVERED);
    assertThat(desk.dispatcher().waiting(10)).isEmpty();

    LetterDispatcher.Dispatch third = desk.dispatch();

    assertThat(third).isEqualTo(new LetterDispatcher.Dispatch(List.of(), List.of()));
    assertThat(receivedIds()).containsExactly(LETTER_ID);
    assertThat(calls).hasValue(2);
  }

  @Test
  void aCrashAfterTheHandOverHandsTheSameLetterOverAgainUnderTheSameId() {
    approved(C1);
    desk.store().beforeNextAppends(1, other -> {
      throw new IllegalStateException("the host went down");
    });

    assertThatThrownBy(desk::dispatch).hasMessage("the host went down");
    assertThat(receivedIds()).containsExactly(LETTER_ID);
    assertThat(desk.dispatcher().waiting(10)).containsExactly(LETTER);

    assertThat(desk.dispatch().delivered()).containsExactly(LETTER_ID);
    // At least once: the port gets the same id again and drops it; the delivery is recorded once.
    assertThat(receivedIds()).containsExactly(LETTER_ID, LETTER_ID);
    assertThat(desk.letter(LETTER)).containsExactly(desk.letter(LETTER).get(0), DELIVERED);
  }

  @Test
  void aLetterAnotherDispatcherRecordedMeanwhileIsReportedDeliveredNotFailed() {
    approved(C1);
    AtomicReference<LetterDispatcher.Dispatch> meanwhile = new AtomicReference<>();
    // While this dispatcher hands the letter over, another one (here: the same, called again)
    // hands it over and records it first.
    desk.port(letter -> {
      if (meanwhile.get() == null) {
        meanwhile.set(new LetterDispatcher.Dispatch(List.of(), List.of()));
        meanwhile.set(desk.dispatcher().dispatch(10));
      }
    });

    LetterDispatcher.Dispatch dispatch = desk.dispatch();

    assertThat(meanwhile.get().delivered()).containsExactly(LETTER_ID);
    assertThat(dispatch).isEqualTo(new LetterDispatcher.Dispatch(List.of(LETTER_ID), List.of()));
    assertThat(desk.letter(LETTER)).hasSize(2).last().isEqualTo(DELIVERED);
  }

  @Test
  void decidingTheSameApprovalAgainCannotWriteASecondLetter() {
    approved(C1);

    UseCaseResult<ApproveLoan.Outcome> again = desk.approve(C1);

    assertThat(again).isInstanceOfSatisfying(UseCaseResult.Refused.class,
        r -> assertThat(r.refusal().hasReason("WRONG_STAGE")).isTrue());
    assertThat(desk.letters()).containsExactly(LETTER);
  }

  @Test
  void twoApprovalsOfOneCaseAtOnceWriteOneLetterAndOneCommitment() {
    desk.recommend(C1, 40_000, 12);
    ApproveLoan approval = ApproveLoan.of(desk.approval(C1, ProgrammeDesk.APPROVAL_DAY, ProgrammeDesk.APPROVER),
        desk.policies(), BankingCalendar.danish());
    // The other approval reads the same case and writes first.
    desk.store().beforeNextAppends(1, other -> assertThat(UseCaseShell.over(other).run(approval,
        Caller.of("head-2", "other"))).isInstanceOf(UseCaseResult.Done.class));

    UseCaseResult<ApproveLoan.Outcome> late = desk.shell().run(approval, Caller.of("head-1", "late"));

    assertThat(late).isEqualTo(new UseCaseResult.Conflicted<>(ProgrammeStreams.caseStream(desk.ref(C1)), 9, 11));
    assertThat(desk.letters()).containsExactly(LETTER);
    assertThat(desk.fund().commitmentOf(CaseId.of(C1))).contains(dk.mikrolan.money.DkkAmount.ofKroner(40_000));
    assertThat(desk.aid(C1).version()).isEqualTo(1);
  }

  @Test
  void aRejectionsLetterGoesThroughTheOutboxWithItsComplaintGuidance() {
    desk.recommend(C1, 40_000, 12);

    UseCaseResult<EndCase.Ended> ended = desk.end(C1, ProgrammeDesk.rejection(LocalDate.of(2026, 5, 25)));

    assertThat(ended).isInstanceOfSatisfying(UseCaseResult.Done.class,
        d -> assertThat(((EndCase.Ended) d.value()).letterId()).contains(LETTER_ID));
    assertThat(desk.dispatch().delivered()).containsExactly(LETTER_ID);
    assertThat(desk.received()).singleElement().satisfies(r -> assertThat(r.letter().danishText())
        .contains("Afgørelse om mikrolån: afslag").contains("Klagevejledning"));
  }

  @Test
  void aWithdrawalWritesNoLetter() {
    approved(C1);
    desk.dispatch();

    assertThat(desk.end(C1, new CaseCommand.Withdraw("nyt job", LocalDate.of(2026, 5, 25), "cw-1")))
        .isInstanceOfSatisfying(UseCaseResult.Done.class,
            d -> assertThat(((EndCase.Ended) d.value()).letterId()).isEmpty());
    assertThat(desk.letters()).containsExactly(LETTER);
  }

  @Test
  void dispatchesTheOldestLettersFirstUpToItsLimit() {
    approved(C1);
    approved(C2);
    StreamId second = StreamId.of("letter", "751:2026-0043:10");
    assertThat(desk.dispatcher().waiting(10)).containsExactly(LETTER, second);

    assertThat(desk.dispatcher().dispatch(1).delivered()).containsExactly(LETTER_ID);
    assertThat(desk.dispatcher().waiting(10)).containsExactly(second);
    assertThat(desk.dispatcher().dispatch(1).delivered()).containsExactly("751:2026-0043:10");
  }

  @Test
  void aLetterThePortAlwaysRefusesNeverHoldsBackTheNewerOnes() {
    approved(C1);
    approved(C2);
    String second = "751:2026-0043:10";
    desk.port(letter -> {
      if (letter.id().equals(LETTER_ID)) {
        throw new IllegalStateException("no Digital Post address");
      }
      assertThat(letter.municipalityCode()).isEqualTo("751");
    });
    for (int run = 0; run < 3; run++) {
      LetterDispatcher.Dispatch d = desk.dispatcher().dispatch(1);
      assertThat(d.failed()).containsExactly(LETTER_ID);
      assertThat(d.delivered()).isEqualTo(run == 0 ? List.of(second) : List.of());
    }
    assertThat(desk.dispatcher().waiting(10)).containsExactly(LETTER);
  }
}
