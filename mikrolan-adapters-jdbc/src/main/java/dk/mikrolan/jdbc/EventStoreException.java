package dk.mikrolan.jdbc;

import org.jspecify.annotations.Nullable;

/**
 * The database failed (unreachable, broken schema). Nothing of the failed operation was written.
 * Concurrency conflicts are not exceptions: they come back as {@code AppendOutcome.Conflict}.
 * {@link #unavailable()} is true when no connection could be had or the one in use was lost (SQL
 * state class 08 or PostgreSQL's 57P0x, H2's closed database, a connection or timeout exception),
 * so a host may answer "try again later".
 */
public final class EventStoreException extends dk.mikrolan.port.StorageException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was being done, never personal data
   * @param cause the database's error
   */
  public EventStoreException(String message, @Nullable Throwable cause) {
    super(message, cause, lostConnection(cause));
  }

  /** Creates the exception for a connection that could not be had at all, or for another failure. */
  EventStoreException(String message, @Nullable Throwable cause, boolean noConnection) {
    super(message, cause, noConnection || lostConnection(cause));
  }

  /** Whether the database could not be reached: no connection, or the one in use was lost. */
  static boolean lostConnection(@Nullable Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException
          || t instanceof java.sql.SQLTimeoutException || t instanceof java.net.ConnectException
          || t instanceof java.net.SocketException || t instanceof java.net.SocketTimeoutException) {
        return true;
      } else if (t instanceof java.sql.SQLException e && e.getSQLState() != null
          && (e.getSQLState().startsWith("08") || e.getSQLState().startsWith("57P0"))) {
        return true; // connection errors; PostgreSQL's server shutting down or starting up
      } else if (t instanceof java.sql.SQLException e && (e.getErrorCode() == 90098 || e.getErrorCode() == 90067)) {
        return true; // H2: the database is closed, the connection is broken
      }
    }
    return false;
  }
}
