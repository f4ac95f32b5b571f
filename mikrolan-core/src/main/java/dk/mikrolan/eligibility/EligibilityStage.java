package dk.mikrolan.eligibility;

/**
 * When in the programme an eligibility rule is decided: at rough sorting (grov sortering) from
 * facts the applicant gives, or in the advisor's assessment (vejlederens vurdering) after the café
 * meetings, where each criterion is scored on the policy's scale.
 */
public enum EligibilityStage {
  /** Rough sorting (grov sortering): the memo's step 1, decided from facts the applicant gives. */
  SCREENING,
  /** The advisor's assessment (vurdering) after the café meetings, scored criterion by criterion. */
  ASSESSMENT
}
