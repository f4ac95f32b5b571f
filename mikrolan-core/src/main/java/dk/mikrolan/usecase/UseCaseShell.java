package dk.mikrolan.usecase;

import dk.mikrolan.port.AppendBatch;
import dk.mikrolan.port.AppendOutcome;
import dk.mikrolan.port.EventStore;
import dk.mikrolan.port.IdempotencyRecord;
import dk.mikrolan.port.StreamAppend;
import dk.mikrolan.port.StreamId;
import dk.mikrolan.rules.Refusal;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs every use case the same way: check the idempotency key → load the aggregates → one pure
 * decision → one atomic append of every stream at the version it was read at, with the
 * idempotency record produced from the outcome. The only caller of {@link EventStore#append}.
 *
 * <ul>
 *   <li>A refusal by any aggregate writes nothing, and the caller gets every reason.
 *   <li>On a conflict, a fact ({@link OnConflict#DECIDE_AGAIN}) is loaded and decided again, at
 *       most {@link #maxAttempts()} times in all; a decision ({@link OnConflict#REPORT}) is handed
 *       back as {@link UseCaseResult.Conflicted}.
 *   <li>A key seen before with the same fingerprint returns the stored result and decides nothing;
 *       with another fingerprint it is refused. Only a successful outcome is stored: a refusal
 *       writes nothing, so a retry of the same request decides again. Of two first attempts racing,
 *       the store lets one append; the other gets the winner's stored result.
 * </ul>
 *
 * <p>This class is immutable and thread-safe if its store is.
 */
public final class UseCaseShell {

  /** Attempts for a fact before its conflict is reported: the first and two more. */
  public static final int DEFAULT_MAX_ATTEMPTS = 3;

  private final EventStore store;
  private final int maxAttempts;

  private UseCaseShell(EventStore store, int maxAttempts) {
    this.store = Objects.requireNonNull(store, "store");
    if (maxAttempts < 1 || maxAttempts > 10) {
      throw new IllegalArgumentException("Attempts must be 1–10: " + maxAttempts);
    }
    this.maxAttempts = maxAttempts;
  }

  /**
   * Obtains a shell over a store that tries a fact {@value #DEFAULT_MAX_ATTEMPTS} times.
   *
   * @param store the event store, not null
   * @return the shell, never null
   */
  public static UseCaseShell over(EventStore store) {
    return new UseCaseShell(store, DEFAULT_MAX_ATTEMPTS);
  }

  /**
   * Returns a copy of this shell that tries a fact at most a number of times.
   *
   * @param attempts 1–10
   * @return the shell, never null
   * @throws IllegalArgumentException if attempts is out of range
   */
  public UseCaseShell withMaxAttempts(int attempts) {
    return new UseCaseShell(store, attempts);
  }

  /**
   * Returns the number of times a fact is decided before a conflict is reported.
   *
   * @return the attempts, 1–10
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * Runs a use case without an idempotency key.
   *
   * @param useCase the use case, not null
   * @param caller who runs it, not null
   * @param <S> what it loads
   * @param <T> what it returns
   * @return what happened, never null
   */
  public <S, T> UseCaseResult<T> run(UseCase<S, T> useCase, Caller caller) {
    return run(useCase, caller, Optional.empty());
  }

  /**
   * Runs a use case.
   *
   * @param useCase the use case, not null
   * @param caller who runs it, not null
   * @param idempotency the request's key (whose client is the caller's actor) and result writer, if
   *     the client gave a key
   * @param <S> what it loads
   * @param <T> what it returns
   * @return what happened, never null
   * @throws IllegalArgumentException if the key's client is not the caller's actor
   */
  public <S, T> UseCaseResult<T> run(UseCase<S, T> useCase, Caller caller, Optional<Idempotent<T>> idempotency) {
    Objects.requireNonNull(useCase, "useCase");
    Objects.requireNonNull(caller, "caller");
    if (idempotency.isPresent() && !idempotency.get().key().client().equals(caller.actor())) {
      // Keys belong to the user who sent them: another user's retry must never get their answer.
      throw new IllegalArgumentException("An idempotency key's client must be the acting user, " + caller.actor());
    }
    if (idempotency.isPresent()) {
      Optional<AppendOutcome> earlier = store.seen(idempotency.get().key());
      if (earlier.isPresent()) {
        return notWritten(earlier.get());
      }
    }
    int attempts = useCase.onConflict() == OnConflict.DECIDE_AGAIN ? maxAttempts : 1;
    UseCaseResult<T> last = null;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      last = attempt(useCase, caller, idempotency);
      if (!(last instanceof UseCaseResult.Conflicted)) {
        return last;
      }
    }
    return last;
  }

  /**
   * Returns the stored answer to an idempotency key already used: {@code Repeated} with the first
   * result for the same request, {@code KeyReused} for another; empty for a key not yet used. A
   * caller that checks more than the shell (a date against today, say) asks this first, so that a
   * retry gets the first answer even when the check would now fail.
   *
   * @param key the key, not null
   * @param <T> the result's type
   * @return the earlier answer, or empty, never null
   */
  public <T> Optional<UseCaseResult<T>> answered(dk.mikrolan.port.IdempotencyKey key) {
    return store.seen(key).map(UseCaseShell::notWritten);
  }

  private <S, T> UseCaseResult<T> attempt(UseCase<S, T> useCase, Caller caller, Optional<Idempotent<T>> idempotency) {
    Map<StreamId, Long> read = new HashMap<>();
    StreamReader reader = new StreamReader() {
      @Override
      public <E> List<E> read(StreamId stream, Class<E> type) {
        List<E> events = store.load(stream, type);
        read.put(stream, (long) events.size());
        return events;
      }
    };
    S loaded = useCase.load(reader);
    Either<Refusal, Decided<T>> decided = useCase.decide(loaded);
    if (decided.isLeft()) {
      return unlessStoredMeanwhile(idempotency, new UseCaseResult.Refused<>(decided.getLeft()));
    }
    Decided<T> d = decided.get();
    if (d.writes().isEmpty()) {
      // Nothing happened, so nothing to store.
      return unlessStoredMeanwhile(idempotency, new UseCaseResult.Done<>(d.value(), Map.of()));
    }
    List<StreamAppend> appends = new ArrayList<>();
    Map<StreamId, Long> versions = new LinkedHashMap<>();
    for (Map.Entry<StreamId, List<Object>> w : d.writes().entrySet()) {
      long expected = read.getOrDefault(w.getKey(), 0L); // a stream never read is new
      appends.add(new StreamAppend(w.getKey(), expected, w.getValue()));
      versions.put(w.getKey(), expected + w.getValue().size());
    }
    // The versions after the append are known before it: the stored result describes exactly
    // the writes it is stored with, in the same atomic append.
    Optional<IdempotencyRecord> record = idempotency.map(
        i -> new IdempotencyRecord(i.key(), i.writer().write(d.value(), Map.copyOf(versions))));
    AppendOutcome outcome = store.append(new AppendBatch(appends, caller.actor(), caller.correlationId(), record));
    if (outcome instanceof AppendOutcome.Appended appended) {
      return new UseCaseResult.Done<>(d.value(), appended.versions());
    }
    return notWritten(outcome);
  }

  /**
   * A first attempt that passed the key check before a racing attempt with the same key appended,
   * and loaded after it, decides on a state that already holds the racing attempt's effect (and is
   * typically refused for it). It never reaches the append, where the store would have answered
   * with the stored result, so the key is looked at again here: the retry of a request that
   * succeeded gets the success.
   */
  private <T> UseCaseResult<T> unlessStoredMeanwhile(Optional<Idempotent<T>> idempotency, UseCaseResult<T> result) {
    if (idempotency.isPresent()) {
      Optional<AppendOutcome> meanwhile = store.seen(idempotency.get().key());
      if (meanwhile.isPresent()) {
        return notWritten(meanwhile.get());
      }
    }
    return result;
  }

  private static <T> UseCaseResult<T> notWritten(AppendOutcome outcome) {
    if (outcome instanceof AppendOutcome.Conflict c) {
      return new UseCaseResult.Conflicted<>(c.stream(), c.expectedVersion(), c.actualVersion());
    } else if (outcome instanceof AppendOutcome.Repeated r) {
      return new UseCaseResult.Repeated<>(r.storedResult());
    } else if (outcome instanceof AppendOutcome.KeyReused k) {
      return new UseCaseResult.KeyReused<>(k.client(), k.key());
    }
    throw new IllegalStateException("Not a refusal to write: " + outcome);
  }
}
