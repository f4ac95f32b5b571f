package dk.mikrolan.office;

import dk.mikrolan.cohort.SessionKind;
import dk.mikrolan.identity.CaseId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a caller asks of a cohort through {@link Mikrolan#cohortWork}. A plan and its sessions are
 * dated ahead, enrolment and leaving as they happened; attendance is recorded today by the entry
 * point, so that request has no date.
 */
public sealed interface CohortRequest {

  /**
   * Plans the cohort in the municipality named to the entry point.
   *
   * @param startDate the first day
   */
  record Plan(LocalDate startDate) implements CohortRequest {
    /** Checks the part is present. */
    public Plan {
      Objects.requireNonNull(startDate, "startDate");
    }
  }

  /**
   * Schedules a session.
   *
   * @param sessionId the session's id in the cohort
   * @param kind course, guidance, coaching or seminar day
   * @param topic a course's topic
   * @param date the session's day
   */
  record ScheduleSession(String sessionId, SessionKind kind, Optional<String> topic, LocalDate date)
      implements CohortRequest {
    /** Checks the parts are present. */
    public ScheduleSession {
      Objects.requireNonNull(sessionId, "sessionId");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * Enrols a participant.
   *
   * @param caseId the participant's case
   * @param enrolledOn the first day in the cohort: not in the future, not before the
   *     late-registration limit
   */
  record Enrol(CaseId caseId, LocalDate enrolledOn) implements CohortRequest {
    /** Checks the parts are present. */
    public Enrol {
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(enrolledOn, "enrolledOn");
    }
  }

  /**
   * Records that a participant left.
   *
   * @param caseId the participant's case
   * @param leftOn the last day in the cohort: not in the future, not before the late-registration
   *     limit
   * @param reason why, not blank
   */
  record Leave(CaseId caseId, LocalDate leftOn, String reason) implements CohortRequest {
    /** Checks the parts are present. */
    public Leave {
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(leftOn, "leftOn");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * Records (or corrects) a participant's attendance at a session, today.
   *
   * @param sessionId the session
   * @param caseId the participant's case
   * @param attended whether the participant attended
   * @param note the advisor's note, possibly empty
   */
  record RecordAttendance(String sessionId, CaseId caseId, boolean attended, String note) implements CohortRequest {
    /** Checks the parts are present. */
    public RecordAttendance {
      Objects.requireNonNull(sessionId, "sessionId");
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(note, "note");
    }
  }
}
