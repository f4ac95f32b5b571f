package dk.mikrolan.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Where the adapter gets its connection, and whether it owns the transaction. The adapter never
 * creates a pool: it borrows from the host's {@link DataSource}, or joins the host's transaction.
 */
public interface ConnectionSource {

  /**
   * Returns a connection for one operation.
   *
   * @return the connection, never null
   * @throws SQLException if none can be had
   */
  Connection acquire() throws SQLException;

  /**
   * Gives the connection back after the operation.
   *
   * @param connection the connection from {@link #acquire()}, not null
   * @throws SQLException if closing fails
   */
  void release(Connection connection) throws SQLException;

  /**
   * Returns whether the adapter commits and rolls back itself (true), or works inside the host's
   * transaction (false: it uses a savepoint and leaves commit and rollback to the host).
   *
   * @return true if the adapter owns the transaction
   */
  boolean ownsTransactions();

  /**
   * Borrows a connection from the host's data source per operation, in a transaction of its own.
   *
   * @param dataSource the host's data source (pooled or not), not null
   * @return the source, never null
   */
  static ConnectionSource of(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    return new ConnectionSource() {
      @Override
      public Connection acquire() throws SQLException {
        return dataSource.getConnection();
      }

      @Override
      public void release(Connection connection) throws SQLException {
        connection.close();
      }

      @Override
      public boolean ownsTransactions() {
        return true;
      }
    };
  }

  /**
   * Joins the host's current transaction: the supplier returns the connection bound to it (as
   * Spring's {@code DataSourceUtils.getConnection} does). The adapter never commits, rolls back or
   * closes it.
   *
   * @param current the host's transaction-bound connection, not null
   * @return the source, never null
   */
  static ConnectionSource joining(Supplier<Connection> current) {
    Objects.requireNonNull(current, "current");
    return new ConnectionSource() {
      @Override
      public Connection acquire() {
        return current.get();
      }

      @Override
      public void release(Connection connection) {
        // the host's connection: the host closes it
      }

      @Override
      public boolean ownsTransactions() {
        return false;
      }
    };
  }
}
