package dk.mikrolan.jdbc;

import dk.mikrolan.identity.ParticipantRef;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.mikrolan.identity.Cpr;
import dk.mikrolan.identity.ParticipantId;
import dk.mikrolan.port.AppendBatch;
import dk.mikrolan.port.AppendOutcome;
import dk.mikrolan.port.StreamAppend;
import dk.mikrolan.port.StreamId;
import dk.mikrolan.programme.CaseEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link ParticipantDirectory}, its projection and {@link CprReEncryption} on an in-memory H2
 * database of the test's own. The numbers are fictitious and compared as {@link Cpr} values, whose
 * text is masked.
 */
class ParticipantDirectoryTest {

  private static final Cpr ANE = Cpr.parse("150390-4000");
  private static final Cpr BO = Cpr.parse("020304-5678");
  private static final Cpr CARL = Cpr.parse("311299-1235");
  private static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  private static final JdbcOptions OPTIONS = new JdbcOptions("cprtest_", Clock.fixed(NOW, ZoneOffset.UTC));

  private JdbcDataSource dataSource;
  private ConnectionSource connections;
  private CprKeys keys;
  private AesGcmCprProtector protector;
  private ParticipantDirectory directory;
  private JdbcEventStore store;

  @BeforeEach
  void createDatabase() throws SQLException {
    dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:cpr_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");
    MikrolanSchema.migrate(dataSource, OPTIONS);
    connections = ConnectionSource.of(dataSource);
    keys = CprTestKeys.single();
    useProtector(AesGcmCprProtector.of(keys));
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("SHUTDOWN");
    }
  }

  private void useProtector(AesGcmCprProtector p) {
    protector = p;
    directory = new ParticipantDirectory(connections, OPTIONS, p);
    store = new JdbcEventStore(connections, OPTIONS, new CaseReferralCodec(p), List.of(directory.projection()));
  }

  @Test
  void recordsAReferredParticipantWithKeyedHashAndEncryptedNumber() throws SQLException {
    refer("c-1", "p-1", ANE);

    List<List<String>> rows = query("SELECT participant_id, cpr_hmac, cpr_encrypted, cpr_key_id FROM cprtest_participants");
    assertThat(rows).hasSize(1);
    List<String> row = rows.get(0);
    assertThat(row.get(0)).isEqualTo("p-1");
    assertThat(row.get(1)).isEqualTo(protector.lookupHash(ANE));
    assertThat(protector.reveal(row.get(2))).isEqualTo(ANE);
    assertThat(row.get(3)).isEqualTo("k1").isEqualTo(protector.keyIdOf(row.get(2)));
  }

  @Test
  void leavesTheRowAsItIsWhenLaterEventsAreAppended() throws SQLException {
    refer("c-1", "p-1", ANE);
    List<List<String>> before = query("SELECT * FROM cprtest_participants");

    append("c-1", 1, new CaseEvent.ScreeningStarted(TODAY, "cw-1"));

    assertThat(query("SELECT * FROM cprtest_participants")).isEqualTo(before);
  }

  @Test
  void recordsAParticipantReferredInTwoCasesOnce() throws SQLException {
    refer("c-1", "p-1", ANE);
    refer("c-2", "p-1", ANE);

    assertThat(query("SELECT participant_id FROM cprtest_participants")).containsExactly(List.of("p-1"));
    assertThat(directory.findByCpr(Set.of("751"), ANE)).containsExactly(new ParticipantRef("751", ParticipantId.of("p-1")));
  }

  @Test
  void refusesAReferralThatGivesAKnownParticipantAnotherNumber() throws SQLException {
    refer("c-1", "p-1", ANE);
    List<List<String>> before = query("SELECT * FROM cprtest_participants");

    assertThatThrownBy(() -> refer("c-2", "p-1", BO))
        .isInstanceOf(EventStoreException.class)
        .hasRootCauseMessage("Participant p-1 is already recorded with another CPR number (case/751:c-2)");
    assertThat(store.version(StreamId.of("case", "751:c-2"))).isZero();
    assertThat(query("SELECT * FROM cprtest_participants")).isEqualTo(before);
  }

  @Test
  void readsOnlyCaseStreams() {
    assertThat(directory.projection().handles(StreamId.of("case", "751:c-1"))).isTrue();
    assertThat(directory.projection().handles(StreamId.of("loan", "c-1"))).isFalse();
    assertThat(directory.projection().handles(StreamId.of("loan-fund", "f-1"))).isFalse();
  }

  @Test
  void findsParticipantsByCprWithoutDecrypting() {
    refer("c-1", "p-1", ANE);
    refer("c-2", "p-2", BO);
    refer("c-3", "p-3", CARL);
    CountingProtector counting = new CountingProtector(protector);
    ParticipantDirectory counted = new ParticipantDirectory(connections, OPTIONS, counting);

    assertThat(counted.findByCpr(Set.of("751"), ANE)).containsExactly(new ParticipantRef("751", ParticipantId.of("p-1")));
    assertThat(counted.findByCpr(Set.of("751"), Cpr.parse("0203045678"))).containsExactly(new ParticipantRef("751", ParticipantId.of("p-2")));
    assertThat(counted.findByCpr(Set.of("751"), Cpr.parse("010101-1111"))).isEmpty();
    assertThat(counting.reveals.get()).isZero();
  }

  @Test
  void revealsTheNumberAndWritesExactlyOneAccessLogRow() throws SQLException {
    refer("c-1", "p-1", ANE);
    refer("c-2", "p-2", BO);

    Cpr revealed = directory.revealCpr(new ParticipantRef("751", ParticipantId.of("p-1")), "cw-7", "Brev til borgeren", "req-42", NOW);

    assertThat(revealed).isEqualTo(ANE);
    assertThat(query("SELECT participant_id, actor, purpose, correlation_id FROM cprtest_cpr_access_log"))
        .containsExactly(List.of("p-1", "cw-7", "Brev til borgeren", "req-42"));
    assertThat(accessedAt()).containsExactly(NOW);
  }

  @Test
  void neverChangesAStreamWhenRevealing() throws SQLException {
    refer("c-1", "p-1", ANE);
    append("c-1", 1, new CaseEvent.ScreeningStarted(TODAY, "cw-1"));
    refer("c-2", "p-2", BO);
    List<List<String>> events = query("SELECT * FROM cprtest_events ORDER BY global_position");

    for (int i = 0; i < 3; i++) {
      directory.revealCpr(new ParticipantRef("751", ParticipantId.of("p-1")), "cw-7", "Partshøring", "req-" + i, NOW);
      directory.revealCpr(new ParticipantRef("751", ParticipantId.of("p-2")), "cw-7", "Partshøring", "req-" + i, NOW);
    }

    assertThat(store.version(StreamId.of("case", "751:c-1"))).isEqualTo(2);
    assertThat(store.version(StreamId.of("case", "751:c-2"))).isEqualTo(1);
    assertThat(query("SELECT * FROM cprtest_events ORDER BY global_position")).isEqualTo(events);
    assertThat(query("SELECT id FROM cprtest_cpr_access_log")).hasSize(6);
  }

  @Test
  void refusesToRevealAnUnknownParticipantAndLogsNothing() throws SQLException {
    assertThatThrownBy(() -> directory.revealCpr(new ParticipantRef("751", ParticipantId.of("p-9")), "cw-7", "Brev", "req-1", NOW))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("No participant 751:p-9");
    assertThat(query("SELECT id FROM cprtest_cpr_access_log")).isEmpty();
  }

  @Test
  void logsNothingWhenTheStoredNumberCannotBeDecrypted() throws SQLException {
    refer("c-1", "p-1", ANE);
    ParticipantDirectory withoutKey =
        new ParticipantDirectory(connections, OPTIONS, AesGcmCprProtector.of(CprTestKeys.single()));

    assertThatThrownBy(() -> withoutKey.revealCpr(new ParticipantRef("751", ParticipantId.of("p-1")), "cw-7", "Brev", "req-1", NOW))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The stored CPR number of participant 751:p-1 cannot be decrypted");
    assertThat(query("SELECT id FROM cprtest_cpr_access_log")).isEmpty();
  }

  @Test
  void refusesToRevealATokenCopiedFromAnotherParticipantsRow() throws SQLException {
    refer("c-1", "p-1", ANE);
    refer("c-2", "p-2", BO);
    try (java.sql.Connection c = connections.acquire();
        java.sql.PreparedStatement s = c.prepareStatement("UPDATE cprtest_participants SET cpr_encrypted ="
            + " (SELECT cpr_encrypted FROM cprtest_participants WHERE participant_id = 'p-1') WHERE participant_id = 'p-2'")) {
      s.executeUpdate();
      connections.release(c);
    }
    assertThatThrownBy(() -> directory.revealCpr(new ParticipantRef("751", ParticipantId.of("p-2")), "cw-7", "Brev", "req-1", NOW))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("does not match its lookup hash");
    assertThat(query("SELECT id FROM cprtest_cpr_access_log")).isEmpty();
  }

  @Test
  void refusesABlankOrOverlongActorPurposeOrCorrelationId() {
    refer("c-1", "p-1", ANE);
    ParticipantRef p1 = new ParticipantRef("751", ParticipantId.of("p-1"));

    assertThatThrownBy(() -> directory.revealCpr(p1, " ", "Brev", "req-1", NOW))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("actor must be 1-120");
    assertThatThrownBy(() -> directory.revealCpr(p1, "cw-7", "x".repeat(201), "req-1", NOW))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("purpose must be 1-200");
    assertThatThrownBy(() -> directory.revealCpr(p1, "cw-7", "Brev", "", NOW))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("correlationId must be 1-120");
  }

  @Test
  void movesRowsAndEventTokensToTheNewKeyAndTheyRevealTheSameNumbers() throws SQLException {
    refer("c-1", "p-1", ANE);
    refer("c-2", "p-2", BO);
    refer("c-3", "p-3", CARL);
    append("c-1", 1, new CaseEvent.ScreeningStarted(TODAY, "cw-1"));
    List<List<String>> hashes = query("SELECT participant_id, cpr_hmac FROM cprtest_participants ORDER BY participant_id");
    List<String> payloadsBefore = payloads();
    useProtector(AesGcmCprProtector.of(CprTestKeys.rotated(keys, CprTestKeys.aes256())));

    int moved = CprReEncryption.run(connections, OPTIONS, protector, 2);

    assertThat(moved).isEqualTo(3 + 3);
    assertThat(query("SELECT DISTINCT cpr_key_id FROM cprtest_participants")).containsExactly(List.of("k2"));
    assertThat(query("SELECT participant_id, cpr_hmac FROM cprtest_participants ORDER BY participant_id"))
        .isEqualTo(hashes);
    List<String> payloadsAfter = payloads();
    for (int i = 0; i < payloadsAfter.size(); i++) {
      assertThat(tokensIn(payloadsAfter.get(i))).allMatch(t -> t.startsWith("k2:"));
      assertThat(withoutTokens(payloadsAfter.get(i))).isEqualTo(withoutTokens(payloadsBefore.get(i)));
    }
    assertThat(directory.revealCpr(new ParticipantRef("751", ParticipantId.of("p-1")), "cw-7", "Kontrol", "req-1", NOW)).isEqualTo(ANE);
    assertThat(directory.revealCpr(new ParticipantRef("751", ParticipantId.of("p-2")), "cw-7", "Kontrol", "req-2", NOW)).isEqualTo(BO);
    assertThat(directory.revealCpr(new ParticipantRef("751", ParticipantId.of("p-3")), "cw-7", "Kontrol", "req-3", NOW)).isEqualTo(CARL);
    CaseEvent first = store.load(StreamId.of("case", "751:c-2"), CaseEvent.class).get(0);
    assertThat(((CaseEvent.Referred) first).participant().cpr()).isEqualTo(BO);
    assertThat(store.version(StreamId.of("case", "751:c-1"))).isEqualTo(2);
    assertThat(CprReEncryption.run(connections, OPTIONS, protector)).isZero();
  }

  @Test
  void leavesTokensAlreadyOnTheCurrentKeyAsTheyAre() throws SQLException {
    refer("c-1", "p-1", ANE);
    useProtector(AesGcmCprProtector.of(CprTestKeys.rotated(keys, CprTestKeys.aes256())));
    refer("c-2", "p-2", BO);
    List<String> p2Before = query("SELECT cpr_encrypted FROM cprtest_participants WHERE participant_id = 'p-2'").get(0);
    String c2Before = payloads().get(1);

    assertThat(CprReEncryption.run(connections, OPTIONS, protector)).isEqualTo(2);

    assertThat(query("SELECT cpr_encrypted FROM cprtest_participants WHERE participant_id = 'p-2'").get(0))
        .isEqualTo(p2Before);
    assertThat(payloads().get(1)).isEqualTo(c2Before);
  }

  @Test
  void stopsAtATokenWhoseKeyIsGoneAndNamesOnlyTheParticipant() {
    refer("c-1", "p-1", ANE);
    AesGcmCprProtector withoutOldKey = AesGcmCprProtector.of(
        CprKeys.inMemory("k2", Map.of("k2", CprTestKeys.aes256()), keys.lookupKey()));

    assertThatThrownBy(() -> CprReEncryption.run(connections, OPTIONS, withoutOldKey))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The CPR number of participant p-1 cannot be decrypted");
  }

  @Test
  void keepsEveryNumberOutOfEveryTable() throws SQLException {
    List<Cpr> numbers = List.of(ANE, BO, CARL);
    refer("c-1", "p-1", ANE);
    refer("c-2", "p-2", BO);
    refer("c-3", "p-3", CARL);
    directory.revealCpr(new ParticipantRef("751", ParticipantId.of("p-2")), "cw-7", "Brev", "req-1", NOW);
    useProtector(AesGcmCprProtector.of(CprTestKeys.rotated(keys, CprTestKeys.aes256())));
    CprReEncryption.run(connections, OPTIONS, protector);

    List<String> tables = query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC'")
        .stream().map(r -> r.get(0)).toList();
    assertThat(tables).hasSizeGreaterThanOrEqualTo(7);
    for (String table : tables) {
      for (List<String> row : query("SELECT * FROM \"" + table + "\"")) {
        for (String value : row) {
          for (Cpr cpr : numbers) {
            boolean plain = value != null
                && (value.contains(cpr.fullNumber()) || value.contains(cpr.fullNumber().replace("-", "")));
            assertThat(plain).as("a plain CPR number in %s", table).isFalse();
          }
        }
      }
    }
  }

  private void refer(String caseId, String participantId, Cpr cpr) {
    append(caseId, 0, new CaseEvent.Referred(
        CaseReferralCodec.participant(participantId, cpr, "Ane Hansen"), "101", TODAY, "cw-1"));
  }

  private void append(String caseId, long expectedVersion, CaseEvent event) {
    AppendOutcome outcome = store.append(AppendBatch.of("cw-1", "corr-" + caseId,
        new StreamAppend(StreamId.of("case", "751:" + caseId), expectedVersion, List.of(event))));
    assertThat(outcome).isInstanceOf(AppendOutcome.Appended.class);
  }

  private List<String> payloads() throws SQLException {
    return query("SELECT payload FROM cprtest_events WHERE event_type = 'case.Referred' ORDER BY global_position")
        .stream().map(r -> r.get(0)).toList();
  }

  private static List<String> tokensIn(String payload) {
    List<String> tokens = new ArrayList<>();
    var m = java.util.regex.Pattern.compile("\"cpr\":\\s*\"([^\"]+)\"").matcher(payload);
    while (m.find()) {
      tokens.add(m.group(1));
    }
    assertThat(tokens).isNotEmpty();
    return tokens;
  }

  private static String withoutTokens(String payload) {
    return payload.replaceAll("k\\d:[A-Za-z0-9_-]{51}", "<token>");
  }

  private List<Instant> accessedAt() throws SQLException {
    List<Instant> result = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT accessed_at FROM cprtest_cpr_access_log")) {
      while (rs.next()) {
        result.add(rs.getTimestamp(1).toInstant());
      }
    }
    return result;
  }

  private List<List<String>> query(String sql) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          row.add(rs.getString(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  /** Passes every call on, counting decryptions. */
  private static final class CountingProtector implements CprProtector {
    private final CprProtector delegate;
    private final AtomicInteger reveals = new AtomicInteger();

    CountingProtector(CprProtector delegate) {
      this.delegate = delegate;
    }

    @Override
    public String protect(Cpr cpr) {
      return delegate.protect(cpr);
    }

    @Override
    public Cpr reveal(String token) {
      reveals.incrementAndGet();
      return delegate.reveal(token);
    }

    @Override
    public String lookupHash(Cpr cpr) {
      return delegate.lookupHash(cpr);
    }

    @Override
    public String keyIdOf(String token) {
      return delegate.keyIdOf(token);
    }

    @Override
    public String currentKeyId() {
      return delegate.currentKeyId();
    }
  }
}
