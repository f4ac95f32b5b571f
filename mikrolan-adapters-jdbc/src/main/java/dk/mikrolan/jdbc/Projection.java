package dk.mikrolan.jdbc;

import dk.mikrolan.port.StreamId;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A read model kept up to date in the same transaction as the events it is built from.
 */
public interface Projection {

  /**
   * Returns whether this projection reads a stream.
   *
   * @param stream the stream, not null
   * @return true if {@link #project} should be called for it
   */
  boolean handles(StreamId stream);

  /**
   * Brings the read model up to date with a stream's events, inside the append's transaction.
   *
   * @param connection the transaction's connection, not null
   * @param stream the stream, not null
   * @param events every event of the stream in order, the new ones included, not null
   * @param lastPosition the global position of the stream's last event
   * @throws SQLException if the read model cannot be written; the whole append then fails
   */
  void project(Connection connection, StreamId stream, List<Object> events, long lastPosition) throws SQLException;
}
