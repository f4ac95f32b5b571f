package dk.mikrolan.port;

import java.util.List;
import java.util.Objects;

/**
 * New events for one stream, to be appended only if the stream is still at the expected version.
 *
 * @param stream the stream, not null
 * @param expectedVersion the number of events the stream holds now (0 for a new stream)
 * @param events the events to append, in order, not empty
 */
public record StreamAppend(StreamId stream, long expectedVersion, List<?> events) {

  /** Checks the append. */
  public StreamAppend {
    Objects.requireNonNull(stream, "stream");
    if (expectedVersion < 0 || events.isEmpty()) {
      throw new IllegalArgumentException("An append needs a version ≥ 0 and at least one event: " + stream);
    }
    events = List.copyOf(events);
  }
}
