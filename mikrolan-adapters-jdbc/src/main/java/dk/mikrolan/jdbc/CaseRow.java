package dk.mikrolan.jdbc;

import dk.mikrolan.identity.AdvisorId;
import dk.mikrolan.identity.CaseId;
import dk.mikrolan.identity.ParticipantId;
import dk.mikrolan.programme.Stage;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A case (sag) as the case list shows it: where it stands, never who the participant is beyond
 * the opaque participant id.
 *
 * @param caseId the case
 * @param municipalityCode the municipality (kommunekode)
 * @param stage the stage after the case's latest event
 * @param cohortId the cohort (hold), once competence development started
 * @param advisorId the advisor (vejleder) who follows the participant
 * @param participantId the participant's opaque id
 * @param referredOn the referral date (henvist)
 * @param lastPosition the event store's global position of the case's latest event
 */
public record CaseRow(
    CaseId caseId,
    String municipalityCode,
    Stage stage,
    Optional<String> cohortId,
    AdvisorId advisorId,
    ParticipantId participantId,
    LocalDate referredOn,
    long lastPosition) {

  /** Checks that nothing is null. */
  public CaseRow {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(municipalityCode, "municipalityCode");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(cohortId, "cohortId");
    Objects.requireNonNull(advisorId, "advisorId");
    Objects.requireNonNull(participantId, "participantId");
    Objects.requireNonNull(referredOn, "referredOn");
  }

  /**
   * Returns the case as the library keys it: municipality and case id.
   *
   * @return the reference, never null
   */
  public dk.mikrolan.identity.CaseRef ref() {
    return dk.mikrolan.identity.CaseRef.of(municipalityCode, caseId);
  }
}
