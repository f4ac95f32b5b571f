package dk.mikrolan.usecase;

/**
 * What the shell does when another writer changed a stream between loading and appending.
 */
public enum OnConflict {
  /**
   * Load again, decide again and append again, a bounded number of times. For commands that record
   * facts of the world (a bank payment, attendance, a note): the fact stands whatever else was
   * written meanwhile, so deciding it on the newer state is what the caller meant.
   */
  DECIDE_AGAIN,
  /**
   * Hand the conflict back to the caller. For decisions (an approval, a rejection, a stage change,
   * a deferral, a write-off, a reversal): the caller decided on a state that is no longer current
   * and must look again; deciding again behind their back could decide something they never saw.
   */
  REPORT
}
