package dk.mikrolan.port;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An {@link EventStore} in memory, for tests and for hosts that keep nothing. A batch is checked
 * and written under one lock, so it is atomic and two batches never interleave.
 *
 * <p>This class is thread-safe.
 */
public final class InMemoryEventStore implements EventStore {

  private record IdempotencyEntry(String fingerprint, String result, @Nullable Instant recordedAt) {}

  private final @Nullable Clock clock;
  private final Map<StreamId, List<Object>> streams = new LinkedHashMap<>();
  private final Map<List<String>, IdempotencyEntry> idempotency = new HashMap<>();
  private final List<RecordedEvent> log = new ArrayList<>();

  /**
   * Creates an empty store whose idempotency records carry no time, so {@link
   * #purgeIdempotency(Instant)} keeps them.
   */
  public InMemoryEventStore() {
    this.clock = null;
  }

  private InMemoryEventStore(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Obtains an empty store that dates its idempotency records by a clock, so they can be purged.
   *
   * @param clock the clock, not null
   * @return the store, never null
   */
  public static InMemoryEventStore withClock(Clock clock) {
    return new InMemoryEventStore(clock);
  }

  @Override
  public synchronized <E> List<E> load(StreamId stream, Class<E> type) {
    List<E> events = new ArrayList<>();
    for (Object e : streams.getOrDefault(stream, List.of())) {
      events.add(type.cast(e));
    }
    return Collections.unmodifiableList(events);
  }

  @Override
  public synchronized long version(StreamId stream) {
    return streams.getOrDefault(stream, List.of()).size();
  }

  @Override
  public synchronized Optional<AppendOutcome> seen(IdempotencyKey key) {
    IdempotencyEntry entry = idempotency.get(List.of(key.client(), key.key()));
    if (entry == null) {
      return Optional.empty();
    }
    return Optional.of(entry.fingerprint().equals(key.fingerprint())
        ? new AppendOutcome.Repeated(entry.result())
        : new AppendOutcome.KeyReused(key.client(), key.key()));
  }

  @Override
  public synchronized AppendOutcome append(AppendBatch batch) {
    if (batch.idempotency().isPresent()) {
      Optional<AppendOutcome> earlier = seen(batch.idempotency().get().key());
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    for (StreamAppend a : batch.appends()) {
      long actual = version(a.stream());
      if (actual != a.expectedVersion()) {
        return new AppendOutcome.Conflict(a.stream(), a.expectedVersion(), actual);
      }
    }
    Map<StreamId, Long> versions = new HashMap<>();
    Optional<Instant> now = clock == null ? Optional.empty() : Optional.of(clock.instant());
    for (StreamAppend a : batch.appends()) {
      List<Object> events = streams.computeIfAbsent(a.stream(), s -> new ArrayList<>());
      for (Object e : a.events()) {
        events.add(e);
        log.add(new RecordedEvent(log.size() + 1, a.stream(), events.size(), e, batch.actor(), batch.correlationId(), now));
      }
      versions.put(a.stream(), (long) events.size());
    }
    batch.idempotency().ifPresent(r -> idempotency.put(List.of(r.key().client(), r.key().key()),
        new IdempotencyEntry(r.key().fingerprint(), r.result(), clock == null ? null : clock.instant())));
    return new AppendOutcome.Appended(versions);
  }

  @Override
  public synchronized List<StreamId> streamsAtVersion(String type, long version, int limit) {
    if (version < 1 || limit < 1) {
      throw new IllegalArgumentException("Version and limit must be one or more: " + version + ", " + limit);
    }
    // Streams keep the order of their first append, which is the order of their first event.
    return streams.entrySet().stream()
        .filter(e -> e.getKey().type().equals(type) && e.getValue().size() == version)
        .map(Map.Entry::getKey)
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized List<RecordedEvent> readAll(long afterPosition, int limit) {
    EventStores.requireFeedArguments(afterPosition, limit);
    int from = (int) Math.min(afterPosition, log.size());
    return List.copyOf(log.subList(from, Math.min(log.size(), from + limit)));
  }

  /**
   * Lists every stream of a type, in the order of its first append: how an in-memory read model
   * finds the cases or loans to replay. (A durable store keeps read models instead.)
   *
   * @param type the stream type, not null
   * @return the streams, empty when none was written, never null
   */
  public synchronized List<StreamId> streams(String type) {
    Objects.requireNonNull(type, "type");
    return streams.keySet().stream().filter(s -> s.type().equals(type)).toList();
  }

  @Override
  public synchronized int purgeIdempotency(Instant recordedBefore) {
    int before = idempotency.size();
    idempotency.values().removeIf(e -> e.recordedAt() != null && e.recordedAt().isBefore(recordedBefore));
    return before - idempotency.size();
  }
}
