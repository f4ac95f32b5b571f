package dk.mikrolan.jdbc;

import org.jspecify.annotations.Nullable;

/**
 * The database failed (unreachable, broken schema). Nothing of the failed operation was written.
 * Concurrency conflicts are not exceptions: they come back as {@code AppendOutcome.Conflict}.
 */
public final class EventStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was being done, never personal data
   * @param cause the database's error
   */
  public EventStoreException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
