package dk.mikrolan.read;

import dk.mikrolan.identity.AdvisorId;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.identity.ParticipantId;
import dk.mikrolan.programme.Stage;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A case (sag) as a list shows it: where it stands and who follows it, never who the participant
 * is beyond the opaque participant id (no CPR number, no name).
 *
 * @param ref the case: municipality (kommunekode) and the municipality's case id
 * @param stage the stage after the case's latest event
 * @param cohortId the cohort (hold), once competence development started
 * @param advisor the advisor (vejleder) who follows the participant
 * @param participant the participant's opaque id
 * @param referredOn the date of the referral (henvisning)
 */
public record CaseSummary(
    CaseRef ref, Stage stage, Optional<String> cohortId, AdvisorId advisor, ParticipantId participant,
    LocalDate referredOn) {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a component is null
   */
  public CaseSummary {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(cohortId, "cohortId");
    Objects.requireNonNull(advisor, "advisor");
    Objects.requireNonNull(participant, "participant");
    Objects.requireNonNull(referredOn, "referredOn");
  }
}
