package dk.mikrolan.policy;

import java.time.LocalDate;
import java.util.Objects;

/** A fact in a municipality's policy history: a version adopted. Versions are never deleted. */
public sealed interface PolicyEvent {

  /**
   * Returns the date of the event.
   *
   * @return the date, never null
   */
  LocalDate date();

  /**
   * A policy version was adopted, to be in force from its {@code validFrom}.
   *
   * @param policy the version
   * @param adoptedBy who adopted it (the committee or official)
   * @param date the date of adoption
   */
  record VersionAdopted(ProgrammePolicy policy, String adoptedBy, LocalDate date) implements PolicyEvent {
    /** Checks the event. */
    public VersionAdopted {
      Objects.requireNonNull(policy, "policy");
      Objects.requireNonNull(adoptedBy, "adoptedBy");
      Objects.requireNonNull(date, "date");
    }
  }
}
