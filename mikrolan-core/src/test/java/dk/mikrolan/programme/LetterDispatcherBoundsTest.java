package dk.mikrolan.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.mikrolan.identity.CaseId;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.identity.ParticipantId;
import dk.mikrolan.port.AppendBatch;
import dk.mikrolan.port.InMemoryEventStore;
import dk.mikrolan.port.StreamAppend;
import dk.mikrolan.port.TestClock;
import dk.mikrolan.rules.Text;
import dk.mikrolan.usecase.UseCaseShell;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A dispatch run is bounded: by its limit, and by failures when the host's port is down. */
class LetterDispatcherBoundsTest {

  private final InMemoryEventStore store = new InMemoryEventStore();
  private final AtomicInteger calls = new AtomicInteger();

  private void waitingLetters(int n) {
    for (int i = 1; i <= n; i++) {
      DecisionLetter letter = new DecisionLetter(ParticipantId.of("P-" + i), "Navn", "Aarhus Kommune",
          CaseId.of("C-" + i), "", LocalDate.of(2026, 5, 22), Text.of("Afgørelse", "Decision"), Text.of("Tekst", "Text"),
          Optional.empty(), Optional.empty());
      store.append(AppendBatch.of("t", "t", new StreamAppend(ProgrammeStreams.letterStream(CaseRef.of("751", "C-" + i), 10),
          0, List.of(new LetterEvent.Issued("751", letter)))));
    }
  }

  private LetterDispatcher dispatcher(LetterPort port) {
    return new LetterDispatcher(store, UseCaseShell.over(store), port, TestClock.at("2026-05-23T08:00:00Z"));
  }

  @Test
  void withThePortDownARunStopsAfterItsLimitAndAFewMoreFailures() {
    waitingLetters(40);
    LetterDispatcher.Dispatch d = dispatcher(letter -> {
      calls.incrementAndGet();
      throw new IllegalStateException("Digital Post is down");
    }).dispatch(3);
    assertThat(d.delivered()).isEmpty();
    assertThat(d.failed()).hasSize(3 + LetterDispatcher.TOLERATED_FAILURES);
    assertThat(calls.get()).isEqualTo(3 + LetterDispatcher.TOLERATED_FAILURES);
  }

  @Test
  void aRunDeliversAtMostItsLimitAndRefusesAnImpossibleOne() {
    waitingLetters(5);
    LetterDispatcher dispatcher = dispatcher(letter -> calls.incrementAndGet());
    assertThat(dispatcher.dispatch(2).delivered()).hasSize(2);
    assertThat(dispatcher.waiting(10)).hasSize(3);
    assertThatThrownBy(() -> dispatcher.dispatch(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> dispatcher.dispatch(10_001)).isInstanceOf(IllegalArgumentException.class);
    assertThat(calls.get()).isEqualTo(2);
  }
}
