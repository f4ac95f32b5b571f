package dk.mikrolan.office;

import dk.mikrolan.disclosure.ReviewItem;
import dk.mikrolan.disclosure.ReviewPackage;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.identity.Cpr;
import dk.mikrolan.identity.ParticipantRef;
import dk.mikrolan.port.CprAccess;
import dk.mikrolan.programme.DecisionLetter;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything a case holds, gathered for a request for access (aktindsigt; GDPR art. 15) by {@link
 * Mikrolan#exportCase}: nothing is left out, so the caseworker reviews what may be exempt.
 *
 * @param ref the case
 * @param participant the participant
 * @param cpr the participant's CPR number (its reading for the export is in the access log)
 * @param name the participant's name as referred
 * @param purpose the request for access the export answers, as logged
 * @param exportedOn the day of the export, by the entry point's clock
 * @param events every event of the case, in order
 * @param letters the decision letters written, in order
 * @param cprReadings the access log of the participant's CPR number before this export
 * @param items the review package: every record of the case, its loan, its cohort, its aid, its
 *     letters and its CPR readings, each marked where it may be exempt ({@link ReviewPackage})
 */
public record CaseExport(CaseRef ref, ParticipantRef participant, Cpr cpr, String name, String purpose,
    LocalDate exportedOn, List<Object> events, List<DecisionLetter> letters, List<CprAccess> cprReadings,
    List<ReviewItem> items) {

  /** Checks the parts and copies the lists. */
  public CaseExport {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(participant, "participant");
    Objects.requireNonNull(cpr, "cpr");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(exportedOn, "exportedOn");
    events = List.copyOf(events);
    letters = List.copyOf(letters);
    cprReadings = List.copyOf(cprReadings);
    items = List.copyOf(items);
  }

  /** Names the case and counts its parts; the CPR number stays masked. */
  @Override
  public String toString() {
    return "CaseExport[" + ref + ", " + participant + ", cpr=" + cpr + ", " + events.size() + " events, "
        + letters.size() + " letters, " + cprReadings.size() + " CPR readings, " + items.size() + " items]";
  }
}
