package dk.mikrolan.jdbc;

import dk.mikrolan.port.StreamId;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A read model kept up to date in the same transaction as the events it is built from.
 *
 * <p>An append works in two steps so that as little as possible happens while it holds its turn
 * (appends take turns from drawing their global positions to their commit): {@link #prepare}
 * reads and works out the rows before the turn, from the stream's events with the new ones
 * included; the {@link Write} it returns writes them once the new events' positions are known.
 * Another append to the same stream cannot slip in between, since the event table's unique
 * version stops it, so what was read before the turn still holds when the rows are written.
 */
public interface Projection {

  /**
   * Returns whether this projection reads a stream.
   *
   * @param stream the stream, not null
   * @return true if {@link #prepare} should be called for it
   */
  boolean handles(StreamId stream);

  /**
   * Works out how the read model follows a stream's events, inside the append's transaction but
   * before its turn; may read the read model, writes nothing.
   *
   * @param connection the transaction's connection, not null
   * @param stream the stream, not null
   * @param events every event of the stream in order, the new ones included, not null
   * @return the write to do once the positions are known, never null
   * @throws SQLException if the read model cannot be read; the whole append then fails
   */
  Write prepare(Connection connection, StreamId stream, List<Object> events) throws SQLException;

  /**
   * Brings the read model up to date with a stream's events in one go, as an append does.
   *
   * @param connection the transaction's connection, not null
   * @param stream the stream, not null
   * @param events every event of the stream in order, the new ones included, not null
   * @param lastPosition the global position of the stream's last event
   * @throws SQLException if the read model cannot be written; the whole append then fails
   */
  default void project(Connection connection, StreamId stream, List<Object> events, long lastPosition)
      throws SQLException {
    prepare(connection, stream, events).write(connection, lastPosition);
  }

  /** The rows a {@link #prepare} worked out, written in the append's turn. */
  @FunctionalInterface
  interface Write {

    /**
     * Writes the rows.
     *
     * @param connection the transaction's connection, not null
     * @param lastPosition the global position of the stream's last event
     * @throws SQLException if the read model cannot be written; the whole append then fails
     */
    void write(Connection connection, long lastPosition) throws SQLException;
  }
}
