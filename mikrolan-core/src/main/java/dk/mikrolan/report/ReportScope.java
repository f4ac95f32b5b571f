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

  /**
   * Whether a case is in this scope: of the municipality (if one is named), in the cohort (if one
   * is named), referred within the dates (inclusive, if given). The JDBC adapter's query states the
   * same conditions in SQL.
   *
   * @param municipalityCode the case's municipality, not null
   * @param caseCohortId the case's cohort, if it has one
   * @param referredOn the day the case was referred, not null
   * @return whether it is in scope
   */
  public boolean covers(String municipalityCode, Optional<String> caseCohortId, LocalDate referredOn) {
    return municipalityCode().map(municipalityCode::equals).orElse(true)
        && cohortId().map(c -> caseCohortId.map(c::equals).orElse(false)).orElse(true)
        && referredFrom().map(d -> !referredOn.isBefore(d)).orElse(true)
        && referredTo().map(d -> !referredOn.isAfter(d)).orElse(true);
  }
}
