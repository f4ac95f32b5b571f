package dk.mikrolan.port;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock for tests that stands still until it is moved on.
 *
 * <p>This class is thread-safe.
 */
public final class TestClock extends Clock {

  private final ZoneId zone;
  private volatile Instant now;

  private TestClock(Instant now, ZoneId zone) {
    this.now = Objects.requireNonNull(now, "now");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /**
   * Obtains a clock standing at an instant, in UTC.
   *
   * @param text the instant, such as {@code 2026-06-01T08:00:00Z}, not null
   * @return the clock, never null
   */
  public static TestClock at(String text) {
    return new TestClock(Instant.parse(text), ZoneOffset.UTC);
  }

  /**
   * Moves the clock on.
   *
   * @param duration how far, not negative
   */
  public void advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("A clock moves forward: " + duration);
    }
    now = now.plus(duration);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId newZone) {
    return new TestClock(now, newZone);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
