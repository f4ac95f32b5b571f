package dk.mikrolan.policy;

import java.util.Objects;

/**
 * Complaint guidance (klagevejledning) that a written decision not fully granting the request must
 * carry (forvaltningsloven § 25): where to complain, how, and by when. Configured per
 * municipality in its policy, never hard-coded.
 *
 * @param appealBody the body that hears the complaint, such as {@code Ankestyrelsen}
 * @param howToComplainDanish how to complain, in Danish, for the letter
 * @param howToComplainEnglish how to complain, in English
 * @param deadlineWeeks the complaint deadline in weeks from receipt of the decision
 */
public record ComplaintGuidance(
    String appealBody, String howToComplainDanish, String howToComplainEnglish, int deadlineWeeks) {

  /** Checks the guidance. */
  public ComplaintGuidance {
    Objects.requireNonNull(appealBody, "appealBody");
    Objects.requireNonNull(howToComplainDanish, "howToComplainDanish");
    Objects.requireNonNull(howToComplainEnglish, "howToComplainEnglish");
    if (appealBody.isBlank() || howToComplainDanish.isBlank() || deadlineWeeks < 1) {
      throw new IllegalArgumentException("Complaint guidance needs an appeal body, a procedure and a deadline");
    }
  }
}
