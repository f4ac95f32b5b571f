package dk.mikrolan.port;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@link EventStore} in memory, for tests and for hosts that keep nothing. A batch is checked
 * and written under one lock, so it is atomic and two batches never interleave.
 *
 * <p>This class is thread-safe.
 */
public final class InMemoryEventStore implements EventStore {

  private record IdempotencyEntry(String fingerprint, String result) {}

  private final Map<StreamId, List<Object>> streams = new HashMap<>();
  private final Map<List<String>, IdempotencyEntry> idempotency = new HashMap<>();

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
      Optional<AppendOutcome> earlier = seen(batch.idempotency().get());
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
    for (StreamAppend a : batch.appends()) {
      List<Object> events = streams.computeIfAbsent(a.stream(), s -> new ArrayList<>());
      events.addAll(a.events());
      versions.put(a.stream(), (long) events.size());
    }
    batch.idempotency()
        .ifPresent(k -> idempotency.put(List.of(k.client(), k.key()), new IdempotencyEntry(k.fingerprint(), k.result())));
    return new AppendOutcome.Appended(versions);
  }
}
