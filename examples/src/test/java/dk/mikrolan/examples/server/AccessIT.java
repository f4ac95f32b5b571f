package dk.mikrolan.examples.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mikrolan.identity.CaseRef;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Who may do what, against the reference server's jar: every operation {@code openapi.json} lists,
 * without a token and with the token of another municipality. Without a token every route under
 * {@code /api/v1} but the API's own description is a 401 problem with {@code WWW-Authenticate};
 * with a token of every role but of Copenhagen (101), nothing of Aarhus (751) is answered with a
 * 2xx: a route about an Aarhus case, cohort, fund, participant or policy is a 403 or 404 problem,
 * and so is a list, report or feed asked for Aarhus. The same token does reach Copenhagen's own
 * (empty) case list, so the refusals are about the municipality, not a broken token. The commands
 * here carry only {@code {"municipality": "751"}}, so most are refused as incomplete (422) before
 * the municipality is weighed; each role against each command with a complete body is the REST
 * module's {@code RoleMatrixTest}, in-process. One line of figures is printed.
 */
class AccessIT extends HostileTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ROLES = "CASEWORKER,DECIDER,FINANCE,AUDITOR,ADMIN";

  private final String copenhagen = "hostile-kbh-" + UUID.randomUUID().toString().replace("-", "");
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void noTokenAndAnotherMunicipalitysTokenReachNothingOfAarhus() throws Exception {
    List<CaseRef> loans = rig.seed();
    List<String> output = Collections.synchronizedList(new ArrayList<>());
    Map<String, Integer> withoutToken = new TreeMap<>();
    Map<String, Integer> otherMunicipality = new TreeMap<>();
    List<String> faults = new ArrayList<>();
    int requests = 0;
    try (ServerProcess server = ServerProcess.start(rig.environment(rig.directUrl(),
        ";" + copenhagen + "=kbh-1:" + ROLES + "@101"), output)) {
      JsonNode api = JSON.readTree(rig.get(server.base(), "/api/v1/openapi.json").body());
      Map<String, String> aarhus = Map.of("municipality", "751", "caseId", loans.get(0).caseId().value(), "period",
          "2026", "participantId", "P-1", "cohortId", "H2025-1", "number", "1");
      for (var entry : api.path("paths").properties()) {
        String path = fill(entry.getKey(), aarhus) + (entry.getKey().contains("{municipality}") ? ""
            : "?municipality=751");
        for (String method : List.of("get", "post")) {
          if (!entry.getValue().has(method) || !entry.getKey().startsWith("/api/v1/")
              || entry.getKey().equals("/api/v1/openapi.json")) {
            continue;
          }
          String verb = method.toUpperCase(java.util.Locale.ROOT);
          String body = "{\"municipality\": \"751\"}";
          HttpResponse<String> anonymous = send(server, verb, path, null, body);
          requests++;
          withoutToken.merge(anonymous.statusCode() + "", 1, Integer::sum);
          if (anonymous.statusCode() != 401 || !problem(anonymous)
              || anonymous.headers().firstValue("WWW-Authenticate").isEmpty()) {
            faults.add("no token: " + verb + " " + entry.getKey() + " → " + anonymous.statusCode());
          }
          if (!scopedToAarhus(entry.getKey(), verb)) {
            continue;
          }
          HttpResponse<String> other = send(server, verb, path, copenhagen, body);
          requests++;
          otherMunicipality.merge(other.statusCode() + "", 1, Integer::sum);
          if (other.statusCode() < 400 || other.statusCode() >= 500 || !problem(other)) {
            faults.add("Copenhagen's token: " + verb + " " + entry.getKey() + " → " + other.statusCode());
          }
        }
      }
      HttpResponse<String> own = send(server, "GET", "/api/v1/cases?municipality=101", copenhagen, null);
      assertThat(own.statusCode()).as("Copenhagen's own case list: %s", own.body()).isEqualTo(200);
    }
    System.out.printf("access: %d requests; without a token %s; with another municipality's token of every role %s;"
        + " faults %d; no CPR number or token in %d log lines, file names and table cells%n", requests, withoutToken,
        otherMunicipality, faults.size(), rig.assertNoSecrets(output));
    assertThat(faults).isEmpty();
  }

  /** Whether a route reads or changes something of one municipality (the path's, or Aarhus as asked). */
  private static boolean scopedToAarhus(String template, String verb) {
    if (template.contains("{municipality}")) {
      return true;
    }
    return switch (template) {
      case "/api/v1/cases", "/api/v1/cohorts", "/api/v1/funds", "/api/v1/reports/programme", "/api/v1/events",
          "/api/v1/loans-in-arrears", "/api/v1/participants/search" -> true;
      default -> false;
    };
  }

  private HttpResponse<String> send(ServerProcess server, String verb, String path, String token, String body)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.base() + path)).timeout(HostileRig.CLIENT_TIMEOUT);
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (verb.equals("POST")) {
      b.header("Content-Type", "application/json").header("Idempotency-Key", "access-" + UUID.randomUUID())
          .POST(HttpRequest.BodyPublishers.ofString(body));
    } else {
      b.GET();
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static boolean problem(HttpResponse<String> r) {
    return r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
  }

  private static String fill(String template, Map<String, String> values) {
    Matcher m = Pattern.compile("\\{(\\w+)\\}").matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "x")));
    }
    m.appendTail(out);
    return out.toString();
  }
}
