package dk.mikrolan.cohort;

import dk.mikrolan.identity.CaseId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a caseworker or an integration asks of a cohort (hold). {@link Cohort#decide} answers with
 * new events or a refusal naming the cohort's status and every reason. The records only check
 * that their parts are present; what makes a command acceptable is decided by the cohort.
 */
public sealed interface CohortCommand {

  /**
   * Returns the business date of the command.
   *
   * @return the date, never null
   */
  LocalDate date();

  /**
   * Plans the cohort.
   *
   * @param cohortId the cohort's id
   * @param municipalityCode the municipality's code (kommunekode), three digits
   * @param startDate the day the cohort starts; also the command's date
   */
  record Plan(CohortId cohortId, String municipalityCode, LocalDate startDate) implements CohortCommand {
    /** Checks the parts are present. */
    public Plan {
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
   * Schedules a session.
   *
   * @param sessionId the session's id, unique in the cohort
   * @param kind the kind of session
   * @param topic the course topic (such as {@code VAT}), required for courses and only for them
   * @param date the day the session is held
   */
  record ScheduleSession(String sessionId, SessionKind kind, Optional<String> topic, LocalDate date)
      implements CohortCommand {
    /** Checks the parts are present. */
    public ScheduleSession {
      Objects.requireNonNull(sessionId, "sessionId");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(date, "date");
    }

    /**
     * Obtains the command for a course on a topic.
     *
     * @param sessionId the session's id, not null
     * @param topic the topic, such as {@code ACCOUNTING}, not null
     * @param date the day, not null
     * @return the command, never null
     */
    public static ScheduleSession course(String sessionId, String topic, LocalDate date) {
      return new ScheduleSession(sessionId, SessionKind.COURSE, Optional.of(topic), date);
    }

    /**
     * Obtains the command for a session that has no topic (guidance, coaching, a seminar day).
     *
     * @param sessionId the session's id, not null
     * @param kind the kind, not null
     * @param date the day, not null
     * @return the command, never null
     */
    public static ScheduleSession of(String sessionId, SessionKind kind, LocalDate date) {
      return new ScheduleSession(sessionId, kind, Optional.empty(), date);
    }
  }

  /**
   * Enrols a participant.
   *
   * @param caseId the participant's case
   * @param date the first day in the cohort
   */
  record Enrol(CaseId caseId, LocalDate date) implements CohortCommand {
    /** Checks the parts are present. */
    public Enrol {
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * Records that a participant left.
   *
   * @param caseId the participant's case
   * @param date the last day in the cohort
   * @param reason why, not blank
   */
  record Leave(CaseId caseId, LocalDate date, String reason) implements CohortCommand {
    /** Checks the parts are present. */
    public Leave {
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * Records (or corrects) a participant's attendance at a session.
   *
   * @param sessionId the session
   * @param caseId the participant's case
   * @param attended whether the participant attended
   * @param note the advisor's note, possibly empty
   * @param date the day of recording, on or after the session's day
   */
  record RecordAttendance(String sessionId, CaseId caseId, boolean attended, String note, LocalDate date)
      implements CohortCommand {
    /** Checks the parts are present. */
    public RecordAttendance {
      Objects.requireNonNull(sessionId, "sessionId");
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(note, "note");
      Objects.requireNonNull(date, "date");
    }
  }
}
