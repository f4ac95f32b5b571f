package dk.mikrolan.cohort;

import dk.mikrolan.rules.RuleText;
import dk.mikrolan.rules.ViolationKind;

/** The reasons a cohort (hold) refuses a command, each a stable code with Danish and English text. */
public enum CohortRule implements ViolationKind {
  /** The cohort has been planned already. */
  ALREADY_PLANNED("command", "Holdet er allerede planlagt.", "The cohort has already been planned."),
  /** Nothing can happen before the cohort is planned. */
  NOT_PLANNED("command", "Holdet er ikke planlagt.", "The cohort has not been planned."),
  /** A municipality code that is not three digits. */
  MUNICIPALITY_CODE_MALFORMED(
      "municipalityCode",
      "Kommunekoden skal være tre cifre: '%s'.",
      "The municipality code must be three digits: '%s'."),
  /** A session id that is not a short id of letters, digits and {@code . _ : -}. */
  SESSION_ID_MALFORMED(
      "sessionId",
      "Mødets id skal være 1–64 bogstaver, cifre eller . _ : -: '%s'.",
      "The session id must be 1–64 letters, digits or . _ : -: '%s'."),
  /** A session id used before in the cohort. */
  DUPLICATE_SESSION("sessionId", "Holdet har allerede et møde med id %s.", "The cohort already has a session %s."),
  /** A course without a topic. */
  COURSE_TOPIC_MISSING("topic", "Et kursus skal have et emne.", "A course needs a topic."),
  /** A topic on a session that is not a course. */
  TOPIC_ONLY_FOR_COURSES(
      "topic", "Kun kurser har et emne, ikke %s.", "Only courses have a topic, not %s."),
  /** A topic that is not an upper-case code such as ACCOUNTING. */
  TOPIC_MALFORMED(
      "topic",
      "Emnet skal være en kode med store bogstaver, fx ACCOUNTING: '%s'.",
      "The topic must be an upper-case code such as ACCOUNTING: '%s'."),
  /** A session before the cohort's start. */
  SESSION_BEFORE_START(
      "date", "Mødet den %s ligger før holdets start den %s.", "The session on %s is before the cohort starts on %s."),
  /** Enrolling someone who is enrolled. */
  ALREADY_ENROLLED("caseId", "Sag %s er allerede tilmeldt holdet.", "Case %s is already enrolled in the cohort."),
  /** Enrolling again before the day the participant last left. */
  ENROLMENT_BEFORE_LEAVING(
      "date",
      "Sag %s kan tidligst tilmeldes igen den %s, hvor den forlod holdet.",
      "Case %s can be enrolled again on %s, the day it left, at the earliest."),
  /** A participant who is not (or no longer) enrolled. */
  NOT_ENROLLED("caseId", "Sag %s er ikke tilmeldt holdet.", "Case %s is not enrolled in the cohort."),
  /** Leaving before the day of enrolment. */
  LEAVING_BEFORE_ENROLMENT(
      "date",
      "Udmeldelsen den %s ligger før tilmeldingen den %s.",
      "Leaving on %s is before the enrolment on %s."),
  /** A leaving without a reason. */
  REASON_MISSING("reason", "Angiv hvorfor deltageren forlader holdet.", "Say why the participant leaves."),
  /** Attendance for a session the cohort does not have. */
  UNKNOWN_SESSION("sessionId", "Holdet har intet møde med id %s.", "The cohort has no session %s."),
  /** Attendance for someone not enrolled on the session's day. */
  NOT_ENROLLED_ON_SESSION_DATE(
      "caseId",
      "Sag %s var ikke tilmeldt holdet den %s, da mødet blev holdt.",
      "Case %s was not enrolled in the cohort on %s, when the session was held."),
  /** Attendance recorded before the session is held. */
  RECORDED_BEFORE_SESSION(
      "date",
      "Fremmøde kan først registreres på mødets dag, %s.",
      "Attendance can be recorded on the session's day, %s, at the earliest."),
  /** A plan for another municipality than the one whose cohort it is. */
  MUNICIPALITY_MISMATCH("municipalityCode", "Kommunekoden %s passer ikke til holdets kommune %s.",
      "The municipality code %s does not match the cohort's municipality %s.");

  private final RuleText text;

  CohortRule(String field, String danish, String english) {
    this.text = new RuleText(field, danish, english);
  }

  @Override
  public RuleText text() {
    return text;
  }
}
