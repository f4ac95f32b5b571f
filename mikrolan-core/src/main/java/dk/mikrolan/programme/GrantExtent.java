package dk.mikrolan.programme;

/**
 * How far a decision grants the application ({@link LoanApplication#extentOf}): fully, in part or
 * not at all.
 *
 * <p>It decides what the letter must carry. Only a decision that gives the participant full
 * support (fuldt ud medhold) may go without a justification (begrundelse, forvaltningsloven
 * § 22) and without complaint guidance (klagevejledning, § 25); a partial grant and a refusal need
 * both.
 */
public enum GrantExtent {
  /** The amount and the repayment asked for, exactly. */
  FULL,
  /** A loan, but not the one asked for: another amount, or another repayment plan or frequency. */
  PARTIAL,
  /** No loan. */
  NONE;

  /**
   * Returns whether a written decision to this extent must be justified (forvaltningsloven § 22).
   *
   * @return false only for {@link #FULL}
   */
  public boolean needsJustification() {
    return this != FULL;
  }

  /**
   * Returns whether a written decision to this extent must carry complaint guidance
   * (forvaltningsloven § 25).
   *
   * @return false only for {@link #FULL}
   */
  public boolean needsComplaintGuidance() {
    return this != FULL;
  }
}
