package dk.mikrolan.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every route × every role, inside and outside the caller's municipality, against this test's own
 * literal table (never the code's): a role the table names gets past the permission check (the
 * domain may still refuse: 412, 422 …), any other role gets 403; a caseworker of Copenhagen gets 404
 * for Aarhus's cases, cohorts and participants. The route list must name every route the resources
 * serve, so no endpoint is left out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest {

  private static final String C = "/api/v1/cases/{municipality}/{caseId}";
  private static final String H = "/api/v1/cohorts/{municipality}/{cohortId}";

  /** A route as the test calls it: the path with Aarhus's case and cohort filled in, and a body. */
  private record Call(String route, String method, String path, String body, String roles, boolean scoped) {}

  private static final Map<String, String> TOKENS = new LinkedHashMap<>();

  static {
    TOKENS.put("CW", Fixture.CASEWORKER);
    TOKENS.put("DE", Fixture.DECIDER);
    TOKENS.put("FI", Fixture.FINANCE);
    TOKENS.put("AU", Fixture.AUDITOR);
    TOKENS.put("AD", Fixture.ADMIN);
  }

  private static final String TERMS = Journey.TERMS;

  /** Who may, route by route: CW DE FI AU AD. */
  private static List<Call> table() {
    String c = "api/v1/cases/751/2026-0042";
    String h = "api/v1/cohorts/751/H2026-1";
    List<Call> t = new ArrayList<>();
    t.add(new Call("POST /api/v1/schedule-previews", "POST", "api/v1/schedule-previews",
        "{\"principal\": {\"amount\": \"5000\", \"currency\": \"DKK\"}, \"firstDueDate\": \"2027-03-26\", "
            + "\"frequency\": \"MONTHLY\", \"instalmentCount\": 5}", "CW DE FI AU AD", false));
    t.add(new Call("POST /api/v1/aid-equivalents", "POST", "api/v1/aid-equivalents",
        "{\"principal\": {\"amount\": \"5000\", \"currency\": \"DKK\"}, \"firstDueDate\": \"2027-03-26\", "
            + "\"frequency\": \"MONTHLY\", \"instalmentCount\": 5, \"disbursementDate\": \"2027-01-26\", "
            + "\"referenceRate\": \"0.07\", \"discountRate\": \"0.04\"}", "CW DE FI AU AD", false));
    t.add(new Call("GET /api/v1/cases", "GET", "api/v1/cases?municipality=751", null, "CW DE FI AU", true));
    t.add(new Call("POST /api/v1/cases", "POST", "api/v1/cases", Journey.PARTICIPANT, "CW", true));
    t.add(new Call("GET " + C, "GET", c, null, "CW DE FI AU", true));
    t.add(new Call("GET " + C + "/letters", "GET", c + "/letters", null, "CW DE FI AU", true));
    t.add(new Call("GET " + C + "/letters/{number}", "GET", c + "/letters/1", null, "CW DE FI AU", true));
    t.add(new Call("POST " + C + "/screening", "POST", c + "/screening", "{}", "CW", true));
    t.add(new Call("POST " + C + "/screening-outcome", "POST", c + "/screening-outcome", Journey.ELIGIBLE, "CW", true));
    t.add(new Call("POST " + C + "/cafe-meetings", "POST", c + "/cafe-meetings",
        "{\"note\": \"n\", \"heldOn\": \"2026-12-07\"}", "CW", true));
    t.add(new Call("POST " + C + "/assessment", "POST", c + "/assessment", Journey.ELIGIBLE, "CW", true));
    t.add(new Call("POST " + C + "/competence-development", "POST", c + "/competence-development",
        "{\"cohortId\": \"H2026-1\"}", "CW", true));
    t.add(new Call("POST " + C + "/seminar", "POST", c + "/seminar", "{}", "CW", true));
    t.add(new Call("POST " + C + "/recommendation", "POST", c + "/recommendation", "{\"terms\": " + TERMS + "}", "CW",
        true));
    t.add(new Call("POST " + C + "/hearings", "POST", c + "/hearings", "{\"facts\": [{\"da\": \"f\", \"en\": \"f\"}]}",
        "CW", true));
    t.add(new Call("POST " + C + "/hearing-answers", "POST", c + "/hearing-answers",
        "{\"summary\": \"s\", \"receivedOn\": \"2026-12-07\"}", "CW", true));
    t.add(new Call("POST " + C + "/application", "POST", c + "/application", "{\"requestedAmount\": {\"amount\": "
        + "\"5000\", \"currency\": \"DKK\"}, \"frequency\": \"MONTHLY\", \"instalmentCount\": 5, \"budget\": "
        + "[{\"category\": \"EQUIPMENT\", \"description\": \"d\", \"amount\": {\"amount\": \"5000\", \"currency\": \"DKK\"}}]}",
        "CW", true));
    t.add(new Call("POST " + C + "/follow-ups", "POST", c + "/follow-ups",
        "{\"monthsAfterPayout\": 6, \"status\": \"SELF_SUPPORTING\", \"businessActive\": true}", "CW", true));
    t.add(new Call("POST " + C + "/notes", "POST", c + "/notes", "{\"text\": \"n\"}", "CW DE", true));
    t.add(new Call("POST " + C + "/withdrawal", "POST", c + "/withdrawal", "{\"reason\": \"r\"}", "CW DE", true));
    t.add(new Call("POST " + C + "/decisions", "POST", c + "/decisions", Journey.APPROVAL, "DE", true));
    t.add(new Call("POST " + C + "/decisions (reject)", "POST", c + "/decisions", REJECTION, "DE", true));
    t.add(new Call("POST /api/v1/cohorts", "POST", "api/v1/cohorts",
        "{\"municipality\": \"751\", \"cohortId\": \"H2026-1\", \"startDate\": \"2026-12-07\"}", "CW AD", true));
    t.add(new Call("GET " + H, "GET", h, null, "CW DE FI AU", true));
    t.add(new Call("POST " + H + "/sessions", "POST", h + "/sessions",
        "{\"sessionId\": \"G9\", \"kind\": \"GUIDANCE\", \"date\": \"2026-12-20\"}", "CW AD", true));
    t.add(new Call("POST " + H + "/enrolments", "POST", h + "/enrolments",
        "{\"caseId\": \"2026-0042\", \"enrolledOn\": \"2026-12-07\"}", "CW", true));
    t.add(new Call("POST " + H + "/leavings", "POST", h + "/leavings",
        "{\"caseId\": \"2026-0042\", \"leftOn\": \"2026-12-07\", \"reason\": \"r\"}", "CW", true));
    t.add(new Call("POST " + H + "/attendance", "POST", h + "/attendance",
        "{\"sessionId\": \"G9\", \"caseId\": \"2026-0042\", \"attended\": true}", "CW", true));
    t.add(new Call("POST /api/v1/participants/search", "POST", "api/v1/participants/search",
        "{\"cpr\": \"150390-4000\", \"municipalities\": [\"751\"]}", "CW DE FI AU", true));
    t.add(new Call("POST /api/v1/participants/{municipality}/{participantId}/cpr-reveals", "POST",
        "api/v1/participants/751/P-42/cpr-reveals", "{\"purpose\": \"Brev\"}", "CW DE", true));
    String l = c + "/loan";
    String L = C + "/loan";
    t.add(new Call("GET " + L, "GET", l, null, "CW DE FI AU", true));
    t.add(new Call("GET " + L + "/instalments", "GET", l + "/instalments", null, "CW DE FI AU", true));
    t.add(new Call("GET /api/v1/loans-in-arrears", "GET", "api/v1/loans-in-arrears?municipality=751", null,
        "CW DE FI AU", true));
    t.add(new Call("POST " + L + "/payouts", "POST", l + "/payouts", "{\"amount\": {\"amount\": \"1000\", "
        + "\"currency\": \"DKK\"}, \"paidOn\": \"2026-12-07\", \"reference\": \"NK\"}", "FI", true));
    t.add(new Call("POST " + L + "/payments", "POST", l + "/payments", "{\"paymentId\": \"p\", \"amount\": "
        + "{\"amount\": \"100\", \"currency\": \"DKK\"}, \"valueDate\": \"2026-12-07\", "
        + "\"externalReference\": \"r\"}", "FI", true));
    t.add(new Call("POST " + L + "/reversals", "POST", l + "/reversals",
        "{\"paymentId\": \"p\", \"reversedOn\": \"2026-12-07\", \"reason\": \"r\"}", "FI", true));
    t.add(new Call("POST " + L + "/refunds", "POST", l + "/refunds", "{\"amount\": {\"amount\": \"1\", "
        + "\"currency\": \"DKK\"}, \"paidOn\": \"2026-12-07\", \"reference\": \"r\"}", "FI", true));
    t.add(new Call("POST " + L + "/deferrals", "POST", l + "/deferrals", "{\"periods\": 1, \"reason\": \"r\"}",
        "DE", true));
    t.add(new Call("POST " + L + "/reschedules", "POST", l + "/reschedules", "{\"firstDueDate\": \"2027-09-01\", "
        + "\"frequency\": \"MONTHLY\", \"instalmentCount\": 6, \"reason\": \"r\"}", "DE", true));
    t.add(new Call("POST " + L + "/write-offs", "POST", l + "/write-offs", "{\"reason\": \"r\"}", "DE", true));
    t.add(new Call("POST " + L + "/payout-closing", "POST", l + "/payout-closing", "{}", "FI", true));
    t.add(new Call("POST /api/v1/funds", "POST", "api/v1/funds", "{\"municipality\": \"751\", \"period\": \"2029\"}",
        "AD", true));
    t.add(new Call("GET /api/v1/funds/{municipality}/{period}", "GET", "api/v1/funds/751/2027", null, "CW DE FI AU", true));
    t.add(new Call("POST /api/v1/funds/{municipality}/{period}/ceiling", "POST", "api/v1/funds/751/2027/ceiling",
        "{\"ceiling\": {\"amount\": \"800000\", \"currency\": \"DKK\"}}", "AD", true));
    t.add(new Call("GET /api/v1/policies/{municipality}", "GET", "api/v1/policies/751", null, "CW DE FI AU AD", true));
    t.add(new Call("POST /api/v1/policies/{municipality}", "POST", "api/v1/policies/751",
        "{\"file\": {\"municipality.code\": \"751\", \"municipality.name\": \"Aarhus Kommune\", "
            + "\"valid-from\": \"2027-03-01\"}}", "AD", true));
    t.add(new Call("GET /api/v1/reports/programme", "GET", "api/v1/reports/programme?municipality=751", null,
        "CW DE FI AU AD", true));
    t.add(new Call("POST " + C + "/exports", "POST", c + "/exports", "{\"purpose\": \"Aktindsigt 2026-17\"}", "DE AU",
        true));
    t.add(new Call("GET /api/v1/events", "GET", "api/v1/events?municipality=751", null, "AU", true));
    return t;
  }

  private static final Set<String> NO_LOAN = Set.of("GET " + C + "/loan", "GET " + C + "/loan/instalments");

  private JerseyServer server;
  private MikrolanRest rest;
  private final AtomicInteger keys = new AtomicInteger();

  @BeforeAll
  void start() {
    Fixture fixture = new Fixture();
    rest = fixture.rest;
    server = new JerseyServer(rest);
    assertThat(server.api.post("api/v1/cases", Fixture.CASEWORKER, Journey.PARTICIPANT, "Idempotency-Key", "setup-1")
        .status()).isEqualTo(201);
    assertThat(server.api.post("api/v1/cohorts", Fixture.CASEWORKER, "{\"municipality\": \"751\", "
        + "\"cohortId\": \"H2026-1\", \"startDate\": \"2026-12-07\"}", "Idempotency-Key", "setup-2").status())
        .isEqualTo(201);
    // A rejection writes a letter, so the letter routes have one to show.
    Api.Answer rejected = server.api.post("api/v1/cases/751/2026-0042/decisions", Fixture.DECIDER, REJECTION,
        "Idempotency-Key", "setup-3", "If-Match", "\"1\"");
    assertThat(rejected.status()).as(rejected.text()).isEqualTo(200);
  }

  private static final String REJECTION = "{\"decision\": \"REJECT\", "
      + "\"rules\": [{\"code\": \"R\", \"source\": \"notat\", \"text\": {\"da\": \"r\", \"en\": \"r\"}}], "
      + "\"considerations\": [{\"da\": \"c\", \"en\": \"c\"}]}";

  @AfterAll
  void stop() {
    server.close();
  }

  private Api.Answer call(Call c, String token) {
    if (c.method().equals("GET")) {
      return server.api.get(c.path(), token);
    }
    return server.api.post(c.path(), token, c.body(), "Idempotency-Key", "m-" + keys.incrementAndGet(),
        "If-Match", "\"1\"");
  }

  @Test
  void theTableNamesEveryRouteButTheOpenOnes() {
    Set<String> listed = new TreeSet<>();
    table().forEach(c -> listed.add(c.route().replace(" (reject)", "")));
    Set<String> served = new TreeSet<>(Routes.served(rest));
    served.removeAll(Set.of("GET /health", "GET /api/v1/openapi.json"));
    assertThat(listed).isEqualTo(served);
  }

  @Test
  void everyRoleGetsWhatTheTableSaysInsideAndNothingOutside() {
    List<String> wrong = new ArrayList<>();
    for (Call c : table()) {
      Set<String> may = Set.of(c.roles().split(" "));
      for (Map.Entry<String, String> role : TOKENS.entrySet()) {
        Api.Answer a = call(c, role.getValue());
        // The setup's case was rejected, so it has no loan: a role that may read is told the loan does
        // not exist (404), one that may not is told 403 first.
        boolean absent = a.status() == 404 && NO_LOAN.contains(c.route());
        boolean passed = a.status() != 401 && a.status() != 403 && (a.status() != 404 || absent) && a.status() < 500;
        if (may.contains(role.getKey()) != passed) {
          wrong.add(c.route() + " as " + role.getKey() + ": " + a.status() + " " + a.text());
        } else if (!may.contains(role.getKey()) && a.status() != 403) {
          wrong.add(c.route() + " as " + role.getKey() + ": " + a.status() + " instead of 403");
        }
      }
      if (c.scoped()) {
        Api.Answer outside = call(c, Fixture.COPENHAGEN);
        if (outside.status() != 404) {
          wrong.add(c.route() + " from Copenhagen: " + outside.status() + " instead of 404");
        }
      }
    }
    assertThat(wrong).isEmpty();
  }
}
