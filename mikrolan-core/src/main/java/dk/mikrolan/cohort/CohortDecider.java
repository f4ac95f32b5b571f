package dk.mikrolan.cohort;

import static dk.mikrolan.cohort.CohortRule.*;

import dk.mikrolan.rules.Refusal;
import dk.mikrolan.rules.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.util.regex.Pattern;

/** The decisions of {@link Cohort}: which commands it accepts, and the events they cause. */
final class CohortDecider {

  private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
  // Topics are codes, as the policy's mandatory courses are (ACCOUNTING, TAX, VAT, INSURANCE), so
  // that "attended every mandatory course" is a plain set comparison.
  private static final Pattern TOPIC = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

  private CohortDecider() {}

  static Either<Refusal, List<CohortEvent>> decide(Cohort cohort, CohortCommand command) {
    if (command instanceof CohortCommand.Plan plan) {
      Vector<Violation> problems = Vector.empty();
      if (cohort.status() != CohortStatus.NOT_PLANNED) {
        problems = problems.append(ALREADY_PLANNED.violation());
      }
      if (!dk.mikrolan.identity.MunicipalityCode.isValid(plan.municipalityCode())) {
        problems = problems.append(MUNICIPALITY_CODE_MALFORMED.violation(plan.municipalityCode()));
      }
      return outcome(cohort, problems,
          new CohortEvent.CohortPlanned(plan.cohortId(), plan.municipalityCode(), plan.startDate()));
    }
    if (cohort.status() == CohortStatus.NOT_PLANNED) {
      return Either.left(new Refusal(cohort.status().name(), Vector.of(NOT_PLANNED.violation())));
    }
    if (command instanceof CohortCommand.ScheduleSession s) {
      return outcome(cohort, schedule(cohort, s),
          new CohortEvent.SessionScheduled(s.sessionId(), s.kind(), s.topic(), s.date()));
    } else if (command instanceof CohortCommand.Enrol e) {
      return outcome(cohort, enrol(cohort, e), new CohortEvent.ParticipantEnrolled(e.caseId(), e.date()));
    } else if (command instanceof CohortCommand.Leave l) {
      return outcome(cohort, leave(cohort, l), new CohortEvent.ParticipantLeft(l.caseId(), l.date(), l.reason()));
    } else if (command instanceof CohortCommand.RecordAttendance r) {
      return outcome(cohort, attendance(cohort, r),
          new CohortEvent.AttendanceRecorded(r.sessionId(), r.caseId(), r.attended(), r.note(), r.date()));
    }
    throw new IllegalArgumentException("Unknown command " + command.getClass().getName());
  }

  private static Vector<Violation> schedule(Cohort cohort, CohortCommand.ScheduleSession s) {
    Vector<Violation> problems = Vector.empty();
    if (dk.mikrolan.identity.Cpr.mayAppearIn(s.sessionId())) {
      // Never repeated, and never stored: it has the shape of a CPR number.
      problems = problems.append(SESSION_ID_MALFORMED.violation("—"));
    } else if (!SESSION_ID.matcher(s.sessionId()).matches()) {
      problems = problems.append(SESSION_ID_MALFORMED.violation(s.sessionId()));
    } else if (cohort.session(s.sessionId()).isDefined()) {
      problems = problems.append(DUPLICATE_SESSION.violation(s.sessionId()));
    }
    if (s.kind() == SessionKind.COURSE && s.topic().isEmpty()) {
      problems = problems.append(COURSE_TOPIC_MISSING.violation());
    } else if (s.kind() != SessionKind.COURSE && s.topic().isPresent()) {
      problems = problems.append(TOPIC_ONLY_FOR_COURSES.violation(s.kind().name()));
    } else if (s.topic().isPresent() && !TOPIC.matcher(s.topic().get()).matches()) {
      problems = problems.append(TOPIC_MALFORMED.violation(s.topic().get()));
    }
    var start = cohort.plan().get().startDate();
    if (s.date().isBefore(start)) {
      problems = problems.append(SESSION_BEFORE_START.violation(s.date(), start));
    }
    return problems;
  }

  private static Vector<Violation> enrol(Cohort cohort, CohortCommand.Enrol e) {
    Vector<Cohort.Enrolment> periods = cohort.enrolments(e.caseId());
    if (periods.isEmpty()) {
      return Vector.empty();
    }
    Cohort.Enrolment last = periods.last();
    if (last.left() == null) {
      return Vector.of(ALREADY_ENROLLED.violation(e.caseId()));
    }
    return e.date().isBefore(last.left())
        ? Vector.of(ENROLMENT_BEFORE_LEAVING.violation(e.caseId(), last.left()))
        : Vector.empty();
  }

  private static Vector<Violation> leave(Cohort cohort, CohortCommand.Leave l) {
    Vector<Violation> problems = l.reason().isBlank() ? Vector.of(REASON_MISSING.violation()) : Vector.empty();
    if (!cohort.isEnrolled(l.caseId())) {
      return problems.append(NOT_ENROLLED.violation(l.caseId()));
    }
    var from = cohort.enrolments(l.caseId()).last().from();
    return l.date().isBefore(from) ? problems.append(LEAVING_BEFORE_ENROLMENT.violation(l.date(), from)) : problems;
  }

  private static Vector<Violation> attendance(Cohort cohort, CohortCommand.RecordAttendance r) {
    var session = cohort.session(r.sessionId());
    if (session.isEmpty()) {
      return Vector.of(UNKNOWN_SESSION.violation(r.sessionId()));
    }
    Vector<Violation> problems = Vector.empty();
    var day = session.get().date();
    if (!cohort.isEnrolledOn(r.caseId(), day)) {
      problems = problems.append(NOT_ENROLLED_ON_SESSION_DATE.violation(r.caseId(), day));
    }
    if (r.date().isBefore(day)) {
      problems = problems.append(RECORDED_BEFORE_SESSION.violation(day));
    }
    return problems;
  }

  private static Either<Refusal, List<CohortEvent>> outcome(
      Cohort cohort, Vector<Violation> problems, CohortEvent event) {
    return problems.isEmpty()
        ? Either.right(List.of(event))
        : Either.left(new Refusal(cohort.status().name(), problems));
  }
}
