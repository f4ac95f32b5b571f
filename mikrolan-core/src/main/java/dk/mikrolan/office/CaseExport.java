package dk.mikrolan.office;

import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.identity.Cpr;
import dk.mikrolan.identity.ParticipantRef;
import dk.mikrolan.port.CprAccess;
import dk.mikrolan.programme.DecisionLetter;
import java.util.List;
import java.util.Objects;

/**
 * Everything a case holds, gathered for a request for access (aktindsigt; GDPR art. 15) by {@link
 * Mikrolan#exportCase}: nothing is left out, so the caseworker reviews what may be exempt.
 *
 * @param ref the case
 * @param participant the participant
 * @param cpr the participant's CPR number (its reading for the export is in the access log)
 * @param events every event of the case, in order
 * @param letters the decision letters written, in order
 * @param cprReadings the access log of the participant's CPR number before this export
 */
public record CaseExport(CaseRef ref, ParticipantRef participant, Cpr cpr, List<Object> events,
    List<DecisionLetter> letters, List<CprAccess> cprReadings) {

  /** Checks the parts and copies the lists. */
  public CaseExport {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(participant, "participant");
    Objects.requireNonNull(cpr, "cpr");
    events = List.copyOf(events);
    letters = List.copyOf(letters);
    cprReadings = List.copyOf(cprReadings);
  }

  /** Names the case and counts its parts; the CPR number stays masked. */
  @Override
  public String toString() {
    return "CaseExport[" + ref + ", " + participant + ", cpr=" + cpr + ", " + events.size() + " events, "
        + letters.size() + " letters, " + cprReadings.size() + " CPR readings]";
  }
}
