package dk.mikrolan.eligibility;

/** The overall result of an eligibility evaluation. */
public enum EligibilityStatus {
  /** Every rule passed (egnet). */
  ELIGIBLE,
  /** At least one rule failed (ikke egnet), whatever the others say. */
  NOT_ELIGIBLE,
  /** No rule failed, but at least one is not yet assessed (ikke færdigvurderet). */
  INCOMPLETE
}
