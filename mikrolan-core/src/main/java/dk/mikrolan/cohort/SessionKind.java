package dk.mikrolan.cohort;

/**
 * The kinds of session a cohort holds (the memo's competence development and final seminar).
 * Guidance and coaching count together towards the policy's minimum of guidance sessions.
 */
public enum SessionKind {
  /** A joint course (fælles kursus) on a topic such as accounting, tax, VAT or insurance. */
  COURSE,
  /** Personal guidance (personlig vejledning) or financial advice. */
  GUIDANCE,
  /** Business coaching (forretningscoaching). */
  COACHING,
  /** One day of the final seminar (afsluttende seminar), where the loan decision is taken. */
  SEMINAR_DAY
}
