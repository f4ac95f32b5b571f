package dk.mikrolan.jdbc;

import dk.mikrolan.identity.Cpr;
import dk.mikrolan.identity.ParticipantId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Objects;

/**
 * Participants by CPR number, and the one way to read a participant's full CPR number.
 *
 * <p>The participants table holds each participant's CPR number encrypted, with the key id and a
 * keyed hash (databeskyttelsesloven § 11); {@link #projection()} fills it in the transaction that
 * appends a referral. {@link #findByCpr} compares hashes and never decrypts. {@link #revealCpr}
 * decrypts and records who read the number, why, and for which request in the CPR access log, in
 * the same transaction: the number is returned only once its log row is written. Neither touches an
 * event stream, so reading a number never changes a case's version.
 *
 * <p>Joining the host's transaction ({@link ConnectionSource#joining}), the log row commits with
 * the host's transaction: a host that rolls back after a reveal loses the record of it, so reveal
 * in a transaction that commits.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ParticipantDirectory {

  private static final int ACTOR_LENGTH = 120;
  private static final int PURPOSE_LENGTH = 200;
  private static final int CORRELATION_LENGTH = 120;

  private final ConnectionSource connections;
  private final JdbcOptions options;
  private final CprProtector protector;
  private final Projection projection;
  private final String participants;
  private final String accessLog;

  /**
   * Creates the directory.
   *
   * @param connections where connections come from, not null
   * @param options table prefix and the clock that stamps access-log rows, not null
   * @param protector how CPR numbers are encrypted and hashed, not null
   */
  ParticipantDirectory(ConnectionSource connections, JdbcOptions options, CprProtector protector) {
    this.connections = Objects.requireNonNull(connections, "connections");
    this.options = Objects.requireNonNull(options, "options");
    this.protector = Objects.requireNonNull(protector, "protector");
    this.projection = new ParticipantProjection(options, protector);
    this.participants = options.table("participants");
    this.accessLog = options.table("cpr_access_log");
  }

  /**
   * Returns the projection that records each referred participant, to hand to the {@link
   * JdbcEventStore}. It reads {@code case} streams; a referral that gives a known participant id
   * another CPR number fails its append.
   *
   * @return the projection, never null
   */
  public Projection projection() {
    return projection;
  }

  /**
   * Finds the participants with a CPR number in the municipalities asked for, by its keyed hash,
   * without decrypting anything. Another municipality's participants are never found.
   *
   * @param municipalities the municipalities (kommunekoder) to search, not empty
   * @param cpr the number, not null
   * @return the participants in (municipality, id) order, empty if none, never null
   * @throws IllegalArgumentException if no municipality is given
   * @throws EventStoreException if the database fails
   */
  public List<ParticipantRef> findByCpr(Set<String> municipalities, Cpr cpr) {
    String hash = protector.lookupHash(Objects.requireNonNull(cpr, "cpr"));
    List<String> codes = Municipalities.sorted(municipalities);
    return Transactions.withConnection(connections, "find participants by CPR number", c -> {
      List<ParticipantRef> found = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT municipality_code, participant_id FROM " + participants
          + " WHERE cpr_hmac = ? AND municipality_code IN " + Municipalities.placeholders(codes.size())
          + " ORDER BY municipality_code, participant_id")) {
        s.setString(1, hash);
        Municipalities.bind(s, 2, codes);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            found.add(new ParticipantRef(rs.getString(1), ParticipantId.of(rs.getString(2))));
          }
        }
      }
      return Collections.unmodifiableList(found);
    });
  }

  /**
   * Returns a participant's full CPR number and records the reading in the CPR access log, in one
   * transaction; this is the only way the adapter gives out a full number.
   *
   * @param participant the participant, in its municipality, not null
   * @param actor who reads it (a caseworker's id; never a CPR number), 1–120 characters, not null
   * @param purpose why, 1–200 characters, not null
   * @param correlationId the request that reads it, 1–120 characters, not null
   * @return the number, never null
   * @throws IllegalArgumentException if actor, purpose or correlation id is blank or too long
   * @throws NoSuchElementException if the participant is not recorded; nothing is logged
   * @throws IllegalStateException if the stored token cannot be decrypted; nothing is logged
   * @throws EventStoreException if the database fails; nothing is logged and nothing returned
   */
  public Cpr revealCpr(ParticipantRef participant, String actor, String purpose, String correlationId) {
    Objects.requireNonNull(participant, "participant");
    requireText(actor, "actor", ACTOR_LENGTH);
    requireText(purpose, "purpose", PURPOSE_LENGTH);
    requireText(correlationId, "correlationId", CORRELATION_LENGTH);
    return Transactions.inTransaction(connections, "reveal the CPR number of participant " + participant, c -> {
      String token;
      String hash;
      try (PreparedStatement s = c.prepareStatement(
          "SELECT cpr_encrypted, cpr_hmac FROM " + participants + " WHERE municipality_code = ? AND participant_id = ?")) {
        s.setString(1, participant.municipalityCode());
        s.setString(2, participant.participantId().value());
        try (ResultSet rs = s.executeQuery()) {
          if (!rs.next()) {
            throw new NoSuchElementException("No participant " + participant);
          }
          token = rs.getString(1);
          hash = rs.getString(2);
        }
      }
      Cpr cpr;
      try {
        cpr = protector.reveal(token);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("The stored CPR number of participant " + participant + " cannot be decrypted", e);
      }
      // The token and the hash were written together; a token copied from another row would
      // decrypt to a number whose hash is not this row's.
      if (!protector.lookupHash(cpr).equals(hash)) {
        throw new IllegalStateException("The stored CPR number of participant " + participant
            + " does not match its lookup hash; nothing is revealed");
      }
      try (PreparedStatement s = c.prepareStatement("INSERT INTO " + accessLog
          + " (participant_id, actor, purpose, correlation_id, accessed_at, municipality_code) VALUES (?, ?, ?, ?, ?, ?)")) {
        s.setString(1, participant.participantId().value());
        s.setString(6, participant.municipalityCode());
        s.setString(2, actor);
        s.setString(3, purpose);
        s.setString(4, correlationId);
        s.setTimestamp(5, Timestamp.from(options.clock().instant()));
        s.executeUpdate();
      }
      return cpr;
    });
  }

  private static void requireText(String value, String field, int max) {
    Objects.requireNonNull(value, field);
    if (value.isBlank() || value.length() > max) {
      throw new IllegalArgumentException(
          field + " must be 1-" + max + " characters, not blank (has " + value.length() + ")");
    }
  }
}
