package dk.mikrolan.port;

import dk.mikrolan.identity.ParticipantId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the CPR access log: whose number was read, by whom, why, for which request and when.
 * Never the number itself.
 *
 * @param municipalityCode the participant's municipality; empty for a row from before version 0.2
 *     whose participant was registered in several municipalities
 * @param participantId the participant
 * @param actor who read it
 * @param purpose the stated purpose
 * @param correlationId the request
 * @param accessedAt when
 */
public record CprAccess(Optional<String> municipalityCode, ParticipantId participantId, String actor, String purpose,
    String correlationId, Instant accessedAt) {

  /** Checks the parts are present. */
  public CprAccess {
    Objects.requireNonNull(municipalityCode, "municipalityCode");
    Objects.requireNonNull(participantId, "participantId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(correlationId, "correlationId");
    Objects.requireNonNull(accessedAt, "accessedAt");
  }
}
