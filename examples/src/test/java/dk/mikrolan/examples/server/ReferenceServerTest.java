package dk.mikrolan.examples.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference server in-process: a demo that starts, prints a curl line that answers, keeps its
 * data and tokens across a restart, and never seeds twice; a configured run that seeds its policy
 * folder; and configurations it cannot start with, each one line.
 */
class ReferenceServerTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneId.of("Europe/Copenhagen"));
  private static final Pattern CURL = Pattern.compile("curl -s -H 'Authorization: Bearer ([^']+)' '([^']+)'");
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TempDir
  Path dir;

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private ServerConfig demo(int port) throws ConfigurationException {
    return ServerConfig.from(Map.of("MIKROLAN_DATA_DIR", dir.toString(), "MIKROLAN_PORT", Integer.toString(port)));
  }

  private HttpResponse<String> get(String url, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET();
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String url, String token, String json, String key) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private record Started(ReferenceServer server, String console) {}

  private Started start(ServerConfig config) throws ConfigurationException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReferenceServer server = ReferenceServer.start(config, new PrintStream(out, true, StandardCharsets.UTF_8), CLOCK);
    return new Started(server, out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theDemoStartsAnswersItsCurlLineAndKeepsItsDataAcrossARestart() throws Exception {
    int port = freePort();
    Started first = start(demo(port));
    String token;
    String caseworker;
    try (ReferenceServer server = first.server()) {
      assertThat(server.port()).isEqualTo(port);
      assertThat(first.console()).contains("DEMO MODE", "CPR keys: generated", "demo tokens (printed this once",
          "seeded: Aarhus's demo policy and the walkthrough's synthetic cohort of 20", "listening on http://localhost:" + port + "/");
      Matcher curl = CURL.matcher(first.console());
      assertThat(curl.find()).as(first.console()).isTrue();
      token = curl.group(1);
      HttpResponse<String> report = get(curl.group(2), token);
      assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
      assertThat(report.body()).contains("\"funnel\"", "\"cases\":20");
      assertThat(get("http://localhost:" + port + "/health", null).statusCode()).isEqualTo(200);
      HttpResponse<String> login = get("http://localhost:" + port + "/reports/programme.html", null);
      assertThat(login.statusCode()).isEqualTo(401);
      assertThat(login.body()).contains("<form id=\"login\">", "type=\"password\"", "sessionStorage");
      assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
          csp -> assertThat(csp).contains("script-src 'sha256-"));
      HttpResponse<String> page = get("http://localhost:" + port + "/reports/programme.html?municipality=751", token);
      assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
      assertThat(page.body()).contains("Mikrolån: programrapport for Aarhus Kommune",
          "data-key=\"REFERRED\" data-value=\"20\"", "data-key=\"APPROVED\" data-value=\"13\"")
          .doesNotContain("<script");
      assertThat(get("http://localhost:" + port + "/reports/programme.html?municipality=101", token).statusCode())
          .isEqualTo(404);
      assertThat(get("http://localhost:" + port + "/api/v1/cases", null).statusCode()).isEqualTo(401);
      caseworker = token;
      HttpResponse<String> referred = post("http://localhost:" + port + "/api/v1/cases", caseworker, """
          {"municipality": "751", "caseId": "2026-9042", "participant": {"id": "P-42", "cpr": "150360-5000",
           "name": "Demo Deltager", "benefit": "CASH_BENEFIT", "advisor": "adv-1",
           "businessIdea": {"title": "Cykler", "description": "Reparation", "market": "Aarhus C",
            "revenueModel": "Timepris"}}}""", "demo-1");
      assertThat(referred.statusCode()).as(referred.body()).isEqualTo(201);
    }
    assertThat(Files.readString(dir.resolve("demo/demo-tokens.properties"))).contains(token);

    Started second = start(demo(port));
    try (ReferenceServer server = second.server()) {
      assertThat(server.port()).isEqualTo(port);
      assertThat(second.console()).doesNotContain("seeded:", "generated", "printed this once")
          .contains("demo tokens: in", token);
      HttpResponse<String> kept = get("http://localhost:" + port + "/api/v1/cases/751/2026-9042", caseworker);
      assertThat(kept.statusCode()).as(kept.body()).isEqualTo(200);
      assertThat(kept.body()).contains("150360-XXXX").doesNotContain("150360-5000");
    }
  }

  @Test
  void aDemoStoppedWhileSeedingOrWithoutItsKeysIsRefusedNeverServedHalfWay() throws Exception {
    int port = freePort();
    try (ReferenceServer server = start(demo(port)).server()) {
      assertThat(server.port()).isEqualTo(port);
    }
    Files.delete(dir.resolve("demo/seeded")); // as if the first start had been stopped while seeding
    assertThatThrownBy(() -> start(demo(port))).isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("was left half-seeded").hasMessageContaining("delete " + dir.resolve("demo"));
    Files.writeString(dir.resolve("demo/seeded"), "");
    Files.delete(dir.resolve("demo/cpr-keys.properties"));
    assertThatThrownBy(() -> start(demo(port))).isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("the demo's CPR keys are gone but its database is there");
    assertThat(dir.resolve("demo/cpr-keys.properties")).doesNotExist();
  }

  @Test
  void theAccessLogWritesOneLinePerRequestWhateverThePathHolds() {
    assertThat(AccessLog.printable("api/v1/cases/751/x\nINFO forged line")).isEqualTo("api/v1/cases/751/x\\u000aINFO forged line");
    assertThat(AccessLog.printable("tab\there")).isEqualTo("tab\\u0009here");
  }

  @Test
  void aPortInUseIsOneLine() throws Exception {
    try (ServerSocket taken = new ServerSocket(0)) {
      assertThatThrownBy(() -> start(demo(taken.getLocalPort())))
          .isInstanceOf(ConfigurationException.class).hasMessage("port " + taken.getLocalPort()
              + " is in use (set MIKROLAN_PORT)");
    }
  }

  private Path keys() throws IOException {
    Path file = dir.resolve("keys/cpr-keys.properties");
    KeyFile.generate(file);
    return file;
  }

  @Test
  void aConfiguredRunSeedsItsPolicyFolderAndNothingElse() throws Exception {
    Path policies = Files.createDirectories(dir.resolve("policies/751"));
    Files.writeString(policies.resolve("2026-01-01.properties"),
        "municipality.code = 751\nmunicipality.name = Aarhus Kommune\nvalid-from = 2026-01-01\n");
    int port = freePort();
    ServerConfig config = ServerConfig.from(Map.of("MIKROLAN_TOKENS", "aarhus-auditor-00001=audit-1:AUDITOR@751",
        "MIKROLAN_CPR_KEYS_FILE", keys().toString(), "MIKROLAN_POLICY_DIR", dir.resolve("policies").toString(),
        "MIKROLAN_DATA_DIR", dir.resolve("data").toString(), "MIKROLAN_PORT", Integer.toString(port)));
    Started s = start(config);
    try (ReferenceServer server = s.server()) {
      assertThat(server.port()).isEqualTo(port);
      assertThat(s.console()).contains("policies: 751 (1 file(s))").doesNotContain("DEMO", "seeded:", "curl");
      HttpResponse<String> versions = get("http://localhost:" + port + "/api/v1/policies/751", "aarhus-auditor-00001");
      assertThat(versions.statusCode()).as(versions.body()).isEqualTo(200);
      assertThat(versions.body()).contains("Aarhus Kommune");
      HttpResponse<String> cases = get("http://localhost:" + port + "/api/v1/cases?municipality=751",
          "aarhus-auditor-00001");
      assertThat(cases.body()).contains("\"items\":[]");
    }
  }

  @Test
  void aBadPolicyFileStopsTheStartNamingTheFile() throws Exception {
    Path policies = Files.createDirectories(dir.resolve("policies/751"));
    Files.writeString(policies.resolve("bad.properties"), "municipality.code = 751\nloan.flor = 1000\n");
    ServerConfig config = ServerConfig.from(Map.of("MIKROLAN_TOKENS", "aarhus-auditor-00001=audit-1:AUDITOR@751",
        "MIKROLAN_CPR_KEYS_FILE", keys().toString(), "MIKROLAN_POLICY_DIR", dir.resolve("policies").toString(),
        "MIKROLAN_DATA_DIR", dir.resolve("data").toString(), "MIKROLAN_PORT", Integer.toString(freePort())));
    assertThatThrownBy(() -> start(config)).isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("bad.properties").hasMessageContaining("loan.flor");
  }

  @Test
  void anUnreachableDatabaseIsOneLineWithoutItsPassword() throws Exception {
    ServerConfig config = ServerConfig.from(Map.of("MIKROLAN_TOKENS", "aarhus-auditor-00001=audit-1:AUDITOR@751",
        "MIKROLAN_CPR_KEYS_FILE", keys().toString(), "MIKROLAN_JDBC_URL", "jdbc:postgresql://127.0.0.1:1/mikrolan",
        "MIKROLAN_JDBC_PASSWORD", "s3cret", "MIKROLAN_PORT", Integer.toString(freePort())));
    assertThatThrownBy(() -> start(config)).isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("cannot reach the database at jdbc:postgresql://127.0.0.1:1/mikrolan")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret"));
  }

  @Test
  void anUnreadableKeyFileIsOneLine() throws Exception {
    Path bad = Files.writeString(dir.resolve("keys.properties"), "current=k1\nencryption.k1=not-base64!\nlookup=AA\n");
    ServerConfig config = ServerConfig.from(Map.of("MIKROLAN_TOKENS", "aarhus-auditor-00001=audit-1:AUDITOR@751",
        "MIKROLAN_CPR_KEYS_FILE", bad.toString(), "MIKROLAN_DATA_DIR", dir.resolve("data").toString()));
    assertThatThrownBy(() -> start(config)).isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("holds a key that is not base64");
    assertThat(Optional.of(config.cprKeysFile())).contains(bad);
  }
}
