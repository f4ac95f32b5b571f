package dk.mikrolan.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A fresh in-memory H2 database per test, migrated with a non-default table prefix, for the read
 * model tests. Closing it drops the database.
 */
final class ReadModelDatabase implements AutoCloseable {

  static final JdbcOptions OPTIONS = JdbcOptions.DEFAULTS.withTablePrefix("rmt_");

  private final JdbcDataSource dataSource = new JdbcDataSource();
  private long position;

  ReadModelDatabase() throws SQLException {
    dataSource.setURL("jdbc:h2:mem:rm-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    MikrolanSchema.migrate(dataSource, OPTIONS);
  }

  JdbcDataSource dataSource() {
    return dataSource;
  }

  JdbcQueries queries() {
    return new JdbcQueries(ConnectionSource.of(dataSource), OPTIONS);
  }

  /**
   * Runs a projection as the event store would, in a committed transaction of its own, with the
   * next global position.
   *
   * @return the position handed to the projection
   */
  long project(Projection projection, dk.mikrolan.port.StreamId stream, java.util.List<?> events)
      throws SQLException {
    long last = ++position;
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      projection.project(c, stream, java.util.List.copyOf(events), last);
      c.commit();
    }
    return last;
  }

  @Override
  public void close() throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("SHUTDOWN");
    }
  }
}
