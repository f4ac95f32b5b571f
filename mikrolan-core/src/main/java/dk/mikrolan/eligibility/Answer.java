package dk.mikrolan.eligibility;

/** An applicant's own answer to a yes-or-no question (ja / nej / ikke besvaret). */
public enum Answer {
  /** Yes (ja). */
  YES,
  /** No (nej). */
  NO,
  /** Not answered yet, or the answer is not known (ikke besvaret); never read as yes or no. */
  UNKNOWN
}
