package dk.mikrolan.cohort;

import dk.mikrolan.identity.CaseId;
import dk.mikrolan.port.StreamId;
import dk.mikrolan.rules.Refusal;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A cohort (hold): the fold of its {@link CohortEvent}s. Its sessions — joint courses, guidance
 * and coaching, the final seminar's days — and each participant's attendance feed the guards of
 * the participant's case; its participants are each other's network, which the memo names a goal
 * in itself.
 *
 * <p>{@link #decide(CohortCommand)} answers a command with new events or a {@link Refusal}
 * naming the status and every reason; {@link #evolve(CohortEvent)} applies an event and never
 * refuses (events are facts). Dates are inputs: nothing here reads a clock.
 *
 * <p>A participant is enrolled from the day of enrolment up to and including the day they leave,
 * and may be enrolled again from that day on. A seminar day counts as held once attendance has
 * been recorded for it for anyone: a scheduled day nobody has recorded is not proof that the
 * seminar took place.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Cohort {

  /** One period of enrolment; {@code left} is the last day, absent while still enrolled. */
  record Enrolment(LocalDate from, @Nullable LocalDate left) {
    boolean covers(LocalDate day) {
      return !day.isBefore(from) && (left == null || !day.isAfter(left));
    }
  }

  private static final Cohort EMPTY =
      new Cohort(null, Vector.empty(), LinkedHashMap.empty(), LinkedHashMap.empty(), HashMap.empty(), HashSet.empty());

  private final CohortEvent.@Nullable CohortPlanned plan;
  private final Vector<CohortEvent> events;
  private final Map<String, Session> sessions;
  private final Map<CaseId, Vector<Enrolment>> enrolments;
  private final Map<Tuple2<String, CaseId>, CohortEvent.AttendanceRecorded> attendance;
  private final Set<String> recordedSessions;

  private Cohort(
      CohortEvent.@Nullable CohortPlanned plan,
      Vector<CohortEvent> events,
      Map<String, Session> sessions,
      Map<CaseId, Vector<Enrolment>> enrolments,
      Map<Tuple2<String, CaseId>, CohortEvent.AttendanceRecorded> attendance,
      Set<String> recordedSessions) {
    this.plan = plan;
    this.events = events;
    this.sessions = sessions;
    this.enrolments = enrolments;
    this.attendance = attendance;
    this.recordedSessions = recordedSessions;
  }

  /**
   * Returns the stream id of a municipality's cohort, such as {@code cohort/751:H2026-1}: the
   * municipality's code comes first, so two municipalities may use the same cohort id.
   *
   * @param municipalityCode the municipality's three-digit code, not null
   * @param cohortId the cohort's id, not null
   * @return the stream id, never null
   * @throws IllegalArgumentException if the code is not three digits
   */
  public static StreamId streamId(String municipalityCode, CohortId cohortId) {
    return StreamId.of("cohort", dk.mikrolan.identity.MunicipalityCode.require(municipalityCode) + ":" + cohortId.value());
  }

  /**
   * Returns the state before any event.
   *
   * @return the empty cohort, never null
   */
  public static Cohort empty() {
    return EMPTY;
  }

  /**
   * Loads a cohort from its events, in O(n).
   *
   * @param events the events in order, not null
   * @return the cohort, never null
   */
  public static Cohort replay(Iterable<? extends CohortEvent> events) {
    Cohort cohort = EMPTY;
    for (CohortEvent e : events) {
      cohort = cohort.evolve(e);
    }
    return cohort;
  }

  /**
   * Returns the cohort with one more event applied. Never refuses: events are facts.
   *
   * @param event the event, not null
   * @return the new state, never null
   */
  public Cohort evolve(CohortEvent event) {
    CohortEvent.CohortPlanned p = plan;
    Map<String, Session> s = sessions;
    Map<CaseId, Vector<Enrolment>> en = enrolments;
    Map<Tuple2<String, CaseId>, CohortEvent.AttendanceRecorded> at = attendance;
    Set<String> recorded = recordedSessions;
    if (event instanceof CohortEvent.CohortPlanned planned) {
      p = planned;
    } else if (event instanceof CohortEvent.SessionScheduled scheduled) {
      s = s.put(scheduled.sessionId(), scheduled.session());
    } else if (event instanceof CohortEvent.ParticipantEnrolled enrolled) {
      Vector<Enrolment> periods = en.get(enrolled.caseId()).getOrElse(Vector.empty());
      en = en.put(enrolled.caseId(), periods.append(new Enrolment(enrolled.date(), null)));
    } else if (event instanceof CohortEvent.ParticipantLeft leftEvent) {
      Vector<Enrolment> periods = en.get(leftEvent.caseId()).getOrElse(Vector.empty());
      if (!periods.isEmpty() && periods.last().left() == null) {
        Enrolment closed = new Enrolment(periods.last().from(), leftEvent.date());
        en = en.put(leftEvent.caseId(), periods.update(periods.size() - 1, closed));
      }
    } else if (event instanceof CohortEvent.AttendanceRecorded record) {
      at = at.put(Tuple.of(record.sessionId(), record.caseId()), record);
      recorded = recorded.add(record.sessionId());
    }
    return new Cohort(p, events.append(event), s, en, at, recorded);
  }

  /**
   * Applies events in order, as {@link #evolve} one at a time.
   *
   * @param events the events, not null
   * @return the new state, never null
   */
  public Cohort evolveAll(Iterable<? extends CohortEvent> events) {
    Cohort c = this;
    for (CohortEvent e : events) {
      c = c.evolve(e);
    }
    return c;
  }

  /**
   * Decides a command: the events it causes, or a refusal naming the status and every reason.
   *
   * @param command the command, not null
   * @return the new events, unmodifiable, or the refusal, never null
   */
  public Either<Refusal, java.util.List<CohortEvent>> decide(CohortCommand command) {
    return CohortDecider.decide(this, command).map(List::asJava);
  }

  // --- state used by decisions ------------------------------------------------------------------

  Option<Session> session(String sessionId) {
    return sessions.get(sessionId);
  }

  Vector<Enrolment> enrolments(CaseId caseId) {
    return enrolments.get(caseId).getOrElse(Vector.empty());
  }

  // --- queries ------------------------------------------------------------------------------------

  /**
   * Returns the status.
   *
   * @return the status, never null
   */
  public CohortStatus status() {
    return plan == null ? CohortStatus.NOT_PLANNED : CohortStatus.PLANNED;
  }

  /**
   * Returns how the cohort was planned: its id, municipality and start date.
   *
   * @return the plan, or empty before planning, never null
   */
  public Optional<CohortEvent.CohortPlanned> plan() {
    return Optional.ofNullable(plan);
  }

  /**
   * Returns every event in order.
   *
   * @return the events, unmodifiable, never null
   */
  public java.util.List<CohortEvent> events() {
    return events.asJava();
  }

  /**
   * Returns the number of events: the stream version an append expects.
   *
   * @return the version, zero for a new cohort
   */
  public int version() {
    return events.size();
  }

  /**
   * Returns the sessions in date order (sessions on the same day in the order scheduled).
   *
   * @return the sessions, unmodifiable, never null
   */
  public java.util.List<Session> sessions() {
    return List.ofAll(sessions.values()).sortBy(Session::date).asJava();
  }

  /**
   * Returns the participants enrolled now, in the order they first enrolled.
   *
   * @return the participants, unmodifiable, never null
   */
  public java.util.List<CaseId> participants() {
    return enrolled().asJava();
  }

  private List<CaseId> enrolled() {
    return List.ofAll(enrolments.filterValues(p -> p.last().left() == null).keySet());
  }

  /**
   * Returns whether a participant is enrolled now.
   *
   * @param caseId the participant's case, not null
   * @return true if enrolled and not left since
   */
  public boolean isEnrolled(CaseId caseId) {
    return enrolments(caseId).lastOption().exists(e -> e.left() == null);
  }

  /**
   * Returns whether a participant was enrolled on a day.
   *
   * @param caseId the participant's case, not null
   * @param day the day, not null
   * @return true if a period of enrolment covers the day (the leaving day included)
   */
  public boolean isEnrolledOn(CaseId caseId, LocalDate day) {
    return enrolments(caseId).exists(e -> e.covers(day));
  }

  /**
   * Returns a participant's network: the other participants enrolled now (the memo: networking
   * with the other entrepreneurs is a goal in itself).
   *
   * @param caseId the participant's case, not null
   * @return the others, in the order they first enrolled, unmodifiable, never null
   */
  public java.util.List<CaseId> network(CaseId caseId) {
    return enrolled().remove(caseId).asJava();
  }

  /**
   * Returns the latest attendance record of a participant at a session (corrections win).
   *
   * @param sessionId the session, not null
   * @param caseId the participant's case, not null
   * @return the record, or empty if nothing has been recorded, never null
   */
  public Optional<CohortEvent.AttendanceRecorded> attendance(String sessionId, CaseId caseId) {
    return attendance.get(Tuple.of(sessionId, caseId)).toJavaOptional();
  }

  /**
   * Returns what a participant has attended, as the case's guards consume it: the course topics
   * attended, the guidance and coaching sessions attended, the seminar days attended and held, and
   * the last seminar day held. For a participant never enrolled everything attended is zero.
   *
   * @param caseId the participant's case, not null
   * @return the summary, never null
   */
  public AttendanceSummary attendanceOf(CaseId caseId) {
    java.util.Set<String> courses = new TreeSet<>();
    int guidance = 0;
    int seminarAttended = 0;
    int seminarHeld = 0;
    LocalDate lastSeminarDay = null;
    for (Session s : sessions.values()) {
      boolean attended = attendance.get(Tuple.of(s.sessionId(), caseId)).exists(CohortEvent.AttendanceRecorded::attended);
      switch (s.kind()) {
        case COURSE -> {
          if (attended) {
            s.topic().ifPresent(courses::add);
          }
        }
        case GUIDANCE, COACHING -> guidance += attended ? 1 : 0;
        case SEMINAR_DAY -> {
          if (recordedSessions.contains(s.sessionId())) {
            seminarHeld++;
            seminarAttended += attended ? 1 : 0;
            lastSeminarDay = lastSeminarDay == null || s.date().isAfter(lastSeminarDay) ? s.date() : lastSeminarDay;
          }
        }
      }
    }
    return new AttendanceSummary(courses, guidance, seminarAttended, seminarHeld, Optional.ofNullable(lastSeminarDay));
  }

  /** Two cohorts are equal when they hold the same events. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Cohort other && other.events.equals(events);
  }

  @Override
  public int hashCode() {
    return events.hashCode();
  }

  @Override
  public String toString() {
    return "Cohort[" + (plan == null ? "NOT_PLANNED" : plan.cohortId()) + ", version=" + version() + "]";
  }
}
