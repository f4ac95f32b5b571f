package dk.mikrolan.read;

import dk.mikrolan.aid.DeMinimisEvent;
import dk.mikrolan.identity.MunicipalityCode;
import dk.mikrolan.port.RecordedEvent;
import dk.mikrolan.port.StreamId;
import java.util.Optional;

/**
 * Which municipality an event of the store belongs to: the one rule an event feed filters by, so
 * that a municipality's integration follows its own events and never another's.
 *
 * <ul>
 *   <li>cases, loans, cohorts and letters: their stream id begins with the code ({@code
 *       751:2026-0042});
 *   <li>loan funds: {@code 751-2027}; policies: the stream id is the code;
 *   <li>de minimis records: an undertaking's record may hold grants of several municipalities (the
 *       ceiling counts across them, Regulation (EU) 2023/2831 art. 3), so each event belongs to the
 *       municipality that granted or cancelled the aid; a cancellation written before the authority
 *       was recorded belongs to the municipality of a participant's record, and to none on a
 *       business's record (it cannot be told);
 *   <li>anything else (such as the store's health probe) belongs to none and is never fed.
 * </ul>
 */
public final class EventFeed {

  /** The most events a page of the feed holds. */
  public static final int MAX_PAGE = 500;

  /** The most events one page looks through for the caller's, so a page of another municipality's
   * traffic ends quickly with a cursor to go on from. */
  public static final int MAX_SCAN = 5000;

  private EventFeed() {}

  /**
   * Returns the municipality an event belongs to.
   *
   * @param recorded the event as stored, not null
   * @return the municipality's code, or empty for an event of no municipality
   */
  public static Optional<String> municipalityOf(RecordedEvent recorded) {
    StreamId stream = recorded.stream();
    String id = stream.id();
    Optional<String> code = switch (stream.type()) {
      case "case", "loan", "cohort", "letter" -> prefix(id, ':');
      case "loan-fund" -> prefix(id, '-');
      case "policy" -> Optional.of(id);
      case "de-minimis" -> aid(id, recorded.event());
      default -> Optional.empty();
    };
    return code.filter(MunicipalityCode::isValid);
  }

  private static Optional<String> aid(String id, Object event) {
    if (event instanceof DeMinimisEvent.AidGranted g) {
      return Optional.of(g.grantingAuthority());
    } else if (event instanceof DeMinimisEvent.AidCancelled c && c.grantingAuthority().isPresent()) {
      return c.grantingAuthority();
    } else if (id.startsWith("participant-")) {
      return prefix(id.substring("participant-".length()), '-');
    }
    return Optional.empty();
  }

  private static Optional<String> prefix(String id, char separator) {
    int at = id.indexOf(separator);
    return at > 0 ? Optional.of(id.substring(0, at)) : Optional.empty();
  }
}
