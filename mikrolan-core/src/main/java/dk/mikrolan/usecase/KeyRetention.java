package dk.mikrolan.usecase;

import dk.mikrolan.port.EventStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How long idempotency keys are kept: long enough for any client's retries (the IETF httpapi
 * draft leaves the time to the server; 30 days by default covers a retry queue left over a
 * holiday), short enough that the table does not grow without end.
 *
 * @param keep how long a key is kept, at least one hour
 */
public record KeyRetention(Duration keep) {

  /** The default: 30 days. */
  public static final KeyRetention DEFAULT = new KeyRetention(Duration.ofDays(30));

  /** Checks the duration. */
  public KeyRetention {
    Objects.requireNonNull(keep, "keep");
    if (keep.compareTo(Duration.ofHours(1)) < 0) {
      throw new IllegalArgumentException("Keys must be kept at least an hour: " + keep);
    }
  }

  /**
   * Obtains a retention of a number of days.
   *
   * @param days one or more
   * @return the retention, never null
   */
  public static KeyRetention days(int days) {
    return new KeyRetention(Duration.ofDays(days));
  }

  /**
   * Deletes the keys older than the retention from a store; a host runs this daily.
   *
   * @param store the store, not null
   * @param clock the boundary's clock, not null
   * @return the number of keys deleted
   */
  public int purge(EventStore store, Clock clock) {
    return store.purgeIdempotency(clock.instant().minus(keep));
  }
}
