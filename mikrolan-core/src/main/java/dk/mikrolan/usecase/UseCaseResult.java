package dk.mikrolan.usecase;

import dk.mikrolan.port.StreamId;
import dk.mikrolan.rules.Refusal;
import java.util.Map;
import java.util.Objects;

/**
 * What a use case did: done (every stream written), refused (nothing written, every reason),
 * conflicted (another writer came first; nothing written), repeated (the idempotency key was used
 * for this very request before: its stored result), or a key reused for another request.
 *
 * @param <T> what a successful run returns
 */
public sealed interface UseCaseResult<T> {

  /**
   * Every stream was written.
   *
   * @param value what the use case returns
   * @param versions every written stream's version after the append (empty when nothing needed
   *     writing)
   * @param <T> its type
   */
  record Done<T>(T value, Map<StreamId, Long> versions) implements UseCaseResult<T> {
    /** Checks the value. */
    public Done {
      Objects.requireNonNull(value, "value");
      versions = Map.copyOf(versions);
    }
  }

  /**
   * A rule refused: nothing was written.
   *
   * @param refusal the refusal with every reason from every aggregate
   * @param <T> the success type
   */
  record Refused<T>(Refusal refusal) implements UseCaseResult<T> {
    /** Checks the refusal. */
    public Refused {
      Objects.requireNonNull(refusal, "refusal");
    }
  }

  /**
   * Another writer changed a stream after it was loaded: nothing was written. A decision is
   * reported so; a fact is reported so only when deciding again kept losing the race.
   *
   * @param stream the stream
   * @param expectedVersion the version it was read at
   * @param actualVersion the version it is at
   * @param <T> the success type
   */
  record Conflicted<T>(StreamId stream, long expectedVersion, long actualVersion) implements UseCaseResult<T> {
    /** Checks the conflict. */
    public Conflicted {
      Objects.requireNonNull(stream, "stream");
    }
  }

  /**
   * The same request was made before under this idempotency key: nothing was written now, and
   * this is the result stored then.
   *
   * @param storedResult the first result
   * @param <T> the success type
   */
  record Repeated<T>(String storedResult) implements UseCaseResult<T> {
    /** Checks the result. */
    public Repeated {
      Objects.requireNonNull(storedResult, "storedResult");
    }
  }

  /**
   * The idempotency key was used before for another request: nothing was written.
   *
   * @param client the client
   * @param key the key
   * @param <T> the success type
   */
  record KeyReused<T>(String client, String key) implements UseCaseResult<T> {
    /** Checks the outcome. */
    public KeyReused {
      Objects.requireNonNull(client, "client");
      Objects.requireNonNull(key, "key");
    }
  }
}
