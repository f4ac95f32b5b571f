package dk.mikrolan.port;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An event as the store keeps it, with its place in the store's one global order: what {@link
 * EventStore#readAll} hands an event feed.
 *
 * @param position the global position, 1 or more, increasing in the order appends became visible
 * @param stream the stream the event belongs to
 * @param version the event's version in its stream, 1 or more
 * @param event the event, decoded (upcast to its current form)
 * @param actor who appended it
 * @param correlationId the correlation id of the request that appended it
 * @param recordedAt when it was stored, by the storage's clock; empty where the store keeps no time
 */
public record RecordedEvent(long position, StreamId stream, long version, Object event, String actor,
    String correlationId, Optional<Instant> recordedAt) {

  /** Checks the parts. */
  public RecordedEvent {
    if (position < 1 || version < 1) {
      throw new IllegalArgumentException("Position and version are 1 or more: " + position + ", " + version);
    }
    Objects.requireNonNull(stream, "stream");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(correlationId, "correlationId");
    Objects.requireNonNull(recordedAt, "recordedAt");
  }

  /** Names the position, stream and type; never the event's content, which may be personal. */
  @Override
  public String toString() {
    return "RecordedEvent[" + position + " " + stream + "#" + version + " " + event.getClass().getSimpleName() + "]";
  }
}
