package dk.mikrolan.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import org.jspecify.annotations.Nullable;

/**
 * Runs a unit of work on a {@link ConnectionSource}: in a transaction of the adapter's own, or
 * inside the host's under a savepoint, so that the work is written whole or not at all.
 */
final class Transactions {

  private Transactions() {}

  /** Work on a connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /**
   * Runs work in a transaction and commits it (or releases its savepoint in the host's
   * transaction, leaving the commit to the host). On any failure the work is rolled back.
   *
   * @param what what is being done, for the exception's message; never personal data
   * @throws EventStoreException if the database fails
   */
  static <T> T inTransaction(ConnectionSource source, String what, Work<T> work) {
    boolean own = source.ownsTransactions();
    Connection c = null;
    boolean autoCommit = true;
    Savepoint savepoint = null;
    try {
      c = source.acquire();
      if (own) {
        autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
      } else {
        savepoint = c.setSavepoint();
      }
      T result = work.run(c);
      if (own) {
        c.commit();
      } else {
        c.releaseSavepoint(savepoint);
      }
      return result;
    } catch (SQLException e) {
      rollbackQuietly(c, own, savepoint, e);
      throw new EventStoreException("Could not " + what, e, c == null);
    } catch (RuntimeException | Error e) {
      rollbackQuietly(c, own, savepoint, e);
      throw e;
    } finally {
      release(source, c, own, autoCommit);
    }
  }

  /**
   * Runs read-only work on a connection, outside any transaction of the adapter's.
   *
   * @param what what is being done, for the exception's message; never personal data
   * @throws EventStoreException if the database fails
   */
  static <T> T withConnection(ConnectionSource source, String what, Work<T> work) {
    Connection c = null;
    try {
      c = source.acquire();
      return work.run(c);
    } catch (SQLException e) {
      throw new EventStoreException("Could not " + what, e, c == null);
    } finally {
      release(source, c, false, true);
    }
  }

  static void rollbackQuietly(@Nullable Connection c, boolean own, @Nullable Savepoint savepoint, Throwable cause) {
    if (c == null || (!own && savepoint == null)) {
      return;
    }
    try {
      if (own) {
        c.rollback();
      } else {
        c.rollback(savepoint);
      }
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  static void release(ConnectionSource source, @Nullable Connection c, boolean own, boolean autoCommit) {
    if (c == null) {
      return;
    }
    try {
      if (own) {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      // a broken connection: the pool discards it; it must still go back
    } finally {
      try {
        source.release(c);
      } catch (SQLException e) {
        // the outcome stands
      }
    }
  }
}
