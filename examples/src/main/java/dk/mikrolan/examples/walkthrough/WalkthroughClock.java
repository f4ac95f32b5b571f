package dk.mikrolan.examples.walkthrough;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The walkthrough's clock: a working morning (09:00, Europe/Copenhagen) on a day that only moves
 * forward, from the start to at most a fixed number of days after it. The entry point reads today
 * from it, so the programme's months pass as the walkthrough moves it.
 *
 * <p>This class is not thread-safe: one walkthrough moves it.
 */
final class WalkthroughClock extends Clock {

  /** The zone the municipality's days are in. */
  static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

  private static final LocalTime MORNING = LocalTime.of(9, 0);

  private final LocalDate start;
  private final LocalDate last;
  private LocalDate today;

  /**
   * Starts the clock on a day.
   *
   * @param start the first day, not null
   * @param maxDays how many days past the start the clock may ever move, zero or more
   */
  WalkthroughClock(LocalDate start, int maxDays) {
    if (maxDays < 0) {
      throw new IllegalArgumentException("The clock moves zero days or more: " + maxDays);
    }
    this.start = Objects.requireNonNull(start, "start");
    this.last = start.plusDays(maxDays);
    this.today = start;
  }

  /** Returns the day the clock stands on. */
  LocalDate today() {
    return today;
  }

  /** Returns the first day. */
  LocalDate start() {
    return start;
  }

  /** Returns the last day the clock may move to. */
  LocalDate last() {
    return last;
  }

  /**
   * Moves the clock forward to a day's morning; the same day again changes nothing.
   *
   * @param day the day, not before today and not after the last day, not null
   * @throws IllegalArgumentException if the day is before today or after the last day
   */
  void moveTo(LocalDate day) {
    if (day.isBefore(today)) {
      throw new IllegalArgumentException("The clock never moves back: from " + today + " to " + day);
    } else if (day.isAfter(last)) {
      throw new IllegalArgumentException("The clock stops on " + last + ": " + day + " is after it");
    }
    today = day;
  }

  @Override
  public ZoneId getZone() {
    return ZONE;
  }

  /** Returns a view of this clock in another zone: the same instant, moving as this clock moves. */
  @Override
  public Clock withZone(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    WalkthroughClock moving = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return moving.withZone(other);
      }

      @Override
      public Instant instant() {
        return moving.instant();
      }
    };
  }

  @Override
  public Instant instant() {
    return today.atTime(MORNING).atZone(ZONE).toInstant();
  }
}
