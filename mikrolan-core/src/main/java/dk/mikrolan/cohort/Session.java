package dk.mikrolan.cohort;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A session of a cohort as scheduled.
 *
 * @param sessionId the cohort's own id of the session, unique in the cohort
 * @param kind the kind of session
 * @param topic the course topic (such as {@code ACCOUNTING}), present for courses only
 * @param date the day the session is held
 */
public record Session(String sessionId, SessionKind kind, Optional<String> topic, LocalDate date) {

  /** Checks the parts are present. */
  public Session {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(date, "date");
  }
}
