package dk.mikrolan.programme;

import dk.mikrolan.identity.MunicipalityCode;
import java.util.Objects;

/**
 * A decision letter as the outbox hands it over: its stable id, the municipality whose decision it
 * is, and the letter. The recipient is the letter's participant id in that municipality (a
 * participant id is the municipality's own), never a CPR number: the host looks the address up by
 * both, under the municipality's sender.
 *
 * @param id the letter's id, the same on every hand-over of this letter
 * @param municipalityCode the municipality (kommunekode) whose decision it is
 * @param letter the letter
 */
public record OutboxLetter(String id, String municipalityCode, DecisionLetter letter) {

  /** Checks the parts. */
  public OutboxLetter {
    Objects.requireNonNull(id, "id");
    MunicipalityCode.require(Objects.requireNonNull(municipalityCode, "municipalityCode"));
    Objects.requireNonNull(letter, "letter");
  }
}
