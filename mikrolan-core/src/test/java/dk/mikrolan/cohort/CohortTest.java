package dk.mikrolan.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import dk.mikrolan.identity.CaseId;
import dk.mikrolan.rules.Refusal;
import java.util.List;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Examples of a cohort (hold): sessions, enrolment, attendance and its corrections. */
class CohortTest {

  private static final LocalDate START = LocalDate.of(2026, 3, 2);
  private static final CaseId ANNA = CaseId.of("2026-0001");
  private static final CaseId BO = CaseId.of("2026-0002");
  private static final CaseId CARL = CaseId.of("2026-0003");

  private Cohort cohort = Cohort.empty();

  private List<CohortEvent> accept(CohortCommand command) {
    Either<Refusal, List<CohortEvent>> outcome = cohort.decide(command);
    assertThat(outcome.isRight()).as("%s", outcome).isTrue();
    cohort = cohort.evolveAll(outcome.get());
    return outcome.get();
  }

  private Refusal refuse(CohortCommand command) {
    Either<Refusal, List<CohortEvent>> outcome = cohort.decide(command);
    assertThat(outcome.isLeft()).as("%s", outcome).isTrue();
    assertThat(outcome.getLeft().reasons()).isNotEmpty();
    return outcome.getLeft();
  }

  private void planned() {
    accept(new CohortCommand.Plan(CohortId.of("751-2026-F"), "751", START));
  }

  private void attend(String session, CaseId who, boolean attended, LocalDate on) {
    accept(new CohortCommand.RecordAttendance(session, who, attended, "", on));
  }

  @Test
  void refusesEverythingBeforeItIsPlanned() {
    Refusal r = refuse(new CohortCommand.Enrol(ANNA, START));
    assertThat(r.state()).isEqualTo("NOT_PLANNED");
    assertThat(r.hasReason("NOT_PLANNED")).isTrue();
  }

  @Test
  void refusesASecondPlanAndAMalformedMunicipalityCodeTogether() {
    planned();
    Refusal r = refuse(new CohortCommand.Plan(CohortId.of("x"), "75", START));
    assertThat(r.state()).isEqualTo("PLANNED");
    assertThat(r.reasons().map(v -> v.code())).containsExactly("ALREADY_PLANNED", "MUNICIPALITY_CODE_MALFORMED");
  }

  @Test
  void refusesDuplicateSessionIdsAndTopicsThatDoNotFit() {
    planned();
    accept(CohortCommand.ScheduleSession.course("K1", "ACCOUNTING", START.plusDays(7)));
    assertThat(refuse(CohortCommand.ScheduleSession.course("K1", "TAX", START.plusDays(8))).hasReason("DUPLICATE_SESSION"))
        .isTrue();
    assertThat(refuse(CohortCommand.ScheduleSession.of("K2", SessionKind.COURSE, START)).hasReason("COURSE_TOPIC_MISSING"))
        .isTrue();
    assertThat(refuse(new CohortCommand.ScheduleSession("G1", SessionKind.GUIDANCE, Optional.of("TAX"), START))
        .hasReason("TOPIC_ONLY_FOR_COURSES")).isTrue();
    assertThat(refuse(CohortCommand.ScheduleSession.course("K3", "moms", START)).hasReason("TOPIC_MALFORMED")).isTrue();
    Refusal early = refuse(CohortCommand.ScheduleSession.of("bad id", SessionKind.COACHING, START.minusDays(1)));
    assertThat(early.reasons().map(v -> v.code())).containsExactly("SESSION_ID_MALFORMED", "SESSION_BEFORE_START");
  }

  @Test
  void recordsAttendanceOnlyForEnrolledParticipantsOnOrAfterTheSessionDay() {
    planned();
    accept(CohortCommand.ScheduleSession.course("K1", "VAT", START.plusDays(7)));
    accept(new CohortCommand.Enrol(ANNA, START));
    assertThat(refuse(new CohortCommand.RecordAttendance("K1", ANNA, true, "", START.plusDays(6)))
        .hasReason("RECORDED_BEFORE_SESSION")).isTrue();
    assertThat(refuse(new CohortCommand.RecordAttendance("K1", BO, true, "", START.plusDays(7)))
        .hasReason("NOT_ENROLLED_ON_SESSION_DATE")).isTrue();
    assertThat(refuse(new CohortCommand.RecordAttendance("K9", ANNA, true, "", START.plusDays(7)))
        .hasReason("UNKNOWN_SESSION")).isTrue();
    attend("K1", ANNA, true, START.plusDays(7));
    assertThat(cohort.attendanceOf(ANNA).coursesAttended()).containsExactly("VAT");
  }

  @Test
  void refusesAttendanceForSomeoneWhoEnrolledAfterTheSession() {
    planned();
    accept(CohortCommand.ScheduleSession.of("G1", SessionKind.GUIDANCE, START.plusDays(1)));
    accept(new CohortCommand.Enrol(BO, START.plusDays(2)));
    Refusal r = refuse(new CohortCommand.RecordAttendance("G1", BO, true, "", START.plusDays(3)));
    assertThat(r.reasons().map(v -> v.code())).containsExactly("NOT_ENROLLED_ON_SESSION_DATE");
  }

  @Test
  void keepsAttendanceOfAParticipantWhoLeftForSessionsUpToTheLeavingDay() {
    planned();
    accept(CohortCommand.ScheduleSession.of("G1", SessionKind.GUIDANCE, START.plusDays(5)));
    accept(CohortCommand.ScheduleSession.of("G2", SessionKind.GUIDANCE, START.plusDays(9)));
    accept(new CohortCommand.Enrol(ANNA, START));
    accept(new CohortCommand.Leave(ANNA, START.plusDays(5), "found a job"));
    attend("G1", ANNA, true, START.plusDays(20)); // recorded late, still on an enrolled day
    assertThat(refuse(new CohortCommand.RecordAttendance("G2", ANNA, true, "", START.plusDays(20)))
        .hasReason("NOT_ENROLLED_ON_SESSION_DATE")).isTrue();
    assertThat(cohort.attendanceOf(ANNA).guidanceSessionsAttended()).isEqualTo(1);
    assertThat(cohort.participants()).isEmpty();
  }

  @Test
  void aLaterRecordCorrectsAttendanceAndNothingIsDeleted() {
    planned();
    accept(CohortCommand.ScheduleSession.of("C1", SessionKind.COACHING, START.plusDays(3)));
    accept(new CohortCommand.Enrol(ANNA, START));
    attend("C1", ANNA, true, START.plusDays(3));
    attend("C1", ANNA, false, START.plusDays(4));
    assertThat(cohort.attendanceOf(ANNA).guidanceSessionsAttended()).isZero();
    attend("C1", ANNA, true, START.plusDays(5));
    assertThat(cohort.attendanceOf(ANNA).guidanceSessionsAttended()).isEqualTo(1);
    assertThat(cohort.events().stream().filter(e -> e instanceof CohortEvent.AttendanceRecorded)).hasSize(3);
  }

  @Test
  void summarisesCoursesGuidanceAndTheSeminarDaysHeld() {
    planned();
    accept(CohortCommand.ScheduleSession.course("K-ACC", "ACCOUNTING", START.plusDays(7)));
    accept(CohortCommand.ScheduleSession.course("K-TAX", "TAX", START.plusDays(14)));
    accept(CohortCommand.ScheduleSession.of("G1", SessionKind.GUIDANCE, START.plusDays(10)));
    accept(CohortCommand.ScheduleSession.of("C1", SessionKind.COACHING, START.plusDays(11)));
    for (int day = 1; day <= 4; day++) {
      accept(CohortCommand.ScheduleSession.of("S" + day, SessionKind.SEMINAR_DAY, START.plusDays(90 + day)));
    }
    accept(new CohortCommand.Enrol(ANNA, START));
    accept(new CohortCommand.Enrol(BO, START));
    attend("K-ACC", ANNA, true, START.plusDays(7));
    attend("K-TAX", ANNA, false, START.plusDays(14));
    attend("G1", ANNA, true, START.plusDays(10));
    attend("C1", ANNA, true, START.plusDays(11));
    attend("S1", ANNA, true, START.plusDays(91));
    attend("S2", BO, true, START.plusDays(92));
    attend("S3", ANNA, true, START.plusDays(93));

    AttendanceSummary anna = cohort.attendanceOf(ANNA);
    assertThat(anna.coursesAttended()).isEqualTo(Set.of("ACCOUNTING"));
    assertThat(anna.guidanceSessionsAttended()).isEqualTo(2);
    assertThat(anna.seminarDaysHeld()).isEqualTo(3); // S4 has no record yet: not held
    assertThat(anna.seminarDaysAttended()).isEqualTo(2);
    assertThat(anna.seminarEnded()).contains(START.plusDays(93));
    assertThat(cohort.attendanceOf(CARL)).isEqualTo(
        new AttendanceSummary(Set.of(), 0, 0, 3, Optional.of(START.plusDays(93))));
  }

  @Test
  void theOtherCurrentParticipantsAreTheNetwork() {
    planned();
    accept(new CohortCommand.Enrol(ANNA, START));
    accept(new CohortCommand.Enrol(BO, START));
    accept(new CohortCommand.Enrol(CARL, START.plusDays(1)));
    accept(new CohortCommand.Leave(BO, START.plusDays(30), "withdrew"));
    assertThat(cohort.network(ANNA)).containsExactly(CARL);
    assertThat(cohort.participants()).containsExactly(ANNA, CARL);
    assertThat(cohort.isEnrolledOn(BO, START.plusDays(30))).isTrue();
    assertThat(cohort.isEnrolledOn(BO, START.plusDays(31))).isFalse();
  }

  @Test
  void refusesDoubleEnrolmentAndLeavingWithoutAReason() {
    planned();
    accept(new CohortCommand.Enrol(ANNA, START.plusDays(3)));
    assertThat(refuse(new CohortCommand.Enrol(ANNA, START.plusDays(4))).hasReason("ALREADY_ENROLLED")).isTrue();
    Refusal r = refuse(new CohortCommand.Leave(ANNA, START.plusDays(2), " "));
    assertThat(r.reasons().map(v -> v.code())).containsExactly("REASON_MISSING", "LEAVING_BEFORE_ENROLMENT");
    assertThat(refuse(new CohortCommand.Leave(BO, START, "x")).hasReason("NOT_ENROLLED")).isTrue();
  }

  @Test
  void enrolsAgainFromTheDayOfLeaving() {
    planned();
    accept(new CohortCommand.Enrol(ANNA, START));
    accept(new CohortCommand.Leave(ANNA, START.plusDays(10), "ill"));
    assertThat(refuse(new CohortCommand.Enrol(ANNA, START.plusDays(9))).hasReason("ENROLMENT_BEFORE_LEAVING")).isTrue();
    accept(new CohortCommand.Enrol(ANNA, START.plusDays(20)));
    assertThat(cohort.isEnrolledOn(ANNA, START.plusDays(15))).isFalse();
    assertThat(cohort.isEnrolledOn(ANNA, START.plusDays(25))).isTrue();
  }

  @Test
  void replayGivesTheSameCohortAndSessionsComeInDateOrder() {
    planned();
    accept(CohortCommand.ScheduleSession.of("late", SessionKind.GUIDANCE, START.plusDays(20)));
    accept(CohortCommand.ScheduleSession.of("early", SessionKind.GUIDANCE, START.plusDays(2)));
    accept(new CohortCommand.Enrol(ANNA, START));
    attend("early", ANNA, true, START.plusDays(2));
    Cohort replayed = Cohort.replay(cohort.events());
    assertThat(replayed).isEqualTo(cohort);
    assertThat(replayed.attendanceOf(ANNA)).isEqualTo(cohort.attendanceOf(ANNA));
    assertThat(replayed.sessions().stream().map(Session::sessionId)).containsExactly("early", "late");
    assertThat(replayed.version()).isEqualTo(5);
    assertThat(Cohort.streamId("751", CohortId.of("2026-F")).toString()).isEqualTo("cohort/751:2026-F");
  }

  @Test
  void refusalTextsAreDanishAndEnglish() {
    planned();
    Refusal r = refuse(new CohortCommand.Leave(ANNA, START, "moved"));
    assertThat(r.reasons().head().danish()).isEqualTo("Sag 2026-0001 er ikke tilmeldt holdet.");
    assertThat(r.reasons().head().english()).isEqualTo("Case 2026-0001 is not enrolled in the cohort.");
  }
}
