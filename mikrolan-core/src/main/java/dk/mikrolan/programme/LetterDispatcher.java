package dk.mikrolan.programme;

import dk.mikrolan.port.EventStore;
import dk.mikrolan.port.StreamId;
import dk.mikrolan.rules.Refusal;
import dk.mikrolan.usecase.Caller;
import dk.mikrolan.usecase.Decided;
import dk.mikrolan.usecase.OnConflict;
import dk.mikrolan.usecase.StreamReader;
import dk.mikrolan.usecase.UseCase;
import dk.mikrolan.usecase.UseCaseResult;
import dk.mikrolan.usecase.UseCaseShell;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Hands the letters waiting in the outbox to the host's {@link LetterPort}, at least once each,
 * and records each delivery in the letter's stream. A letter is written in the same append as the
 * decision that causes it, so a crash — or a letter port that fails — between the decision and the
 * delivery delays the letter but never loses it: the next dispatch hands it over. A crash after the
 * hand-over and before it is recorded hands it over again, under the same id.
 *
 * <p>A host runs {@link #dispatch(int)} on a schedule (and after each decision, if it likes).
 *
 * <p>This class is immutable and thread-safe if its store, shell and port are.
 */
public final class LetterDispatcher {

  /** Failures a run accepts beyond its limit before it stops. */
  public static final int TOLERATED_FAILURES = 16;

  /** The system actor recorded with every delivery. */
  public static final String ACTOR = "system:letter-dispatcher";

  /**
   * What one dispatch did.
   *
   * @param delivered the ids of the letters handed over and recorded
   * @param failed the ids of the letters the port refused; they wait for the next dispatch
   */
  public record Dispatch(List<String> delivered, List<String> failed) {
    /** Copies the lists. */
    public Dispatch {
      delivered = List.copyOf(delivered);
      failed = List.copyOf(failed);
    }
  }

  private final EventStore store;
  private final UseCaseShell shell;
  private final LetterPort port;
  private final Clock clock;

  /**
   * Creates the dispatcher.
   *
   * @param store the event store that holds the outbox, not null
   * @param shell the shell over the same store, not null
   * @param port the host's letter port, not null
   * @param clock the clock that dates deliveries (its zone gives the date), not null
   */
  public LetterDispatcher(EventStore store, UseCaseShell shell, LetterPort port, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.shell = Objects.requireNonNull(shell, "shell");
    this.port = Objects.requireNonNull(port, "port");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Returns the letters waiting in the outbox, oldest first.
   *
   * @param limit the most to return, one or more
   * @return the letter streams, never null
   */
  public List<StreamId> waiting(int limit) {
    return store.streamsAtVersion(ProgrammeStreams.LETTER, 1, limit);
  }

  /**
   * Hands up to a number of waiting letters to the port, oldest first, and records each delivery.
   * A letter the port refuses (by throwing) stays in the outbox, and the run goes on past it to the
   * next waiting letters, until it has delivered as many as the limit, failed {@value
   * #TOLERATED_FAILURES} more times than that, or tried every waiting one.
   *
   * @param limit the most letters to deliver in this run (it accepts at most {@value
   *     #TOLERATED_FAILURES} more failures than that): 1–10,000
   * @return the letters delivered and those that failed, never null
   */
  public Dispatch dispatch(int limit) {
    if (limit < 1 || limit > 10_000) {
      throw new IllegalArgumentException("A dispatch delivers 1–10,000 letters: " + limit);
    }
    List<String> delivered = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    Set<StreamId> attempted = new HashSet<>();
    // A letter the port keeps refusing stays first in the outbox; this run looks past the ones it
    // has tried, so a few letters that cannot be delivered never hold back the newer ones.
    // Bounded too by failures: with the host's port down, a run gives up after the limit and a few
    // more failures (a handful of letters that can never go must not stop the rest), instead of
    // trying every letter in the outbox.
    int maxFailures = limit + TOLERATED_FAILURES;
    while (delivered.size() < limit && failed.size() < maxFailures) {
      List<StreamId> fresh = waiting(attempted.size() + limit - delivered.size()).stream()
          .filter(s -> !attempted.contains(s)).toList();
      if (fresh.isEmpty()) {
        break;
      }
      for (StreamId stream : fresh) {
        if (delivered.size() == limit || failed.size() == maxFailures) {
          break;
        }
        attempted.add(stream);
        hand(stream, delivered, failed);
      }
    }
    return new Dispatch(delivered, failed);
  }

  private void hand(StreamId stream, List<String> delivered, List<String> failed) {
    List<LetterEvent> events = store.load(stream, LetterEvent.class);
    if (events.size() != 1 || !(events.get(0) instanceof LetterEvent.Issued issued)) {
      return; // delivered meanwhile by another dispatcher
    }
    try {
      port.deliver(new OutboxLetter(stream.id(), issued.municipalityCode(), issued.letter()));
    } catch (RuntimeException e) {
      failed.add(stream.id()); // the host's port failed: the letter waits for the next dispatch
      return;
    }
    UseCaseResult<LetterEvent.Delivered> recorded =
        shell.run(new RecordDelivery(stream, LocalDate.now(clock)), Caller.of(ACTOR, "dispatch:" + stream.id()));
    // A conflict, or the refusal ALREADY_DELIVERED when the other dispatcher's record came
    // before this one's load: another dispatcher recorded the same delivery.
    boolean recordedByAnother = recorded instanceof UseCaseResult.Refused<LetterEvent.Delivered> r
        && r.refusal().hasReason(OutboxRule.ALREADY_DELIVERED.name());
    if (recorded instanceof UseCaseResult.Done || recorded instanceof UseCaseResult.Conflicted || recordedByAnother) {
      delivered.add(stream.id());
    } else {
      failed.add(stream.id());
    }
  }

  /** Records that a letter was handed over: appended at version 1, so it is recorded once. */
  private record RecordDelivery(StreamId stream, LocalDate date) implements UseCase<List<LetterEvent>, LetterEvent.Delivered> {
    @Override
    public OnConflict onConflict() {
      return OnConflict.REPORT;
    }

    @Override
    public List<LetterEvent> load(StreamReader reader) {
      return reader.read(stream, LetterEvent.class);
    }

    @Override
    public Either<Refusal, Decided<LetterEvent.Delivered>> decide(List<LetterEvent> events) {
      if (events.size() != 1) {
        return Either.left(new Refusal("DELIVERED", Vector.of(OutboxRule.ALREADY_DELIVERED.violation(stream.id()))));
      }
      LetterEvent.Delivered delivered = new LetterEvent.Delivered(date, ACTOR);
      return Either.right(Decided.of(delivered).write(stream, List.of(delivered)));
    }
  }
}
