package dk.mikrolan.examples.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mikrolan.identity.CaseRef;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A lost database, with nothing lost: the reference server's jar reaches PostgreSQL through a TCP
 * proxy the test controls; 8 clients post 100 payments each against 10 loans, and when a third of
 * them are acknowledged the proxy resets every connection and refuses new ones for 5 seconds.
 * While it is down, every answer is a 503 {@code application/problem+json} with {@code
 * Retry-After}, never another 5xx and never a hang past the client's timeout, and {@code /health}
 * says 503; afterwards the server recovers by itself and the clients' retries (the same
 * Idempotency-Key) succeed. Then every acknowledged payment is stored exactly once, every loan
 * balances (paid − refunded + written off + outstanding = disbursed), and the loans' read model
 * agrees with the account the server replays from the stream. One line of figures is printed.
 */
class LostDatabaseIT {

  private static final String PG = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
  private static final int CLIENTS = 8;
  private static final int PAYMENTS_PER_CLIENT = 100;
  private static final int LOANS = 10;
  private static final Duration OUTAGE = Duration.ofSeconds(5);
  private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(ServerConfig.CLIENT_TIMEOUT_SECONDS);
  private static final Pattern PAYMENT_ID = Pattern.compile("\"paymentId\"\\s*:\\s*\"([^\"]+)\"");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String finance = "hostile-finance-" + UUID.randomUUID().toString().replace("-", "");
  private final String schema = "hostile_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private PGSimpleDataSource admin;

  @TempDir
  Path dir;

  @BeforeEach
  void createSchema() throws SQLException {
    admin = new PGSimpleDataSource();
    admin.setURL(PG);
    try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      if (System.getenv("CI") != null) {
        throw new AssertionError("PostgreSQL at 127.0.0.1:5432 is required in CI: " + e.getMessage(), e);
      }
      System.out.println("NOTICE: LostDatabaseIT skipped: no PostgreSQL at 127.0.0.1:5432 (" + e.getMessage() + ")");
      Assumptions.abort("no PostgreSQL");
    }
  }

  @AfterEach
  void dropSchema() throws SQLException {
    try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  private Map<String, String> environment(String jdbcUrl) throws IOException {
    Path keys = dir.resolve("keys/cpr-keys.properties");
    if (!keys.toFile().exists()) {
      KeyFile.generate(keys);
    }
    return Map.of("MIKROLAN_TOKENS", finance + "=hostile-finance:FINANCE@751", "MIKROLAN_JDBC_URL", jdbcUrl,
        "MIKROLAN_CPR_KEYS_FILE", keys.toString(), "MIKROLAN_DATA_DIR", dir.resolve("data").toString());
  }

  /** What the clients saw. */
  private static final class Tally {
    final AtomicLong sent = new AtomicLong();
    final AtomicLong retries = new AtomicLong();
    final AtomicLong outage503 = new AtomicLong();
    final AtomicLong conflicts = new AtomicLong();
    final List<String> faults = Collections.synchronizedList(new ArrayList<>());
    final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    final AtomicInteger acknowledgedCount = new AtomicInteger();
  }

  @Test
  void paymentsSurviveTheDatabaseGoingAwayForFiveSeconds() throws Exception {
    String direct = PG + "&currentSchema=" + schema;
    List<CaseRef> loans = SyntheticCohorts.seed(ServerConfig.from(environment(direct)), List.of("751"), false);
    List<String> output = Collections.synchronizedList(new ArrayList<>());
    try (TcpProxy proxy = new TcpProxy("127.0.0.1", 5432);
        ServerProcess server = ServerProcess.start(environment(
            "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/test?user=postgres&currentSchema=" + schema), output)) {
      List<CaseRef> active = active(server, loans);
      assertThat(active).as("loans being repaid").hasSizeGreaterThanOrEqualTo(LOANS);
      List<CaseRef> targets = active.subList(0, LOANS);

      Tally tally = new Tally();
      CompletableFuture<Void> third = new CompletableFuture<>();
      CompletableFuture<Long> restored = new CompletableFuture<>();
      AtomicLong firstAckAfterRestore = new AtomicLong();
      String today = LocalDate.now(ZoneId.of("Europe/Copenhagen")).toString();
      String run = UUID.randomUUID().toString().substring(0, 8);
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
      List<Future<?>> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int clientNo = c;
        clients.add(pool.submit(() -> {
          for (int i = 0; i < PAYMENTS_PER_CLIENT; i++) {
            CaseRef loan = targets.get((clientNo * PAYMENTS_PER_CLIENT + i) % LOANS);
            String id = "lost-db-" + run + "-" + clientNo + "-" + i;
            pay(server, loan, id, today, tally, restored, firstAckAfterRestore);
            if (tally.acknowledgedCount.get() >= CLIENTS * PAYMENTS_PER_CLIENT / 3) {
              third.complete(null);
            }
          }
          return null;
        }));
      }

      third.get(120, TimeUnit.SECONDS);
      proxy.cut();
      HttpResponse<String> health = get(server, "/health");
      CompletableFuture.runAsync(() -> {
        proxy.restore();
        restored.complete(System.nanoTime());
      }, CompletableFuture.delayedExecutor(OUTAGE.toMillis(), TimeUnit.MILLISECONDS));
      for (Future<?> f : clients) {
        f.get(5, TimeUnit.MINUTES);
      }
      pool.shutdown();

      assertThat(health.statusCode()).as("/health while the database is away: %s", health.body()).isEqualTo(503);
      assertThat(health.headers().firstValue("Retry-After")).isPresent();
      assertThat(restored).isDone();
      assertThat(tally.faults).as("answers other than 2xx or the outage's 503").isEmpty();

      Map<String, Integer> stored = storedPayments(run);
      long lost = tally.acknowledged.stream().filter(id -> !stored.containsKey(id)).count();
      long duplicated = stored.values().stream().filter(n -> n > 1).count();
      long unacknowledgedStored = stored.keySet().stream().filter(id -> !tally.acknowledged.contains(id)).count();
      for (CaseRef loan : targets) {
        checkLoan(server, loan);
      }
      assertThat(get(server, "/health").statusCode()).isEqualTo(200);
      long recoveryMs = TimeUnit.NANOSECONDS.toMillis(firstAckAfterRestore.get() - restored.get());
      System.out.printf("lost database: %d clients x %d payments on %d loans; sent %d, acknowledged %d, retries"
              + " absorbed %d (%d after a 503 during the %d s outage, %d after a 409 conflict), lost %d, duplicated"
              + " %d, stored but never acknowledged %d, other answers %d, recovery %d ms after the database came"
              + " back%n",
          CLIENTS, PAYMENTS_PER_CLIENT, LOANS, tally.sent.get(), tally.acknowledged.size(), tally.retries.get(),
          tally.outage503.get(), OUTAGE.toSeconds(), tally.conflicts.get(), lost, duplicated, unacknowledgedStored,
          tally.faults.size(), recoveryMs);
      assertThat(tally.acknowledged).hasSize(CLIENTS * PAYMENTS_PER_CLIENT);
      assertThat(lost).as("acknowledged but not stored").isZero();
      assertThat(duplicated).as("stored twice").isZero();
      assertThat(unacknowledgedStored).as("stored but never acknowledged").isZero();
      assertThat(tally.outage503.get()).as("503s while the database was away").isPositive();
    }
  }

  /** Posts one payment until it is acknowledged, retrying with the same key through the outage. */
  private void pay(ServerProcess server, CaseRef loan, String id, String today, Tally tally,
      CompletableFuture<Long> restored, AtomicLong firstAckAfterRestore) throws Exception {
    String body = "{\"paymentId\": \"" + id + "\", \"amount\": {\"amount\": \"1.00\", \"currency\": \"DKK\"},"
        + " \"valueDate\": \"" + today + "\", \"externalReference\": \"" + id + "\"}";
    HttpRequest request = HttpRequest.newBuilder(URI.create(server.base() + "/api/v1/cases/" + loan.municipalityCode()
            + "/" + loan.caseId().value() + "/loan/payments"))
        .header("Authorization", "Bearer " + finance).header("Idempotency-Key", id)
        .header("Content-Type", "application/json").timeout(CLIENT_TIMEOUT)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    for (int attempt = 0; System.nanoTime() < deadline; attempt++) {
      if (attempt > 0) {
        tally.retries.incrementAndGet();
      }
      tally.sent.incrementAndGet();
      HttpResponse<String> r;
      try {
        r = client.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (HttpTimeoutException e) {
        tally.faults.add(id + ": no answer within the client's timeout");
        return;
      }
      int status = r.statusCode();
      if (status >= 200 && status < 300) {
        tally.acknowledged.add(id);
        tally.acknowledgedCount.incrementAndGet();
        if (restored.isDone()) {
          firstAckAfterRestore.compareAndSet(0, System.nanoTime());
        }
        return;
      }
      boolean problem = r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
      if (status == 503 && problem && r.headers().firstValue("Retry-After").isPresent()) {
        tally.outage503.incrementAndGet();
        // A client waits as Retry-After asks; here it waits for the database to come back, then
        // tries again at once (a 503 after that is the pool reconnecting, and is tried again too).
        restored.get(1, TimeUnit.MINUTES);
        continue;
      }
      if (status == 409 && problem && r.body().contains("urn:mikrolan:problem:conflict")) {
        // Another payment to the same loan came first, more often than the server decides again: a
        // payment is a fact, so the client sends it again with the same key.
        tally.conflicts.incrementAndGet();
        continue;
      }
      tally.faults.add(id + ": " + status + " " + r.headers().firstValue("Content-Type").orElse("") + " " + r.body());
      return;
    }
    tally.faults.add(id + ": not acknowledged within two minutes");
  }

  private HttpResponse<String> get(ServerProcess server, String path) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(URI.create(server.base() + path)).header("Authorization", "Bearer "
        + finance).timeout(CLIENT_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
  }

  private List<CaseRef> active(ServerProcess server, List<CaseRef> loans) throws Exception {
    List<CaseRef> active = new ArrayList<>();
    for (CaseRef loan : loans) {
      JsonNode view = JSON.readTree(get(server, loanPath(loan)).body());
      if (view.path("status").asText().equals("ACTIVE")) {
        active.add(loan);
      }
    }
    return active;
  }

  private static String loanPath(CaseRef loan) {
    return "/api/v1/cases/" + loan.municipalityCode() + "/" + loan.caseId().value() + "/loan";
  }

  /** The account balances, and the read model holds what the account replayed from its stream says. */
  private void checkLoan(ServerProcess server, CaseRef loan) throws Exception {
    HttpResponse<String> r = get(server, loanPath(loan));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode b = JSON.readTree(r.body()).path("balances");
    BigDecimal disbursed = amount(b, "disbursed");
    BigDecimal outstanding = amount(b, "outstanding");
    BigDecimal writtenOff = amount(b, "writtenOff");
    assertThat(amount(b, "paid").subtract(amount(b, "refunded")).add(writtenOff).add(outstanding))
        .as("paid − refunded + written off + outstanding of %s", loan).isEqualByComparingTo(disbursed);
    try (Connection c = admin.getConnection(); PreparedStatement s = c.prepareStatement("SELECT disbursed_ore,"
        + " outstanding_ore, written_off_ore FROM " + schema + ".mikrolan_rm_loans WHERE municipality_code = ? AND"
        + " case_id = ?")) {
      s.setString(1, loan.municipalityCode());
      s.setString(2, loan.caseId().value());
      try (ResultSet rs = s.executeQuery()) {
        assertThat(rs.next()).as("read model row of %s", loan).isTrue();
        assertThat(List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3))).as("read model of %s", loan)
            .isEqualTo(List.of(ore(disbursed), ore(outstanding), ore(writtenOff)));
      }
    }
  }

  private static BigDecimal amount(JsonNode balances, String field) {
    return new BigDecimal(balances.path(field).path("amount").asText());
  }

  private static long ore(BigDecimal kroner) {
    return kroner.movePointRight(2).longValueExact();
  }

  /** How often each of this run's payment ids is stored. */
  private Map<String, Integer> storedPayments(String run) throws SQLException {
    Map<String, Integer> stored = new HashMap<>();
    try (Connection c = admin.getConnection(); PreparedStatement s = c.prepareStatement("SELECT payload FROM " + schema
        + ".mikrolan_events WHERE event_type = 'loan.PaymentReceived'"); ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        Matcher m = PAYMENT_ID.matcher(rs.getString(1));
        if (m.find() && m.group(1).startsWith("lost-db-" + run + "-")) {
          stored.merge(m.group(1), 1, Integer::sum);
        }
      }
    }
    return stored;
  }
}
