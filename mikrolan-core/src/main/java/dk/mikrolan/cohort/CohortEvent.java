package dk.mikrolan.cohort;

import dk.mikrolan.identity.CaseId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A fact in a cohort's (hold's) life. Events are never changed or deleted: a correction of
 * attendance is a later {@link AttendanceRecorded} for the same session and participant, and the
 * last one wins. A cohort is the fold of its events ({@link Cohort#evolve(CohortEvent)}).
 */
public sealed interface CohortEvent {

  /**
   * Returns the business date of the event.
   *
   * @return the date, never null
   */
  LocalDate date();

  /**
   * The cohort was planned.
   *
   * @param cohortId the cohort's id
   * @param municipalityCode the municipality's code (kommunekode), three digits
   * @param startDate the day the cohort starts; also the event's date
   */
  record CohortPlanned(CohortId cohortId, String municipalityCode, LocalDate startDate) implements CohortEvent {
    /** Checks the parts are present. */
    public CohortPlanned {
      Objects.requireNonNull(cohortId, "cohortId");
      Objects.requireNonNull(municipalityCode, "municipalityCode");
      Objects.requireNonNull(startDate, "startDate");
    }

    /** Returns the start date. */
    @Override
    public LocalDate date() {
      return startDate;
    }
  }

  /**
   * A session was scheduled.
   *
   * @param sessionId the session's id, unique in the cohort
   * @param kind the kind of session
   * @param topic the course topic, present for courses only
   * @param date the day the session is held
   */
  record SessionScheduled(String sessionId, SessionKind kind, Optional<String> topic, LocalDate date)
      implements CohortEvent {
    /** Checks the parts are present. */
    public SessionScheduled {
      Objects.requireNonNull(sessionId, "sessionId");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(date, "date");
    }

    /**
     * Returns the session this event scheduled.
     *
     * @return the session, never null
     */
    public Session session() {
      return new Session(sessionId, kind, topic, date);
    }
  }

  /**
   * A participant joined the cohort; from this day their attendance can be recorded.
   *
   * @param caseId the participant's case
   * @param date the first day in the cohort
   */
  record ParticipantEnrolled(CaseId caseId, LocalDate date) implements CohortEvent {
    /** Checks the parts are present. */
    public ParticipantEnrolled {
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * A participant left the cohort (withdrew, was rejected, moved to a later cohort).
   *
   * @param caseId the participant's case
   * @param date the last day in the cohort: sessions on that day still count
   * @param reason why, for the case file
   */
  record ParticipantLeft(CaseId caseId, LocalDate date, String reason) implements CohortEvent {
    /** Checks the parts are present. */
    public ParticipantLeft {
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * Attendance of one participant at one session, as recorded; a later record for the same pair
   * corrects it.
   *
   * @param sessionId the session
   * @param caseId the participant's case
   * @param attended whether the participant attended
   * @param note the advisor's note, possibly empty
   * @param date the day it was recorded, on or after the session's day
   */
  record AttendanceRecorded(String sessionId, CaseId caseId, boolean attended, String note, LocalDate date)
      implements CohortEvent {
    /** Checks the parts are present. */
    public AttendanceRecorded {
      Objects.requireNonNull(sessionId, "sessionId");
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(note, "note");
      Objects.requireNonNull(date, "date");
    }
  }
}
