package dk.mikrolan.port;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * An {@link EventStore} for tests that passes everything to another store and records what it
 * saw: every stream read, asked about or written (so a test can snapshot every stream's version
 * before and after a step), the loads, and the appends written. It can also let "another writer"
 * act at the worst moments: just before the next appends, or just before the next load.
 *
 * <p>This class is thread-safe if its delegate is.
 */
public final class RecordingEventStore implements EventStore {

  private final EventStore delegate;
  private final Set<StreamId> streams = new LinkedHashSet<>();
  private final Deque<Consumer<EventStore>> beforeAppend = new ArrayDeque<>();
  private final Deque<Runnable> beforeLoad = new ArrayDeque<>();
  private int loads;
  private int appended;

  private RecordingEventStore(EventStore delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  /**
   * Obtains a recording store over an empty {@link InMemoryEventStore}.
   *
   * @return the store, never null
   */
  public static RecordingEventStore inMemory() {
    return over(new InMemoryEventStore());
  }

  /**
   * Obtains a recording store over another store.
   *
   * @param delegate the store that holds the events, not null
   * @return the store, never null
   */
  public static RecordingEventStore over(EventStore delegate) {
    return new RecordingEventStore(delegate);
  }

  /**
   * Lets another writer act just before each of the next appends, once per append; the writer
   * gets the underlying store, so what it writes is not counted as this store's appends.
   *
   * @param times how many of the next appends are preceded by the writer
   * @param writer what the other writer does, not null
   */
  public synchronized void beforeNextAppends(int times, Consumer<EventStore> writer) {
    for (int i = 0; i < times; i++) {
      beforeAppend.add(writer);
    }
  }

  /**
   * Runs an action just before the next load, once. The action may use this store: it is taken
   * off before it runs.
   *
   * @param action the action, not null
   */
  public synchronized void beforeNextLoad(Runnable action) {
    beforeLoad.add(action);
  }

  /**
   * Returns every stream this store has seen, with its version now.
   *
   * @return stream → version, in the order first seen, never null
   */
  public synchronized Map<StreamId, Long> versions() {
    Map<StreamId, Long> versions = new LinkedHashMap<>();
    for (StreamId s : streams) {
      versions.put(s, delegate.version(s));
    }
    return versions;
  }

  /**
   * Returns the number of loads so far.
   *
   * @return the loads
   */
  public synchronized int loads() {
    return loads;
  }

  /**
   * Returns the number of appends this store has written (not the other writer's).
   *
   * @return the appends written
   */
  public synchronized int appended() {
    return appended;
  }

  @Override
  public <E> List<E> load(StreamId stream, Class<E> type) {
    Runnable action;
    synchronized (this) {
      streams.add(stream);
      loads++;
      action = beforeLoad.poll();
    }
    if (action != null) {
      action.run();
    }
    return delegate.load(stream, type);
  }

  @Override
  public synchronized long version(StreamId stream) {
    streams.add(stream);
    return delegate.version(stream);
  }

  @Override
  public Optional<AppendOutcome> seen(IdempotencyKey key) {
    return delegate.seen(key);
  }

  @Override
  public AppendOutcome append(AppendBatch batch) {
    Consumer<EventStore> writer;
    synchronized (this) {
      batch.appends().forEach(a -> streams.add(a.stream()));
      writer = beforeAppend.poll();
    }
    if (writer != null) {
      writer.accept(delegate);
    }
    AppendOutcome outcome = delegate.append(batch);
    if (outcome instanceof AppendOutcome.Appended) {
      synchronized (this) {
        appended++;
      }
    }
    return outcome;
  }

  @Override
  public List<StreamId> streamsAtVersion(String type, long version, int limit) {
    List<StreamId> found = delegate.streamsAtVersion(type, version, limit);
    synchronized (this) {
      streams.addAll(found);
    }
    return found;
  }

  @Override
  public List<dk.mikrolan.port.RecordedEvent> readAll(long afterPosition, int limit) {
    return delegate.readAll(afterPosition, limit);
  }

  @Override
  public int purgeIdempotency(Instant recordedBefore) {
    return delegate.purgeIdempotency(recordedBefore);
  }
}
