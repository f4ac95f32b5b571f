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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * What the hostile-conditions suite shares: a PostgreSQL schema of the test's own (dropped
 * afterwards), the reference server's configuration (a token list, a key file; never demo mode),
 * the walkthrough's loans seeded through the entry point, payments posted over HTTP, and the
 * checks made afterwards straight against the database and the API.
 *
 * <p>PostgreSQL at 127.0.0.1:5432 is required when {@code CI} is set; elsewhere a test without it
 * is skipped with a printed notice.
 */
final class HostileRig implements AutoCloseable {

  static final String PG = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
  static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(ServerConfig.CLIENT_TIMEOUT_SECONDS);
  private static final Pattern PAYMENT_ID = Pattern.compile("\"paymentId\"\\s*:\\s*\"([^\"]+)\"");
  private static final ObjectMapper JSON = new ObjectMapper();

  final String finance = "hostile-finance-" + UUID.randomUUID().toString().replace("-", "");
  final String decider = "hostile-decider-" + UUID.randomUUID().toString().replace("-", "");
  final String schema = "hostile_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  final String today = LocalDate.now(ZoneId.of("Europe/Copenhagen")).toString();
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final PGSimpleDataSource admin = new PGSimpleDataSource();
  private final Path dir;

  private HostileRig(Path dir) {
    this.dir = dir;
    admin.setURL(PG);
  }

  /** Creates the schema, or skips the test (fails it under CI) without PostgreSQL. */
  static HostileRig create(Path dir, String test) {
    HostileRig rig = new HostileRig(dir);
    try (Connection c = rig.admin.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + rig.schema);
    } catch (SQLException e) {
      if (System.getenv("CI") != null) {
        throw new AssertionError("PostgreSQL at 127.0.0.1:5432 is required in CI: " + e.getMessage(), e);
      }
      System.out.println("NOTICE: " + test + " skipped: no PostgreSQL at 127.0.0.1:5432 (" + e.getMessage() + ")");
      Assumptions.abort("no PostgreSQL");
    }
    return rig;
  }

  String directUrl() {
    return PG + "&currentSchema=" + schema;
  }

  String urlThrough(int port) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/test?user=postgres&currentSchema=" + schema;
  }

  /**
   * The suite's size, from system properties (the {@code hostile-full} profile sets the full size):
   * {@code mikrolan.hostile.clients}, {@code .payments} (each client's) and {@code .loans}.
   */
  record Size(int clients, int payments, int loans) {

    static Size fromProperties() {
      return new Size(Integer.getInteger("mikrolan.hostile.clients", 8),
          Integer.getInteger("mikrolan.hostile.payments", 100), Integer.getInteger("mikrolan.hostile.loans", 10));
    }

    /** Municipalities to seed: each gives eleven loans being repaid. */
    List<String> municipalities() {
      return MUNICIPALITIES.subList(0, Math.min(MUNICIPALITIES.size(), (loans + 10) / 11));
    }
  }

  private static final List<String> MUNICIPALITIES = List.of("751", "101", "147", "461", "561", "851");

  /**
   * The server's configuration over a database URL: a FINANCE token and a DECIDER token (a person
   * who recommended none of the seeded loans) for the seeded municipalities, a key file of the test's.
   */
  Map<String, String> environment(String jdbcUrl) throws IOException {
    return environment(jdbcUrl, "");
  }

  /** The same, with more entries of {@code MIKROLAN_TOKENS} ({@code ;token=user:ROLE@code…}). */
  Map<String, String> environment(String jdbcUrl, String moreTokens) throws IOException {
    Path keys = dir.resolve("keys/cpr-keys.properties");
    if (!keys.toFile().exists()) {
      KeyFile.generate(keys);
    }
    String all = String.join(",", MUNICIPALITIES);
    String tokens = finance + "=hostile-finance:FINANCE@" + all + ";" + decider + "=hostile-decider:DECIDER@" + all
        + moreTokens;
    return Map.of("MIKROLAN_TOKENS", tokens, "MIKROLAN_JDBC_URL", jdbcUrl, "MIKROLAN_CPR_KEYS_FILE", keys.toString(),
        "MIKROLAN_DATA_DIR", dir.resolve("data").toString());
  }

  /** Seeds the walkthrough's cohort for Aarhus straight into the schema; returns the loans. */
  List<CaseRef> seed() throws Exception {
    return seed(List.of("751"));
  }

  /** Seeds the walkthrough's cohort for each municipality straight into the schema; returns the loans. */
  List<CaseRef> seed(List<String> municipalities) throws Exception {
    return seed(municipalities, false);
  }

  /** The same, each municipality's loan fund revolving (repayments return room to it) or not. */
  List<CaseRef> seed(List<String> municipalities, boolean revolving) throws Exception {
    return SyntheticCohorts.seed(ServerConfig.from(environment(directUrl())), municipalities, revolving);
  }

  /**
   * Seeds the walkthrough's cohort for Aarhus from a fixed day in the past, so that its years, fund
   * periods and cohort id are the same whatever the day of the run.
   */
  List<CaseRef> seedFrom(LocalDate start) throws Exception {
    return SyntheticCohorts.seed(ServerConfig.from(environment(directUrl())), List.of("751"), false, start);
  }

  /** How many events the loan funds' streams hold. */
  long fundEvents() throws SQLException {
    try (Connection c = admin.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM " + schema + ".mikrolan_events WHERE stream_type = 'loan-fund'")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The loans the server reports as being repaid. */
  List<CaseRef> active(String base, List<CaseRef> loans) throws Exception {
    List<CaseRef> active = new ArrayList<>();
    for (CaseRef loan : loans) {
      JsonNode view = JSON.readTree(get(base, loanPath(loan)).body());
      if (view.path("status").asText().equals("ACTIVE")) {
        active.add(loan);
      }
    }
    return active;
  }

  /** One answer, as a client compares a retry's with the first. */
  record Answer(int status, String contentType, boolean retryAfter, String etag, String body) {

    boolean acknowledged() {
      return status >= 200 && status < 300;
    }

    boolean unavailable() {
      return status == 503 && contentType.startsWith("application/problem+json") && retryAfter;
    }

    boolean conflict() {
      return problem(409, "conflict");
    }

    /** A 412: the If-Match named a version the resource has moved on from. */
    boolean stale() {
      return problem(412, "precondition-failed");
    }

    private boolean problem(int code, String type) {
      return status == code && contentType.startsWith("application/problem+json")
          && body.contains("\"urn:mikrolan:problem:" + type + "\"");
    }

    static Answer of(HttpResponse<String> r) {
      return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
          r.headers().firstValue("Retry-After").isPresent(), r.headers().firstValue("ETag").orElse(""), r.body());
    }
  }

  /** A loan decision the suite mixes in with the payments. */
  enum Decision {
    /** Henstand of one period. */
    DEFERRAL("deferrals", "{\"periods\": 1, \"reason\": \"%s\"}"),
    /** Eftergivelse of DKK 1.00. */
    WRITE_OFF("write-offs", "{\"amount\": {\"amount\": \"1.00\", \"currency\": \"DKK\"}, \"reason\": \"%s\"}");

    private final String route;
    private final String body;

    Decision(String route, String body) {
      this.route = route;
      this.body = body;
    }
  }

  /**
   * Posts a decision once, as the DECIDER, with the id as its Idempotency-Key and its reason.
   *
   * @param ifMatch the ETag the decider saw
   */
  Answer decide(String base, CaseRef loan, Decision decision, String id, String ifMatch)
      throws IOException, InterruptedException {
    return Answer.of(client.send(HttpRequest.newBuilder(URI.create(base + loanPath(loan) + "/" + decision.route))
        .header("Authorization", "Bearer " + decider).header("Idempotency-Key", id).header("If-Match", ifMatch)
        .header("Content-Type", "application/json").timeout(CLIENT_TIMEOUT)
        .POST(HttpRequest.BodyPublishers.ofString(String.format(java.util.Locale.ROOT, decision.body, id))).build(),
        HttpResponse.BodyHandlers.ofString()));
  }

  /** The loan's ETag as the server reports it now. */
  String etag(String base, CaseRef loan) throws IOException, InterruptedException {
    HttpResponse<String> r = get(base, loanPath(loan));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return r.headers().firstValue("ETag").orElseThrow();
  }

  /** Posts a payment of DKK 1.00 dated today, once. */
  Answer pay(String base, CaseRef loan, String id) throws IOException, InterruptedException {
    String body = "{\"paymentId\": \"" + id + "\", \"amount\": {\"amount\": \"1.00\", \"currency\": \"DKK\"},"
        + " \"valueDate\": \"" + today + "\", \"externalReference\": \"" + id + "\"}";
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + loanPath(loan) + "/payments"))
        .header("Authorization", "Bearer " + finance).header("Idempotency-Key", id)
        .header("Content-Type", "application/json").timeout(CLIENT_TIMEOUT)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    return Answer.of(r);
  }

  HttpResponse<String> get(String base, String path) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + finance)
        .timeout(CLIENT_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
  }

  static String loanPath(CaseRef loan) {
    return "/api/v1/cases/" + loan.municipalityCode() + "/" + loan.caseId().value() + "/loan";
  }

  /** The account balances, and the read model holds what the account replayed from its stream says. */
  void checkLoan(String base, CaseRef loan) throws Exception {
    HttpResponse<String> r = get(base, loanPath(loan));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode b = JSON.readTree(r.body()).path("balances");
    BigDecimal disbursed = amount(b, "disbursed");
    BigDecimal outstanding = amount(b, "outstanding");
    BigDecimal writtenOff = amount(b, "writtenOff");
    // What was paid out, paid, refunded and written off, counted here from the events stored in
    // the loan's stream; then paid − refunded + written off + outstanding = disbursed with those counts.
    StreamSums sums = sums(loan);
    assertThat(List.of(disbursed, amount(b, "paid"), amount(b, "refunded"), writtenOff))
        .as("disbursed, paid, refunded and written off of %s, against its stored events", loan)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(sums.disbursed(), sums.paid(), sums.refunded(), sums.writtenOff());
    assertThat(sums.paid().subtract(sums.refunded()).add(sums.writtenOff()).add(outstanding))
        .as("paid − refunded + written off + outstanding of %s", loan).isEqualByComparingTo(sums.disbursed());
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

  private static final Pattern AMOUNT = Pattern.compile("\"amount\"\\s*:\\s*\"DKK (-?[0-9.]+)\"");

  /** Sums over a loan's stored events. */
  private record StreamSums(BigDecimal disbursed, BigDecimal paid, BigDecimal refunded, BigDecimal writtenOff) {}

  /**
   * What a loan's stored events paid out, paid (less what the bank took back), refunded and wrote
   * off. A write-off of "the rest" names no amount; the loans the suite checks are being repaid,
   * so they have none.
   */
  private StreamSums sums(CaseRef loan) throws SQLException {
    BigDecimal disbursed = BigDecimal.ZERO;
    BigDecimal refunded = BigDecimal.ZERO;
    BigDecimal writtenOff = BigDecimal.ZERO;
    Map<String, BigDecimal> received = new HashMap<>();
    List<String> reversed = new ArrayList<>();
    try (Connection c = admin.getConnection(); PreparedStatement s = c.prepareStatement("SELECT event_type, payload"
        + " FROM " + schema + ".mikrolan_events WHERE stream_type = 'loan' AND stream_id = ?")) {
      s.setString(1, loan.municipalityCode() + ":" + loan.caseId().value());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          String type = rs.getString(1);
          String payload = rs.getString(2);
          Matcher id = PAYMENT_ID.matcher(payload);
          switch (type) {
            case "loan.TrancheDisbursed" -> disbursed = disbursed.add(amountOf(payload));
            case "loan.OverpaymentRefunded" -> refunded = refunded.add(amountOf(payload));
            case "loan.WrittenOff" -> writtenOff = writtenOff.add(amountOf(payload));
            case "loan.PaymentReceived" -> received.put(id.find() ? id.group(1) : "", amountOf(payload));
            case "loan.PaymentReversed" -> reversed.add(id.find() ? id.group(1) : "");
            default -> { }
          }
        }
      }
    }
    reversed.forEach(received::remove);
    return new StreamSums(disbursed, received.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add), refunded,
        writtenOff);
  }

  private static BigDecimal amountOf(String payload) {
    Matcher amount = AMOUNT.matcher(payload);
    assertThat(amount.find()).as("the amount of a stored event").isTrue();
    return new BigDecimal(amount.group(1));
  }

  private static BigDecimal amount(JsonNode balances, String field) {
    return new BigDecimal(balances.path(field).path("amount").asText());
  }

  private static long ore(BigDecimal kroner) {
    return kroner.movePointRight(2).longValueExact();
  }

  /**
   * What the store holds of a run's payments against what the clients were told: acknowledged
   * but not stored (lost), stored more than once (duplicated), stored but never acknowledged.
   */
  record Stored(long lost, long duplicated, long unacknowledged, Map<String, Integer> counts) {}

  /** Compares the payments stored under a prefix with those acknowledged. */
  Stored stored(String prefix, java.util.Set<String> acknowledged) throws SQLException {
    return compare(acknowledged, storedIds(List.of("loan.PaymentReceived"), PAYMENT_ID, prefix));
  }

  private static final Pattern REASON = Pattern.compile("\"reason\"\\s*:\\s*\"([^\"]+)\"");

  /** Compares the deferrals and write-offs stored under a prefix (their reason is the request's id) with those acknowledged. */
  Stored storedDecisions(String prefix, java.util.Set<String> acknowledged) throws SQLException {
    return compare(acknowledged, storedIds(List.of("loan.Deferred", "loan.WrittenOff"), REASON, prefix));
  }

  private static Stored compare(java.util.Set<String> acknowledged, Map<String, Integer> counts) {
    return new Stored(acknowledged.stream().filter(id -> !counts.containsKey(id)).count(),
        counts.values().stream().filter(n -> n > 1).count(),
        counts.keySet().stream().filter(id -> !acknowledged.contains(id)).count(), counts);
  }

  /** How often each id that starts with a prefix is stored in an event of the given types. */
  private Map<String, Integer> storedIds(List<String> types, Pattern id, String prefix) throws SQLException {
    Map<String, Integer> stored = new HashMap<>();
    try (Connection c = admin.getConnection(); PreparedStatement s = c.prepareStatement("SELECT payload FROM " + schema
        + ".mikrolan_events WHERE event_type = ANY (?)")) {
      s.setArray(1, c.createArrayOf("text", types.toArray()));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          Matcher m = id.matcher(rs.getString(1));
          if (m.find() && m.group(1).startsWith(prefix)) {
            stored.merge(m.group(1), 1, Integer::sum);
          }
        }
      }
    }
    return stored;
  }

  /**
   * Checks that no CPR number of the seeded cohort (as {@code DDMMYY-SSSS}, as {@code DDMMYYSSSS},
   * and with its hyphen JSON-escaped) and no token appears in the servers' output, in a
   * file name under the data folder (the letters' outbox), or in plain in any row of any table.
   *
   * @param output every line the test's servers printed
   * @param more the test's own tokens and CPR numbers ({@code DDMMYY-SSSS}, searched in the same forms)
   * @return how many lines, file names and table cells were searched
   */
  long assertNoSecrets(List<String> output, String... more) throws Exception {
    List<String> secrets = new ArrayList<>(List.of(finance, decider));
    List<String> cprs = new ArrayList<>(dk.mikrolan.examples.walkthrough.Walkthrough.syntheticCprNumbers());
    for (String m : more) {
      (m.matches("[0-9]{6}-[0-9]{4}") ? cprs : secrets).add(m);
    }
    for (String cpr : cprs) {
      secrets.add(cpr);
      secrets.add(cpr.replace("-", ""));
      secrets.add(cpr.replace("-", "\\u002d"));
      secrets.add(cpr.replace("-", "\\u002D"));
    }
    long searched = 0;
    List<String> found = new ArrayList<>();
    List<String> lines;
    synchronized (output) {
      lines = List.copyOf(output);
    }
    for (String line : lines) {
      searched++;
      secrets.stream().filter(line::contains).findFirst().ifPresent(x -> found.add("a server's output"));
    }
    Path data = dir.resolve("data");
    if (java.nio.file.Files.exists(data)) {
      try (var files = java.nio.file.Files.walk(data)) {
        for (Path file : files.toList()) {
          searched++;
          String name = file.getFileName().toString();
          secrets.stream().filter(name::contains).findFirst().ifPresent(x -> found.add("the file name " + file));
        }
      }
    }
    try (Connection c = admin.getConnection()) {
      List<String> tables = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(
          "SELECT table_name FROM information_schema.tables WHERE table_schema = ?")) {
        s.setString(1, schema);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            tables.add(rs.getString(1));
          }
        }
      }
      assertThat(tables).as("the schema's tables").isNotEmpty();
      for (String table : tables) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + schema + "." + table)) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int i = 1; i <= columns; i++) {
              String cell = rs.getString(i);
              searched++;
              if (cell != null && secrets.stream().anyMatch(cell::contains)) {
                found.add("a row of " + table + ", column " + rs.getMetaData().getColumnName(i));
              }
            }
          }
        }
      }
    }
    // Where, never what: the secret itself stays out of the test's own report.
    assertThat(found).as("places holding a CPR number or a token").isEmpty();
    return searched;
  }

  @Override
  public void close() throws SQLException {
    try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }
}
