package dk.mikrolan.programme;

import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.port.StreamId;

/**
 * The stream ids of the programme's aggregates in an {@link dk.mikrolan.port.EventStore}. Every
 * stream keyed by a case starts with the municipality's code, so two municipalities that use the
 * same case id (a journal number such as {@code 2026-0042}) on one server have two cases.
 */
public final class ProgrammeStreams {

  /** The stream type of decision letters in the outbox. */
  public static final String LETTER = "letter";

  private ProgrammeStreams() {}

  /**
   * Returns the stream of a participant's case.
   *
   * @param ref the case, not null
   * @return {@code case/<kommunekode>:<id>}, never null
   */
  public static StreamId caseStream(CaseRef ref) {
    return StreamId.of("case", ref.toString());
  }

  /**
   * Returns the stream of a case's loan account.
   *
   * @param ref the case, not null
   * @return {@code loan/<kommunekode>:<id>}, never null
   */
  public static StreamId loanStream(CaseRef ref) {
    return StreamId.of("loan", ref.toString());
  }

  /**
   * Returns the stream of the letter that a decision causes. Its id is derived from the decision
   * (the case and the version of the case stream its decision event gets), so deciding the same
   * thing twice can never make a second, different letter: the second append of a letter stream
   * at version 0 is a conflict.
   *
   * @param ref the case, not null
   * @param decisionVersion the case stream's version once the decision event is written, one or more
   * @return {@code letter/<kommunekode>:<id>:<version>}, never null
   */
  public static StreamId letterStream(CaseRef ref, long decisionVersion) {
    if (decisionVersion < 1) {
      throw new IllegalArgumentException("A decision's version is one or more: " + decisionVersion);
    }
    return StreamId.of(LETTER, ref + ":" + decisionVersion);
  }
}
