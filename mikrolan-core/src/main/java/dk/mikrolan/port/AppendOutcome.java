package dk.mikrolan.port;

import java.util.Map;
import java.util.Objects;

/** What an {@link EventStore#append(AppendBatch)} did. */
public sealed interface AppendOutcome {

  /**
   * Every append was written.
   *
   * @param versions each stream's new version
   */
  record Appended(Map<StreamId, Long> versions) implements AppendOutcome {
    /** Copies the versions. */
    public Appended {
      versions = Map.copyOf(versions);
    }
  }

  /**
   * Nothing was written: a stream was not at its expected version (someone else wrote first).
   *
   * @param stream the stream
   * @param expectedVersion the version the caller expected
   * @param actualVersion the version the stream is at
   */
  record Conflict(StreamId stream, long expectedVersion, long actualVersion) implements AppendOutcome {
    /** Checks the conflict. */
    public Conflict {
      Objects.requireNonNull(stream, "stream");
    }
  }

  /**
   * Nothing was written: the idempotency key was used before for the same request, and this is
   * the result stored then.
   *
   * @param storedResult the first result
   */
  record Repeated(String storedResult) implements AppendOutcome {
    /** Checks the outcome. */
    public Repeated {
      Objects.requireNonNull(storedResult, "storedResult");
    }
  }

  /**
   * Nothing was written: the idempotency key was used before for another request.
   *
   * @param client the client
   * @param key the key
   */
  record KeyReused(String client, String key) implements AppendOutcome {
    /** Checks the outcome. */
    public KeyReused {
      Objects.requireNonNull(client, "client");
      Objects.requireNonNull(key, "key");
    }
  }
}
