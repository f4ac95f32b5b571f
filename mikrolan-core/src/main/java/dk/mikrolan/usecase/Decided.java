package dk.mikrolan.usecase;

import dk.mikrolan.port.StreamId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a use case decided: the new events for each stream and the value the caller gets back.
 * A stream the use case read is appended at the version it was read at; a stream it never read
 * (a new letter) is appended as a new stream, at version 0.
 *
 * <p>This class is immutable and thread-safe if its value is.
 *
 * @param <T> the value's type
 */
public final class Decided<T> {

  private final T value;
  private final Map<StreamId, List<Object>> writes;

  private Decided(T value, Map<StreamId, List<Object>> writes) {
    this.value = Objects.requireNonNull(value, "value");
    this.writes = writes;
  }

  /**
   * Obtains a decision that writes nothing yet.
   *
   * @param value what the caller gets back, not null
   * @param <T> the value's type
   * @return the decision, never null
   */
  public static <T> Decided<T> of(T value) {
    return new Decided<>(value, Map.of());
  }

  /**
   * Returns a copy of this decision that also appends events to a stream (after any events
   * already decided for it). No events adds nothing.
   *
   * @param stream the stream, not null
   * @param events the events, in order, not null
   * @return the new decision, never null
   */
  public Decided<T> write(StreamId stream, List<?> events) {
    Objects.requireNonNull(stream, "stream");
    if (events.isEmpty()) {
      return this;
    }
    Map<StreamId, List<Object>> copy = new LinkedHashMap<>(writes);
    List<Object> joined = new java.util.ArrayList<>(copy.getOrDefault(stream, List.of()));
    joined.addAll(events);
    copy.put(stream, List.copyOf(joined));
    return new Decided<>(value, Collections.unmodifiableMap(copy));
  }

  /**
   * Returns a copy of this decision with another value.
   *
   * @param newValue the value, not null
   * @param <U> its type
   * @return the new decision, never null
   */
  public <U> Decided<U> withValue(U newValue) {
    return new Decided<>(newValue, writes);
  }

  /**
   * Returns the value the caller gets back.
   *
   * @return the value, never null
   */
  public T value() {
    return value;
  }

  /**
   * Returns the events for each stream, in the order they were decided.
   *
   * @return stream → events, never null
   */
  public Map<StreamId, List<Object>> writes() {
    return writes;
  }

  @Override
  public String toString() {
    return "Decided[" + writes.keySet() + "]";
  }
}
