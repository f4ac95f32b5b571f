package dk.mikrolan.jdbc;

import dk.mikrolan.identity.ParticipantRef;
import dk.mikrolan.identity.Cpr;
import dk.mikrolan.identity.ParticipantId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import dk.mikrolan.port.CprAccess;
import dk.mikrolan.port.CprDirectory;
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
public final class ParticipantDirectory implements CprDirectory {

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
   * @param options the table prefix, not null
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
  @Override
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
   * @param accessedAt when, by the clock of the boundary that reads it, not null
   * @return the number, never null
   * @throws IllegalArgumentException if actor, purpose or correlation id is blank or too long
   * @throws NoSuchElementException if the participant is not recorded; nothing is logged
   * @throws IllegalStateException if the stored token cannot be decrypted; nothing is logged
   * @throws EventStoreException if the database fails; nothing is logged and nothing returned
   */
  /**
   * {@inheritDoc}
   *
   * @throws EventStoreException if the database fails
   */
  @Override
  public boolean registeredWithAnother(ParticipantRef participant, Cpr cpr) {
    Objects.requireNonNull(participant, "participant");
    String hash = protector.lookupHash(Objects.requireNonNull(cpr, "cpr"));
    return Transactions.withConnection(connections, "compare a participant's CPR number", c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT cpr_hmac FROM " + participants + " WHERE municipality_code = ? AND participant_id = ?")) {
        s.setString(1, participant.municipalityCode());
        s.setString(2, participant.participantId().value());
        try (ResultSet rs = s.executeQuery()) {
          return rs.next() && !rs.getString(1).equals(hash);
        }
      }
    });
  }

  @Override
  public Cpr revealCpr(ParticipantRef participant, String actor, String purpose, String correlationId,
      Instant accessedAt) {
    Objects.requireNonNull(participant, "participant");
    Objects.requireNonNull(accessedAt, "accessedAt");
    CprDirectory.requireReading(actor, purpose, correlationId);
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
        s.setTimestamp(5, Timestamp.from(accessedAt));
        s.executeUpdate();
      }
      return cpr;
    });
  }

  /**
   * {@inheritDoc}
   *
   * <p>A row from before version 0.2 whose participant was registered in several municipalities has
   * no municipality of its own; it is shown for every municipality the participant is registered in.
   *
   * @throws EventStoreException if the database fails
   */
  @Override
  public List<CprAccess> accessLog(Set<String> municipalities, Instant from, Instant to, int limit) {
    List<String> codes = Municipalities.sorted(municipalities);
    CprDirectory.requireLogRange(from, to, limit);
    String in = Municipalities.placeholders(codes.size());
    return Transactions.withConnection(connections, "read the CPR access log", c -> {
      List<CprAccess> rows = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT municipality_code, participant_id, actor, purpose,"
          + " correlation_id, accessed_at FROM " + accessLog + " WHERE (municipality_code IN " + in
          + " OR municipality_code IS NULL AND participant_id IN (SELECT participant_id FROM " + participants
          + " WHERE municipality_code IN " + in + ")) AND accessed_at >= ? AND accessed_at < ? ORDER BY accessed_at, id")) {
        s.setMaxRows(limit);
        Municipalities.bind(s, 1, codes);
        Municipalities.bind(s, 1 + codes.size(), codes);
        s.setTimestamp(1 + 2 * codes.size(), Timestamp.from(from));
        s.setTimestamp(2 + 2 * codes.size(), Timestamp.from(to));
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next() && rows.size() < limit) {
            rows.add(new CprAccess(Optional.ofNullable(rs.getString(1)), ParticipantId.of(rs.getString(2)),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()));
          }
        }
      }
      return Collections.unmodifiableList(rows);
    });
  }

  /**
   * {@inheritDoc}
   *
   * <p>A row from before version 0.2 without a municipality of its own is included when the
   * participant is registered in the municipality asked for.
   *
   * @throws EventStoreException if the database fails
   */
  @Override
  public List<CprAccess> accessLogOf(ParticipantRef participant, int limit) {
    Objects.requireNonNull(participant, "participant");
    CprDirectory.requireLogLimit(limit);
    return Transactions.withConnection(connections, "read the CPR access log of a participant", c -> {
      List<CprAccess> rows = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT municipality_code, participant_id, actor, purpose,"
          + " correlation_id, accessed_at FROM " + accessLog + " WHERE participant_id = ? AND (municipality_code = ?"
          + " OR municipality_code IS NULL AND EXISTS (SELECT 1 FROM " + participants
          + " p WHERE p.participant_id = ? AND p.municipality_code = ?)) ORDER BY accessed_at, id")) {
        s.setMaxRows(limit);
        s.setString(1, participant.participantId().value());
        s.setString(2, participant.municipalityCode());
        s.setString(3, participant.participantId().value());
        s.setString(4, participant.municipalityCode());
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next() && rows.size() < limit) {
            rows.add(new CprAccess(Optional.ofNullable(rs.getString(1)), ParticipantId.of(rs.getString(2)),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()));
          }
        }
      }
      return Collections.unmodifiableList(rows);
    });
  }
}
