package dk.mikrolan.jdbc;

import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.port.StreamId;
import dk.mikrolan.programme.CaseEvent;
import dk.mikrolan.programme.Participant;
import dk.mikrolan.programme.ParticipantCase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Keeps {@code rm_cases} in step with the case streams ({@code case/<kommunekode>:<id>}): one row per case with
 * its municipality, stage, cohort (hold), advisor (vejleder), participant id and referral date.
 * The row holds the participant's opaque id only, never the CPR number or the name.
 *
 * <p>The row is updated, and inserted when the update finds none. An UPDATE whose values did not
 * change reports zero rows on MariaDB when the host asks for affected rather than found rows, but
 * this one always changes {@code last_position}, which grows with every append; MERGE or ON
 * CONFLICT are not portable across the three databases. Two appends to one stream never get this
 * far together: the event table's unique constraint stops the second.
 */
final class CaseProjection implements Projection {

  /** The stream type of {@link dk.mikrolan.programme.ProgrammeStreams#caseStream}. */
  static final String STREAM_TYPE = "case";

  private final String update;
  private final String insert;

  CaseProjection(JdbcOptions options) {
    String table = Objects.requireNonNull(options, "options").table("rm_cases");
    this.update = "UPDATE " + table + " SET stage = ?, cohort_id = ?, advisor_id = ?, participant_id = ?,"
        + " referred_on = ?, last_position = ? WHERE case_id = ? AND municipality_code = ?";
    this.insert = "INSERT INTO " + table + " (stage, cohort_id, advisor_id, participant_id, referred_on,"
        + " last_position, case_id, municipality_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
  }

  @Override
  public boolean handles(StreamId stream) {
    return STREAM_TYPE.equals(stream.type());
  }

  @Override
  public Write prepare(Connection connection, StreamId stream, List<Object> events) {
    ParticipantCase kase = ParticipantCase.replay(caseEvents(stream, events));
    CaseEvent.Referred referral = kase.events().stream().filter(CaseEvent.Referred.class::isInstance)
        .map(CaseEvent.Referred.class::cast)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("Case stream " + stream + " has no referral"));
    Participant participant = referral.participant();
    CaseRef ref = CaseRef.parse(stream.id());
    return (c, lastPosition) -> {
      try (PreparedStatement s = c.prepareStatement(update)) {
        setRow(s, ref, kase, participant, referral, lastPosition);
        if (s.executeUpdate() == 1) {
          return;
        }
      }
      try (PreparedStatement s = c.prepareStatement(insert)) {
        setRow(s, ref, kase, participant, referral, lastPosition);
        s.executeUpdate();
      }
    };
  }

  // The update's and the insert's parameters are in the same order.
  private static void setRow(PreparedStatement s, CaseRef ref, ParticipantCase kase, Participant participant,
      CaseEvent.Referred referral, long lastPosition) throws SQLException {
    s.setString(1, kase.stage().name());
    if (kase.cohortId().isPresent()) {
      s.setString(2, kase.cohortId().get());
    } else {
      s.setNull(2, Types.VARCHAR);
    }
    s.setString(3, participant.advisor().value());
    s.setString(4, participant.id().value());
    s.setObject(5, referral.date());
    s.setLong(6, lastPosition);
    s.setString(7, ref.caseId().value());
    s.setString(8, ref.municipalityCode());
  }

  private static List<CaseEvent> caseEvents(StreamId stream, List<Object> events) {
    List<CaseEvent> result = new ArrayList<>(events.size());
    for (Object e : events) {
      if (!(e instanceof CaseEvent c)) {
        throw new IllegalStateException("Case stream " + stream + " holds a " + e.getClass().getName());
      }
      result.add(c);
    }
    return result;
  }
}
