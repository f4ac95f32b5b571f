package dk.mikrolan.policy;

import dk.mikrolan.rules.InvalidInputException;
import dk.mikrolan.rules.Violation;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.Objects;

/**
 * Complaint guidance (klagevejledning) that a written decision not fully granting the request must
 * carry (forvaltningsloven § 25): where to complain, how, and by when. Configured per
 * municipality in its policy, never hard-coded.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param appealBody the body that hears the complaint, such as {@code Ankestyrelsen}
 * @param howToComplainDanish how to complain, in Danish, for the letter
 * @param howToComplainEnglish how to complain, in English
 * @param deadlineWeeks the complaint deadline in weeks from receipt of the decision
 */
public record ComplaintGuidance(
    String appealBody, String howToComplainDanish, String howToComplainEnglish, int deadlineWeeks) {

  /**
   * Checks the guidance.
   *
   * @throws InvalidInputException listing every {@link PolicyViolation} if a text is blank or the
   *     deadline is below one week
   */
  public ComplaintGuidance {
    Objects.requireNonNull(appealBody, "appealBody");
    Objects.requireNonNull(howToComplainDanish, "howToComplainDanish");
    Objects.requireNonNull(howToComplainEnglish, "howToComplainEnglish");
    Seq<Violation> problems = violations(appealBody, howToComplainDanish, howToComplainEnglish, deadlineWeeks);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** Returns every way the parts of a guidance are unusable in a letter. */
  static Seq<Violation> violations(
      String appealBody, String howToComplainDanish, String howToComplainEnglish, int deadlineWeeks) {
    Vector<Violation> problems = Vector.empty();
    if (appealBody.isBlank()) {
      problems = problems.append(PolicyViolation.COMPLAINT_APPEAL_BODY_BLANK.violation());
    }
    if (howToComplainDanish.isBlank()) {
      problems = problems.append(PolicyViolation.COMPLAINT_PROCEDURE_DANISH_BLANK.violation());
    }
    if (howToComplainEnglish.isBlank()) {
      problems = problems.append(PolicyViolation.COMPLAINT_PROCEDURE_ENGLISH_BLANK.violation());
    }
    if (deadlineWeeks < 1) {
      problems = problems.append(PolicyViolation.COMPLAINT_DEADLINE_NOT_POSITIVE.violation(deadlineWeeks));
    }
    return problems;
  }
}
