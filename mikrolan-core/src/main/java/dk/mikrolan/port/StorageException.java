package dk.mikrolan.port;

import org.jspecify.annotations.Nullable;

/**
 * The storage behind a port failed, and nothing of the failed operation was written. {@link
 * #unavailable()} tells a failure the caller may retry later (the database cannot be reached, a
 * connection was lost) from a fault that retrying does not cure (a broken schema); an HTTP adapter
 * answers the first with 503 and {@code Retry-After}. Concurrency conflicts are never exceptions.
 */
public class StorageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final boolean unavailable;

  /**
   * Creates the exception.
   *
   * @param message what was being done, never personal data
   * @param cause the storage's error
   * @param unavailable whether the storage could not be reached
   */
  public StorageException(String message, @Nullable Throwable cause, boolean unavailable) {
    super(message, cause);
    this.unavailable = unavailable;
  }

  /**
   * Returns whether the storage could not be reached, so that the same request may succeed later.
   *
   * @return whether it is unavailable
   */
  public boolean unavailable() {
    return unavailable;
  }
}
