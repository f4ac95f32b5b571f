package dk.mikrolan.programme;

import dk.mikrolan.identity.CaseId;
import dk.mikrolan.port.StreamId;

/** The stream ids of the programme's aggregates in an {@link dk.mikrolan.port.EventStore}. */
public final class ProgrammeStreams {

  private ProgrammeStreams() {}

  /**
   * Returns the stream of a participant's case.
   *
   * @param caseId the case, not null
   * @return {@code case/<id>}, never null
   */
  public static StreamId caseStream(CaseId caseId) {
    return StreamId.of("case", caseId.value());
  }

  /**
   * Returns the stream of a case's loan account.
   *
   * @param caseId the case, not null
   * @return {@code loan/<id>}, never null
   */
  public static StreamId loanStream(CaseId caseId) {
    return StreamId.of("loan", caseId.value());
  }
}
