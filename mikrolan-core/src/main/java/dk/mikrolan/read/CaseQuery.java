package dk.mikrolan.read;

import dk.mikrolan.identity.AdvisorId;
import dk.mikrolan.identity.MunicipalityCode;
import dk.mikrolan.programme.Stage;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which cases a list shows: those of the municipalities asked for (the caller's, never more),
 * narrowed by stage, cohort (hold) and advisor (vejleder) when given.
 *
 * @param municipalities the municipalities (kommunekoder) the list may show, not empty
 * @param stage only cases in this stage, or every stage
 * @param cohortId only cases in this cohort, or any
 * @param advisor only cases this advisor follows, or any
 */
public record CaseQuery(
    Set<String> municipalities, Optional<Stage> stage, Optional<String> cohortId, Optional<AdvisorId> advisor) {

  /**
   * Checks the query and copies the municipalities.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if no municipality is given or a code is not three digits
   */
  public CaseQuery {
    municipalities = Set.copyOf(municipalities);
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(cohortId, "cohortId");
    Objects.requireNonNull(advisor, "advisor");
    if (municipalities.isEmpty()) {
      throw new IllegalArgumentException("A case query needs the municipalities it is scoped to");
    }
    municipalities.forEach(MunicipalityCode::require);
  }

  /**
   * Obtains the query for every case of some municipalities.
   *
   * @param municipalities the municipalities (kommunekoder), not empty
   * @return the query, never null
   * @throws IllegalArgumentException if no municipality is given or a code is not three digits
   */
  public static CaseQuery in(Set<String> municipalities) {
    return new CaseQuery(municipalities, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * Returns a copy of this query that keeps only the cases in a stage.
   *
   * @param stage the stage, not null
   * @return the narrowed query, never null
   */
  public CaseQuery withStage(Stage stage) {
    return new CaseQuery(municipalities, Optional.of(stage), cohortId, advisor);
  }

  /**
   * Returns a copy of this query that keeps only the cases of a cohort (hold).
   *
   * @param cohortId the cohort, not null
   * @return the narrowed query, never null
   */
  public CaseQuery withCohort(String cohortId) {
    return new CaseQuery(municipalities, stage, Optional.of(cohortId), advisor);
  }

  /**
   * Returns a copy of this query that keeps only the cases an advisor (vejleder) follows.
   *
   * @param advisor the advisor, not null
   * @return the narrowed query, never null
   */
  public CaseQuery withAdvisor(AdvisorId advisor) {
    return new CaseQuery(municipalities, stage, cohortId, Optional.of(advisor));
  }

  /**
   * Returns whether a case matches this query.
   *
   * @param kase the case, not null
   * @return whether its municipality is asked for and it has the stage, cohort and advisor asked for
   */
  public boolean matches(CaseSummary kase) {
    return municipalities.contains(kase.ref().municipalityCode())
        && stage.map(s -> s == kase.stage()).orElse(true)
        && cohortId.map(c -> kase.cohortId().equals(Optional.of(c))).orElse(true)
        && advisor.map(a -> a.equals(kase.advisor())).orElse(true);
  }
}
