package dk.mikrolan.examples.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.rest.RoleTable;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Who may do what, against the reference server's jar configured with a token of every role for
 * Aarhus (751) and for Copenhagen (101). Every route of the REST module's literal {@link RoleTable}
 * (complete bodies, after the table's own set-up) and the reference server's report page is called
 * without a token, with each of Aarhus's tokens and with each of Copenhagen's: without a token it
 * is a 401 with {@code WWW-Authenticate} (a problem, but the page's login form); a role of Aarhus the
 * table names gets past the permission check (the domain may still refuse), any other gets a 403
 * problem; Copenhagen's tokens get nothing of Aarhus: a 404 problem (the page: a page saying so)
 * for a role that could, a 403 or 404 for one that could not. The table must name every operation the jar's {@code
 * openapi.json} describes. A second test shows that four-eyes holds through the API: the advisor
 * who recommended a loan, given a second token as a decider, is the same actor and may not defer or
 * write off that loan, while the other advisor may. Each test prints one line of figures.
 */
class AccessIT extends HostileTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> ROLES = List.of("CASEWORKER", "DECIDER", "FINANCE", "AUDITOR", "ADMIN");
  /** The reference server's own route, beside the REST module's: the report as a page, for every role that reads the report. */
  private static final RoleTable.Route REPORT_PAGE = new RoleTable.Route("GET /reports/programme.html", "GET",
      "reports/programme.html?municipality=751", null, "CW DE FI AU AD", true);

  /** Keys of the test's own, numbered: a random one could hold a run of digits shaped like a CPR number, which is refused. */
  private final java.util.concurrent.atomic.AtomicInteger keys = new java.util.concurrent.atomic.AtomicInteger();
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  private static String token(String who) {
    return "hostile-" + who + "-" + UUID.randomUUID().toString().replace("-", "");
  }

  @Test
  void everyRouteAsEveryRoleOfBothMunicipalitiesAndWithoutAToken() throws Exception {
    // The walkthrough from its own default start (January 2025): its cases, cohort (H2025-1) and
    // funds (2025, 2026) are then never the table's (2026-0042, H2026-1, 2027), whatever the day of the run.
    rig.seedFrom(dk.mikrolan.examples.walkthrough.Walkthrough.DEFAULT_START);
    Map<String, String> aarhus = new LinkedHashMap<>();
    Map<String, String> copenhagen = new LinkedHashMap<>();
    StringBuilder tokens = new StringBuilder();
    for (String role : ROLES) {
      String r = role.toLowerCase(Locale.ROOT);
      aarhus.put(role, token("aar-" + r));
      copenhagen.put(role, token("kbh-" + r));
      tokens.append(';').append(aarhus.get(role)).append("=aar-").append(r).append(':').append(role).append("@751")
          .append(';').append(copenhagen.get(role)).append("=kbh-").append(r).append(':').append(role).append("@101");
    }
    List<String> output = Collections.synchronizedList(new ArrayList<>());
    List<String> wrong = new ArrayList<>();
    Map<String, Integer> withoutToken = new TreeMap<>();
    Map<String, Integer> inside = new TreeMap<>();
    Map<String, Integer> outside = new TreeMap<>();
    int requests = 0;
    List<RoleTable.Route> routes = new ArrayList<>(RoleTable.routes());
    routes.add(REPORT_PAGE);
    try (ServerProcess server = ServerProcess.start(rig.environment(rig.directUrl(), tokens.toString()), output)) {
      JsonNode api = JSON.readTree(rig.get(server.base(), "/api/v1/openapi.json").body());
      Set<String> described = new TreeSet<>();
      for (var path : api.path("paths").properties()) {
        for (var operation : path.getValue().properties()) {
          described.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
        }
      }
      described.removeAll(Set.of("GET /health", "GET /api/v1/openapi.json"));
      Set<String> listed = new TreeSet<>();
      RoleTable.routes().forEach(r -> listed.add(r.route().replace(" (reject)", "")));
      assertThat(listed).as("the table's routes against the operations the jar describes").isEqualTo(described);

      // The table reads Aarhus's fund for 2027, which the REST module's fixture has open; the
      // walkthrough opens the funds of 2025 and 2026 only.
      HttpResponse<String> fund = send(server, "POST", "/api/v1/funds", aarhus.get("ADMIN"),
          "{\"municipality\": \"751\", \"period\": \"2027\"}", null);
      assertThat(fund.statusCode()).as("the fund for 2027: %s", fund.body()).isEqualTo(201);
      for (List<String> step : RoleTable.SETUP) {
        HttpResponse<String> a = send(server, "POST", step.get(0), aarhus.get(step.get(2)), step.get(1), step.get(3));
        assertThat(a.statusCode()).as("%s: %s", step.get(0), a.body()).isBetween(200, 201);
      }
      for (RoleTable.Route route : routes) {
        Set<String> may = route.may();
        HttpResponse<String> anonymous = send(server, route, null);
        requests++;
        withoutToken.merge(anonymous.statusCode() + "", 1, Integer::sum);
        if (anonymous.statusCode() != 401 || anonymous.headers().firstValue("WWW-Authenticate").isEmpty()
            || (route != REPORT_PAGE && !problem(anonymous))) {
          wrong.add(route.route() + " without a token: " + anonymous.statusCode());
        }
        for (String role : ROLES) {
          HttpResponse<String> a = send(server, route, aarhus.get(role));
          requests++;
          inside.merge(a.statusCode() + "", 1, Integer::sum);
          // The set-up's case was rejected, so it has no loan: a role that may read is told it does not exist.
          boolean absent = a.statusCode() == 404 && RoleTable.NO_LOAN.contains(route.route());
          boolean passed = a.statusCode() != 401 && a.statusCode() != 403 && (a.statusCode() != 404 || absent)
              && a.statusCode() < 500;
          if (may.contains(role) != passed) {
            wrong.add(route.route() + " as Aarhus's " + role + ": " + a.statusCode() + " " + a.body());
          } else if (!may.contains(role) && (a.statusCode() != 403 || !problem(a))) {
            wrong.add(route.route() + " as Aarhus's " + role + ": " + a.statusCode() + " instead of a 403 problem");
          }
          if (!route.scoped()) {
            continue;
          }
          HttpResponse<String> o = send(server, route, copenhagen.get(role));
          requests++;
          outside.merge(o.statusCode() + "", 1, Integer::sum);
          boolean refused = o.statusCode() == 404 || (!may.contains(role) && o.statusCode() == 403);
          if (!refused || (route != REPORT_PAGE && !problem(o))) {
            wrong.add(route.route() + " as Copenhagen's " + role + ": " + o.statusCode() + " " + o.body());
          }
        }
      }
    }
    List<String> secrets = new ArrayList<>(aarhus.values());
    secrets.addAll(copenhagen.values());
    secrets.add("150390-4000");
    long fiveHundreds = java.util.stream.Stream.of(withoutToken, inside, outside).flatMap(m -> m.entrySet().stream())
        .filter(e -> e.getKey().startsWith("5")).mapToLong(Map.Entry::getValue).sum();
    System.out.printf("access: %d routes, %d requests; without a token %s; with Aarhus's token of each role %s; with"
            + " Copenhagen's token of each role on Aarhus's resources %s; 5xx %d; answered against the table wrongly"
            + " %d; no CPR number or token in %d log lines, file names and table cells%n", routes.size(), requests,
        withoutToken, inside, outside, fiveHundreds, wrong.size(),
        rig.assertNoSecrets(output, secrets.toArray(String[]::new)));
    assertThat(wrong).isEmpty();
  }

  @Test
  void theAdvisorWhoRecommendedIsOneActorUnderASecondToken() throws Exception {
    List<CaseRef> loans = rig.seed();
    Map<String, String> decider = Map.of("adv-1", token("adv1-decider"), "adv-2", token("adv2-decider"));
    String adv1Caseworker = token("adv1-caseworker");
    String tokens = ";" + adv1Caseworker + "=adv-1:CASEWORKER@751;" + decider.get("adv-1") + "=adv-1:DECIDER@751;"
        + decider.get("adv-2") + "=adv-2:DECIDER@751";
    List<String> output = Collections.synchronizedList(new ArrayList<>());
    List<String> wrong = new ArrayList<>();
    Map<String, Integer> refused = new TreeMap<>();
    int allowed = 0;
    int requests = 0;
    try (ServerProcess server = ServerProcess.start(rig.environment(rig.directUrl(), tokens), output)) {
      List<CaseRef> active = rig.active(server.base(), loans);
      Set<String> recommenders = new TreeSet<>();
      for (CaseRef loan : active) {
        HttpResponse<String> kase = rig.get(server.base(), "/api/v1/cases/" + loan.municipalityCode() + "/"
            + loan.caseId().value());
        String advisor = JSON.readTree(kase.body()).path("recommendation").path("by").asText();
        assertThat(decider).as("the advisor who recommended %s", loan).containsKey(advisor);
        recommenders.add(advisor);
        String other = advisor.equals("adv-1") ? "adv-2" : "adv-1";
        String path = HostileRig.loanPath(loan);
        for (String[] decision : new String[][] {{"deferrals", "{\"periods\": 1, \"reason\": \"Sygdom\"}"},
            {"write-offs", "{\"amount\": {\"amount\": \"1.00\", \"currency\": \"DKK\"}, \"reason\": \"Eftergivelse\"}"}}) {
          String etag = rig.etag(server.base(), loan);
          // The recommending advisor, under the token that makes them a decider: one actor, refused.
          HttpResponse<String> same = send(server, "POST", path + "/" + decision[0], decider.get(advisor), decision[1],
              etag);
          requests++;
          refused.merge(same.statusCode() + "", 1, Integer::sum);
          if (same.statusCode() != 422 || !problem(same) || !same.body().contains("FOUR_EYES")) {
            wrong.add(loan + " " + decision[0] + " by " + advisor + " who recommended it: " + same.statusCode() + " "
                + same.body());
          }
          if (!rig.etag(server.base(), loan).equals(etag)) {
            wrong.add(loan + " " + decision[0] + " by " + advisor + " changed the loan");
          }
          // The same person's caseworker token may not decide at all.
          HttpResponse<String> asCaseworker = "adv-1".equals(advisor) ? send(server, "POST", path + "/" + decision[0],
              adv1Caseworker, decision[1], etag) : null;
          if (asCaseworker != null && asCaseworker.statusCode() != 403) {
            wrong.add(loan + " " + decision[0] + " by adv-1 as a caseworker: " + asCaseworker.statusCode());
          }
          // The other advisor, as a decider, may.
          HttpResponse<String> byOther = send(server, "POST", path + "/" + decision[0], decider.get(other), decision[1],
              etag);
          requests += asCaseworker == null ? 1 : 2;
          if (byOther.statusCode() != 200) {
            wrong.add(loan + " " + decision[0] + " by " + other + ": " + byOther.statusCode() + " " + byOther.body());
          } else {
            allowed++;
          }
        }
      }
      assertThat(recommenders).as("advisors who recommended the loans being repaid").containsExactly("adv-1", "adv-2");
    }
    List<String> secrets = new ArrayList<>(decider.values());
    secrets.add(adv1Caseworker);
    System.out.printf("four-eyes: %d decisions sent; the recommending advisor as a decider under a second token %s, the"
            + " other advisor allowed %d times; wrong %d; no CPR number or token in %d log lines, file names and"
            + " table cells%n", requests, refused, allowed, wrong.size(),
        rig.assertNoSecrets(output, secrets.toArray(String[]::new)));
    assertThat(wrong).isEmpty();
  }

  private HttpResponse<String> send(ServerProcess server, RoleTable.Route route, String token) throws Exception {
    return send(server, route.method(), "/" + route.path(), token, route.body(), "\"1\"");
  }

  /** One request; a POST carries a fresh Idempotency-Key and the If-Match given (or none). */
  private HttpResponse<String> send(ServerProcess server, String verb, String path, String token, String body,
      String ifMatch) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.base() + (path.startsWith("/") ? "" : "/")
        + path)).timeout(HostileRig.CLIENT_TIMEOUT);
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (verb.equals("POST")) {
      b.header("Content-Type", "application/json").header("Idempotency-Key", "access-" + keys.incrementAndGet())
          .POST(HttpRequest.BodyPublishers.ofString(body));
      if (ifMatch != null) {
        b.header("If-Match", ifMatch);
      }
    } else {
      b.GET();
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static boolean problem(HttpResponse<String> r) {
    return r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
  }
}
