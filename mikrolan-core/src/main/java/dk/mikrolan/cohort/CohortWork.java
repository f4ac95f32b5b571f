package dk.mikrolan.cohort;

import dk.mikrolan.identity.MunicipalityCode;
import dk.mikrolan.rules.Refusal;
import dk.mikrolan.usecase.Decided;
import dk.mikrolan.usecase.OnConflict;
import dk.mikrolan.usecase.StreamReader;
import dk.mikrolan.usecase.UseCase;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * A command to a municipality's cohort (hold): planning it, its sessions, enrolment and
 * attendance. Attendance is a fact of the session and is decided again on a conflict; the rest
 * are decisions whose conflicts go back to the caller.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CohortWork implements UseCase<Cohort, Cohort> {

  /**
   * The request.
   *
   * @param municipalityCode the municipality whose cohort it is (kommunekode)
   * @param cohortId the cohort
   * @param command the command
   */
  public record Request(String municipalityCode, CohortId cohortId, CohortCommand command) {
    /** Checks the request. */
    public Request {
      MunicipalityCode.require(Objects.requireNonNull(municipalityCode, "municipalityCode"));
      Objects.requireNonNull(cohortId, "cohortId");
      Objects.requireNonNull(command, "command");
    }
  }

  private final Request request;

  private CohortWork(Request request) {
    this.request = Objects.requireNonNull(request, "request");
  }

  /**
   * Obtains the use case for one request.
   *
   * @param request the request, not null
   * @return the use case, never null
   */
  public static CohortWork of(Request request) {
    return new CohortWork(request);
  }

  @Override
  public OnConflict onConflict() {
    return request.command() instanceof CohortCommand.RecordAttendance ? OnConflict.DECIDE_AGAIN : OnConflict.REPORT;
  }

  @Override
  public Cohort load(StreamReader reader) {
    return Cohort.replay(reader.read(Cohort.streamId(request.municipalityCode(), request.cohortId()), CohortEvent.class));
  }

  @Override
  public Either<Refusal, Decided<Cohort>> decide(Cohort cohort) {
    if (request.command() instanceof CohortCommand.Plan plan
        && !plan.municipalityCode().equals(request.municipalityCode())) {
      return Either.left(new Refusal(cohort.status().name(), Vector.of(
          CohortRule.MUNICIPALITY_MISMATCH.violation(plan.municipalityCode(), request.municipalityCode()))));
    }
    return cohort.decide(request.command()).map(events -> Decided.of(cohort.evolveAll(events))
        .write(Cohort.streamId(request.municipalityCode(), request.cohortId()), events));
  }
}
