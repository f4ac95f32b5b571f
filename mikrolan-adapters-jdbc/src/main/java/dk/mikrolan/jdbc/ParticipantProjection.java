package dk.mikrolan.jdbc;

import dk.mikrolan.identity.Cpr;
import dk.mikrolan.programme.CaseEvent;
import dk.mikrolan.programme.Participant;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.port.StreamId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the participants table (participant id, keyed hash, encrypted CPR number, key id) in step
 * with the referrals in case streams.
 *
 * <p>The upsert is a select followed by an insert, so that it reads the same on H2, PostgreSQL
 * and MariaDB. Two appends that refer the same new participant at once both insert; the primary
 * key refuses the second, whose append then fails and succeeds when retried. A participant id
 * stands for one person within its municipality (ids are the municipality's, so the row is keyed by
 * the kommunekode too): a referral that gives a known id another CPR number is refused rather
 * than overwriting the first, since the core has no event that corrects a CPR number.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ParticipantProjection implements Projection {

  private static final String CASE_STREAMS = "case";

  private final String participants;
  private final CprProtector protector;

  ParticipantProjection(JdbcOptions options, CprProtector protector) {
    this.participants = options.table("participants");
    this.protector = protector;
  }

  @Override
  public boolean handles(StreamId stream) {
    return stream.type().equals(CASE_STREAMS);
  }

  @Override
  public Write prepare(Connection connection, StreamId stream, List<Object> events) {
    Participant found = null;
    for (Object event : events) {
      if (event instanceof CaseEvent.Referred referred) {
        found = referred.participant();
      }
    }
    Participant participant = found;
    // The check against the participant already recorded is made in the append's turn with a
    // locking read, so that it sees every earlier append's participant, committed before this turn
    // began, also where the transaction's snapshot is older (InnoDB's REPEATABLE READ).
    return participant == null ? (c, lastPosition) -> { } : (c, lastPosition) -> record(c, stream, participant);
  }

  private void record(Connection connection, StreamId stream, Participant participant) throws SQLException {
    String id = participant.id().value();
    String municipality = CaseRef.parse(stream.id()).municipalityCode();
    String hash = hash(participant);
    String existing = existingHash(connection, municipality, id);
    if (existing == null) {
      insert(connection, municipality, participant, hash);
    } else if (!existing.equals(hash)) {
      // An SQLException, not an unchecked one: the event store then rolls the append back.
      throw new SQLException("Participant " + id + " is already recorded with another CPR number (" + stream + ")");
    }
  }

  private @Nullable String existingHash(Connection c, String municipality, String id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT cpr_hmac FROM " + participants + " WHERE municipality_code = ? AND participant_id = ? FOR UPDATE")) {
      s.setString(1, municipality);
      s.setString(2, id);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private void insert(Connection c, String municipality, Participant participant, String hash) throws SQLException {
    Cpr cpr = participant.cpr();
    String token;
    String keyId;
    try {
      token = protector.protect(cpr);
      keyId = protector.keyIdOf(token);
    } catch (RuntimeException e) {
      throw new SQLException("Could not encrypt the CPR number of participant " + participant.id(), e);
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO " + participants
        + " (participant_id, cpr_hmac, cpr_encrypted, cpr_key_id, municipality_code) VALUES (?, ?, ?, ?, ?)")) {
      s.setString(1, participant.id().value());
      s.setString(2, hash);
      s.setString(3, token);
      s.setString(4, keyId);
      s.setString(5, municipality);
      s.executeUpdate();
    }
  }

  private String hash(Participant participant) throws SQLException {
    try {
      return protector.lookupHash(participant.cpr());
    } catch (RuntimeException e) {
      throw new SQLException("Could not hash the CPR number of participant " + participant.id(), e);
    }
  }
}
