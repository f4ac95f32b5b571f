package dk.mikrolan.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The event store port: streams of events, appended atomically across streams at expected
 * versions. Core defines it and ships {@link InMemoryEventStore}; the JDBC adapter implements it
 * durably. Implementations must make a batch all-or-nothing and must decide conflicts by the
 * stored versions themselves (never a counter read and then written).
 */
public interface EventStore {

  /**
   * Loads a stream's events in order.
   *
   * @param stream the stream, not null
   * @param type the events' type, not null
   * @param <E> the events' type
   * @return the events, empty for a stream never written, never null
   * @throws ClassCastException if the stream holds events of another type
   */
  <E> List<E> load(StreamId stream, Class<E> type);

  /**
   * Returns a stream's version: the number of events it holds.
   *
   * @param stream the stream, not null
   * @return the version, 0 for a stream never written
   */
  long version(StreamId stream);

  /**
   * Looks up an idempotency key before deciding anything: a retry of the same request gets {@link
   * AppendOutcome.Repeated} with the first result; the same key on another request gets {@link
   * AppendOutcome.KeyReused}; an unseen key gets empty. {@link #append} checks again when writing,
   * so a race between two first attempts still has one winner.
   *
   * @param key the key with the request's fingerprint, not null
   * @return the earlier outcome, or empty for a key not seen before
   */
  Optional<AppendOutcome> seen(IdempotencyKey key);

  /**
   * Appends a batch: every append at its expected version, or nothing.
   *
   * @param batch the batch, not null
   * @return what happened, never null
   */
  AppendOutcome append(AppendBatch batch);

  /**
   * Lists the streams of a type that hold exactly a number of events, oldest first (by the
   * position of their first event): how an outbox finds what is still to be delivered.
   *
   * @param type the stream type, not null
   * @param version the number of events, one or more
   * @param limit the most to return, one or more
   * @return the streams, never null
   */
  List<StreamId> streamsAtVersion(String type, long version, int limit);

  /**
   * Reads the store's events after a global position, in global order: how an event feed follows
   * every change without polling each stream. Positions increase in the order appends became
   * visible, so a reader that continues after the last position it saw never misses an event
   * committed later with a lower one; positions may have gaps.
   *
   * @param afterPosition the last position already read, 0 for the start
   * @param limit the most to return, 1–1000
   * @return the events, oldest first, fewer than the limit at the end, never null
   */
  List<RecordedEvent> readAll(long afterPosition, int limit);

  /**
   * Deletes the idempotency records written before an instant (a key is kept for the host's
   * retention time, 30 days by default, then forgotten: a retry after that is a new request).
   *
   * @param recordedBefore the cut-off, not null
   * @return the number of records deleted
   */
  int purgeIdempotency(Instant recordedBefore);
}
