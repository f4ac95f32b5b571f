package dk.mikrolan.programme;

import dk.mikrolan.identity.CaseId;
import dk.mikrolan.identity.ParticipantId;
import dk.mikrolan.rules.Text;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A decision letter as a structured document, handed to the host's {@link LetterPort} (Digital
 * Post, print). The recipient is the participant's opaque id: the host resolves the address, and
 * no CPR number is ever on the letter's outside (CPR-loven § 54).
 *
 * @param recipient the participant
 * @param recipientName the participant's name
 * @param municipalityName the sending municipality
 * @param caseId the case
 * @param journalReference the municipality's journal reference (such as a KLE number)
 * @param date the date of the decision
 * @param subject the subject line
 * @param body the decision itself
 * @param justification the justification, when the request is not fully granted
 * @param complaintGuidance the complaint guidance, when the request is not fully granted
 */
public record DecisionLetter(
    ParticipantId recipient,
    String recipientName,
    String municipalityName,
    CaseId caseId,
    String journalReference,
    LocalDate date,
    Text subject,
    Text body,
    Optional<Text> justification,
    Optional<Text> complaintGuidance) {

  /** Checks the letter. */
  public DecisionLetter {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(justification, "justification");
    Objects.requireNonNull(complaintGuidance, "complaintGuidance");
  }

  /**
   * Renders the whole letter in Danish, as it is sent.
   *
   * @return the text, never null
   */
  public String danishText() {
    StringBuilder b = new StringBuilder();
    b.append(municipalityName).append('\n');
    b.append("Sag: ").append(caseId);
    if (!journalReference.isBlank()) {
      b.append(", journalnr. ").append(journalReference);
    }
    b.append('\n').append("Dato: ").append(date).append("\n\n");
    b.append("Til ").append(recipientName).append("\n\n");
    b.append(subject.danish()).append("\n\n").append(body.danish()).append('\n');
    justification.ifPresent(j -> b.append('\n').append(j.danish()));
    complaintGuidance.ifPresent(c -> b.append('\n').append(c.danish()));
    return b.toString();
  }
}
