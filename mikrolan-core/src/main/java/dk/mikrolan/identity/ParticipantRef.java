package dk.mikrolan.identity;

import java.util.Objects;

/**
 * A participant as the CPR directory keys it: the municipality (kommunekode) and the id the
 * municipality gave the participant. Two municipalities may use the same participant id.
 *
 * @param municipalityCode the municipality's three-digit code
 * @param participantId the municipality's id of the participant
 */
public record ParticipantRef(String municipalityCode, ParticipantId participantId) {

  /** Checks the parts. */
  public ParticipantRef {
    MunicipalityCode.require(Objects.requireNonNull(municipalityCode, "municipalityCode"));
    Objects.requireNonNull(participantId, "participantId");
  }

  /** Returns {@code <kommunekode>:<participant id>}. */
  @Override
  public String toString() {
    return municipalityCode + ":" + participantId.value();
  }
}
