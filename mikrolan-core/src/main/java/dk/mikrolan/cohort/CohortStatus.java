package dk.mikrolan.cohort;

/** Where a cohort (hold) stands; a refusal names it. */
public enum CohortStatus {
  /** No cohort has been planned on the stream yet. */
  NOT_PLANNED,
  /** The cohort is planned: sessions, participants and attendance can be added. */
  PLANNED
}
