package dk.mikrolan.read;

import dk.mikrolan.port.RecordedEvent;
import java.util.List;
import java.util.Objects;

/**
 * A page of the event feed: the caller's events after a position, in global order.
 *
 * @param events the events, each with the municipality it belongs to ({@link EventFeed})
 * @param lastPosition the position to read after next time: the last position looked at, which
 *     may be past the last event returned (other municipalities' events are skipped), or the
 *     position asked for when nothing was there
 * @param more whether the store held more after {@code lastPosition} when the page was read; a
 *     page may hold fewer events than asked for and still have more
 */
public record EventPage(List<Entry> events, long lastPosition, boolean more) {

  /**
   * An event of the feed.
   *
   * @param municipalityCode the municipality it belongs to
   * @param recorded the event as stored
   */
  public record Entry(String municipalityCode, RecordedEvent recorded) {
    /** Checks the parts. */
    public Entry {
      Objects.requireNonNull(municipalityCode, "municipalityCode");
      Objects.requireNonNull(recorded, "recorded");
    }
  }

  /** Checks the parts and copies the list. */
  public EventPage {
    events = List.copyOf(events);
    if (lastPosition < 0) {
      throw new IllegalArgumentException("A position is 0 or more: " + lastPosition);
    }
  }
}
