package dk.mikrolan.usecase;

import dk.mikrolan.port.StreamId;
import java.util.List;

/**
 * How a use case loads the streams it decides on. The shell remembers each stream's version as
 * read, and appends at exactly that version.
 */
@FunctionalInterface
public interface StreamReader {

  /**
   * Reads a stream's events in order.
   *
   * @param stream the stream, not null
   * @param type the events' type, not null
   * @param <E> the events' type
   * @return the events, empty for a stream never written, never null
   */
  <E> List<E> read(StreamId stream, Class<E> type);
}
