package dk.mikrolan.examples.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.mikrolan.identity.CaseRef;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walkthrough's cohort seeded for several municipalities, as the load run seeds it. */
class SyntheticCohortsTest {

  private static final String ADMIN = "synthetic-admin-0001";

  @TempDir
  Path dir;

  private ServerConfig config(int port) throws Exception {
    Path keys = dir.resolve("keys/cpr-keys.properties");
    if (!keys.toFile().exists()) {
      KeyFile.generate(keys);
    }
    return ServerConfig.from(Map.of("MIKROLAN_TOKENS", ADMIN + "=admin-1:ADMIN,FINANCE@751,101,461",
        "MIKROLAN_CPR_KEYS_FILE", keys.toString(), "MIKROLAN_DATA_DIR", dir.resolve("data").toString(),
        "MIKROLAN_PORT", Integer.toString(port)));
  }

  @Test
  void seedsThirteenLoansForEachMunicipalityUnderItsOwnPolicyAndFund() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    ServerConfig config = config(port);
    List<CaseRef> loans = SyntheticCohorts.seed(config, List.of("751", "101"), false);
    List<CaseRef> revolving = SyntheticCohorts.seed(config, List.of("461"), true);
    assertThat(loans).hasSize(26).doesNotHaveDuplicates();
    assertThat(loans.stream().filter(l -> l.municipalityCode().equals("751"))).hasSize(13);
    assertThat(loans.stream().filter(l -> l.municipalityCode().equals("101"))).hasSize(13);
    assertThat(revolving).hasSize(13).allSatisfy(l -> assertThat(l.municipalityCode()).isEqualTo("461"));

    Clock clock = Clock.system(ZoneId.of("Europe/Copenhagen"));
    int fundYear = LocalDate.now(clock).minusDays(400).getYear();
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    HttpClient client = HttpClient.newHttpClient();
    try (ReferenceServer server = ReferenceServer.start(config, quiet, clock)) {
      String base = "http://localhost:" + server.port() + "/api/v1/";
      assertThat(get(client, base + "policies/101").body()).contains("Kommune 101").doesNotContain("Aarhus");
      assertThat(get(client, base + "policies/751").body()).contains("Aarhus Kommune");
      assertThat(get(client, base + "funds/101/" + fundYear).body()).contains("\"revolving\":false");
      assertThat(get(client, base + "funds/461/" + fundYear).body()).contains("\"revolving\":true");
      HttpResponse<String> loan = get(client, base + "cases/101/" + loans.get(13).caseId().value() + "/loan");
      assertThat(loan.statusCode()).as(loan.body()).isEqualTo(200);
    }
  }

  @Test
  void aMunicipalitySeededTwiceIsRefusedNamingTheStep() throws Exception {
    ServerConfig config = config(8080);
    SyntheticCohorts.seed(config, List.of("751"), false);
    assertThatThrownBy(() -> SyntheticCohorts.seed(config, List.of("751"), false))
        .isInstanceOf(IllegalStateException.class);
  }

  private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + ADMIN).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
