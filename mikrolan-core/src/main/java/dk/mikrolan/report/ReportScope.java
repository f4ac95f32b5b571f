package dk.mikrolan.report;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which cases a report covers: a municipality, a cohort, and cases referred in a period. Empty
 * parts do not restrict.
 *
 * @param municipalityCode the municipality (kommunekode)
 * @param cohortId the cohort (hold)
 * @param referredFrom the first referral date included
 * @param referredTo the last referral date included
 */
public record ReportScope(
    Optional<String> municipalityCode, Optional<String> cohortId, Optional<LocalDate> referredFrom,
    Optional<LocalDate> referredTo) {

  /** Every case. */
  public static final ReportScope ALL = new ReportScope(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  /** Checks the scope. */
  public ReportScope {
    Objects.requireNonNull(municipalityCode, "municipalityCode");
    Objects.requireNonNull(cohortId, "cohortId");
    Objects.requireNonNull(referredFrom, "referredFrom");
    Objects.requireNonNull(referredTo, "referredTo");
  }

  /**
   * Returns a scope of one municipality.
   *
   * @param code the kommunekode, not null
   * @return the scope, never null
   */
  public static ReportScope municipality(String code) {
    return new ReportScope(Optional.of(code), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
