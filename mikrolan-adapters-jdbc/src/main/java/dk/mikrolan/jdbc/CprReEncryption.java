package dk.mikrolan.jdbc;

import dk.mikrolan.identity.Cpr;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Moves stored CPR tokens to the current key, so that an old key can be retired.
 *
 * <p>It rewrites every participants row whose key id is not the current one, and every token under
 * an old key in the payload of {@code case.Referred} events: each token is decrypted with its old key,
 * encrypted with the current one, checked to decrypt to the same number, and written back. Work
 * goes in batches, each in a transaction of its own, so a long run holds no long locks and a run
 * that stops part-way is simply run again: tokens already moved are skipped.
 *
 * <p>Event payloads are otherwise never changed. A token is found as the JSON string value of a
 * {@code "cpr"} member, {@code "cpr":"<keyId>:<base64url>"}: in valid JSON that text cannot occur
 * inside a string value (quotes there are escaped), and neither a key id nor base64url has a
 * character JSON escapes, so the token appears verbatim. Only the token's characters are replaced;
 * the rest of the payload stays byte for byte as it was. A {@code "cpr"} value of another shape
 * (such as a masked number) is left alone.
 *
 * <p>Row updates are guarded by the token read, so a row changed meanwhile is left as it is. Run one
 * re-encryption at a time. Stored idempotent responses are not rewritten.
 *
 * <p>This class is thread-safe.
 */
public final class CprReEncryption {

  /** The stored type of the event whose payload holds the participant's CPR token. */
  static final String REFERRED = "case.Referred";

  private static final int BATCH_SIZE = 200;
  private static final Pattern CPR_MEMBER =
      Pattern.compile("(\"cpr\"\\s*:\\s*\")([A-Za-z0-9._-]{1,40}:[A-Za-z0-9_-]+={0,2})\"");

  private CprReEncryption() {}

  /**
   * Moves every stored CPR token not under the current key to it.
   *
   * @param connections where connections come from, not null
   * @param options the table prefix, not null
   * @param protector the protector, which must still read the old keys, not null
   * @return how many rows were rewritten: participants rows plus event rows, 0 when all are current
   * @throws IllegalStateException if a stored token cannot be decrypted (a key was retired too
   *     early, or the token was altered); batches before it stay committed
   * @throws EventStoreException if the database fails; batches before it stay committed
   */
  public static int run(ConnectionSource connections, JdbcOptions options, CprProtector protector) {
    return run(connections, options, protector, BATCH_SIZE);
  }

  static int run(ConnectionSource connections, JdbcOptions options, CprProtector protector, int batchSize) {
    Objects.requireNonNull(connections, "connections");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(protector, "protector");
    String current = protector.currentKeyId();
    Rewriter rewriter = new Rewriter(options, protector, current, batchSize);
    int rewritten = 0;
    ParticipantRow afterId = new ParticipantRow("", "", "");
    while (true) {
      ParticipantRow from = afterId;
      Batch<ParticipantRow> b = Transactions.inTransaction(connections, "re-encrypt participants' CPR numbers",
          c -> rewriter.participants(c, from));
      rewritten += b.rewritten();
      if (b.last() == null) {
        break;
      }
      afterId = b.last();
    }
    long afterPosition = 0;
    while (true) {
      long from = afterPosition;
      Batch<Long> b = Transactions.inTransaction(connections, "re-encrypt CPR numbers in events",
          c -> rewriter.events(c, from));
      rewritten += b.rewritten();
      if (b.last() == null) {
        break;
      }
      afterPosition = b.last();
    }
    return rewritten;
  }

  /**
   * Rewrites the CPR tokens under old keys in a JSON payload.
   *
   * @return the payload, unchanged if no token was under an old key
   * @throws IllegalArgumentException if a token cannot be read
   */
  static String rewritePayload(String json, CprProtector protector, String current) {
    Matcher m = CPR_MEMBER.matcher(json);
    StringBuilder out = null;
    int copied = 0;
    while (m.find()) {
      String token = m.group(2);
      if (!protector.keyIdOf(token).equals(current)) {
        if (out == null) {
          out = new StringBuilder(json.length());
        }
        out.append(json, copied, m.start(2)).append(reEncrypt(token, protector));
        copied = m.end(2);
      }
    }
    return out == null ? json : out.append(json, copied, json.length()).toString();
  }

  private static String reEncrypt(String token, CprProtector protector) {
    Cpr cpr = protector.reveal(token);
    String fresh = protector.protect(cpr);
    if (!protector.reveal(fresh).equals(cpr)) {
      throw new IllegalStateException("A re-encrypted CPR token does not decrypt to its number");
    }
    return fresh;
  }

  /** One batch's outcome: rows rewritten, and the last key read (null when none was left). */
  private record Batch<K>(int rewritten, @Nullable K last) {}

  private record ParticipantRow(String municipality, String id, String token) {}

  private record EventRow(long position, String payload) {}

  /** The batches' SQL over one set of tables. */
  private static final class Rewriter {
    private final String participants;
    private final String events;
    private final CprProtector protector;
    private final String current;
    private final int batchSize;

    Rewriter(JdbcOptions options, CprProtector protector, String current, int batchSize) {
      this.participants = options.table("participants");
      this.events = options.table("events");
      this.protector = protector;
      this.current = current;
      this.batchSize = batchSize;
    }

    Batch<ParticipantRow> participants(Connection c, ParticipantRow after) throws SQLException {
      List<ParticipantRow> rows = new ArrayList<>();
      // Paged in (municipality, participant id) order, the table's key: ids are the municipality's.
      try (PreparedStatement s = c.prepareStatement("SELECT municipality_code, participant_id, cpr_encrypted FROM "
          + participants + " WHERE cpr_key_id <> ? AND (municipality_code > ? OR (municipality_code = ?"
          + " AND participant_id > ?)) ORDER BY municipality_code, participant_id")) {
        s.setMaxRows(batchSize);
        s.setString(1, current);
        s.setString(2, after.municipality());
        s.setString(3, after.municipality());
        s.setString(4, after.id());
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            rows.add(new ParticipantRow(rs.getString(1), rs.getString(2), rs.getString(3)));
          }
        }
      }
      int rewritten = 0;
      try (PreparedStatement u = c.prepareStatement("UPDATE " + participants
          + " SET cpr_encrypted = ?, cpr_key_id = ? WHERE municipality_code = ? AND participant_id = ?"
          + " AND cpr_encrypted = ?")) {
        for (ParticipantRow row : rows) {
          String fresh;
          try {
            fresh = reEncrypt(row.token(), protector);
          } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The CPR number of participant " + row.id() + " cannot be decrypted", e);
          }
          u.setString(1, fresh);
          u.setString(2, protector.keyIdOf(fresh));
          u.setString(3, row.municipality());
          u.setString(4, row.id());
          u.setString(5, row.token());
          rewritten += u.executeUpdate();
        }
      }
      return new Batch<>(rewritten, rows.isEmpty() ? null : rows.get(rows.size() - 1));
    }

    Batch<Long> events(Connection c, long afterPosition) throws SQLException {
      List<EventRow> rows = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT global_position, payload FROM " + events
          + " WHERE event_type = ? AND global_position > ? ORDER BY global_position")) {
        s.setMaxRows(batchSize);
        s.setString(1, REFERRED);
        s.setLong(2, afterPosition);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            rows.add(new EventRow(rs.getLong(1), rs.getString(2)));
          }
        }
      }
      int rewritten = 0;
      try (PreparedStatement u = c.prepareStatement(
          "UPDATE " + events + " SET payload = ? WHERE global_position = ? AND event_type = ?")) {
        for (EventRow row : rows) {
          String moved;
          try {
            moved = rewritePayload(row.payload(), protector, current);
          } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The CPR token of the event at position " + row.position()
                + " cannot be decrypted", e);
          }
          if (!moved.equals(row.payload())) {
            u.setString(1, moved);
            u.setLong(2, row.position());
            u.setString(3, REFERRED);
            rewritten += u.executeUpdate();
          }
        }
      }
      return new Batch<>(rewritten, rows.isEmpty() ? null : rows.get(rows.size() - 1).position());
    }
  }
}
