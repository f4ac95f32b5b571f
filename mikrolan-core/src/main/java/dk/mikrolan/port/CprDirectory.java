package dk.mikrolan.port;

import dk.mikrolan.identity.Cpr;
import dk.mikrolan.identity.ParticipantRef;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Participants by CPR number, the one way to read a participant's full CPR number, and the log of
 * every such reading (databeskyttelsesloven § 11: a CPR number is processed only where needed, and
 * who read it, when and why can be shown). The entry point checks the actor's permission before it
 * calls a directory; a directory never decides who may.
 *
 * <p>Implementations are thread-safe.
 */
public interface CprDirectory {

  /** The most rows one {@link #accessLog} call returns. */
  int MAX_LOG_ROWS = 10_000;

  /** The longest actor id an access-log row holds. */
  int MAX_ACTOR = 120;

  /** The longest purpose an access-log row holds. */
  int MAX_PURPOSE = 200;

  /** The longest correlation id an access-log row holds. */
  int MAX_CORRELATION = 120;

  /**
   * Finds the participants with a CPR number in the municipalities asked for, without revealing
   * anything. Another municipality's participants are never found.
   *
   * @param municipalities the municipalities (kommunekoder) to search, not empty
   * @param cpr the number, not null
   * @return the participants in (municipality, id) order, empty if none, never null
   * @throws IllegalArgumentException if no municipality is given
   */
  List<ParticipantRef> findByCpr(Set<String> municipalities, Cpr cpr);

  /**
   * Returns whether a participant id is already registered in its municipality with another CPR
   * number: a participant id stands for one person. Compares without revealing anything.
   *
   * @param participant the participant, not null
   * @param cpr the number a referral gives, not null
   * @return whether the id is taken by someone else
   */
  boolean registeredWithAnother(ParticipantRef participant, Cpr cpr);

  /**
   * Returns a participant's full CPR number once the reading is recorded in the access log; a
   * reading that cannot be logged reveals nothing.
   *
   * @param participant the participant, in its municipality, not null
   * @param actor who reads it (a user's id; never a CPR number), 1–120 characters, not null
   * @param purpose why, 1–200 characters, not null
   * @param correlationId the request that reads it, 1–120 characters, not null
   * @param accessedAt when, by the clock of the boundary that reads it, not null
   * @return the number, never null
   * @throws IllegalArgumentException if actor, purpose or correlation id is blank or too long
   * @throws NoSuchElementException if the participant is not recorded; nothing is logged
   */
  Cpr revealCpr(ParticipantRef participant, String actor, String purpose, String correlationId, Instant accessedAt);

  /**
   * Returns the access log's rows for participants of the municipalities asked for, recorded in
   * {@code [from, to)}, oldest first, at most {@code limit}.
   *
   * @param municipalities the municipalities, not empty
   * @param from the first instant, inclusive, not null
   * @param to the last instant, exclusive, not null
   * @param limit 1–{@value #MAX_LOG_ROWS}
   * @return the rows, never null
   * @throws IllegalArgumentException if no municipality is given, {@code to} is before {@code
   *     from} or the limit is out of range
   */
  List<CprAccess> accessLog(Set<String> municipalities, Instant from, Instant to, int limit);

  /**
   * Returns the access log's rows for one participant, oldest first, at most {@code limit}: what a
   * request for access shows them.
   *
   * @param participant the participant, not null
   * @param limit 1–{@value #MAX_LOG_ROWS}
   * @return the rows, never null
   * @throws IllegalArgumentException if the limit is out of range
   */
  List<CprAccess> accessLogOf(ParticipantRef participant, int limit);

  /**
   * Checks the range of an access-log query.
   *
   * @param from the first instant, not null
   * @param to the last instant, not null
   * @param limit the row limit
   * @throws IllegalArgumentException if {@code to} is before {@code from} or the limit is not
   *     1–{@value #MAX_LOG_ROWS}
   */
  static void requireLogRange(Instant from, Instant to, int limit) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("The access log's range ends before it starts: " + from + " – " + to);
    }
    requireLogLimit(limit);
  }

  /**
   * Checks the row limit of an access-log query.
   *
   * @param limit the row limit
   * @throws IllegalArgumentException if it is not 1–{@value #MAX_LOG_ROWS}
   */
  static void requireLogLimit(int limit) {
    if (limit < 1 || limit > MAX_LOG_ROWS) {
      throw new IllegalArgumentException("An access-log query returns 1–" + MAX_LOG_ROWS + " rows: " + limit);
    }
  }

  /**
   * Checks what a reading records: the actor, the purpose and the correlation id, each 1 to its
   * maximum of characters and not blank.
   *
   * @param actor who reads
   * @param purpose why
   * @param correlationId the request
   * @throws IllegalArgumentException if one is blank or too long
   */
  static void requireReading(String actor, String purpose, String correlationId) {
    requireLogText(actor, "actor", MAX_ACTOR);
    requireLogText(purpose, "purpose", MAX_PURPOSE);
    requireLogText(correlationId, "correlationId", MAX_CORRELATION);
  }

  private static String requireLogText(String value, String field, int max) {
    java.util.Objects.requireNonNull(value, field);
    if (value.isBlank() || value.length() > max) {
      throw new IllegalArgumentException(
          field + " must be 1-" + max + " characters, not blank (has " + value.length() + ")");
    }
    return value;
  }
}
