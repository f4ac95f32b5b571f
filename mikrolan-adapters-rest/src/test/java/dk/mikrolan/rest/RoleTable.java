package dk.mikrolan.rest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may call which route of the API, as this literal table says (never the code): every route
 * the resources serve but {@code /health} and the API's description, each with the path filled in
 * for Aarhus's (751) case {@code 2026-0042}, its participant {@code P-42} and its cohort {@code
 * H2026-1}, a complete body, and the roles that get past the permission check. The in-process
 * {@code RoleMatrixTest} checks it, and so does the reference server's test of its jar (this
 * module's test jar), after the same {@linkplain #SETUP set-up}: the case referred, the cohort
 * created and the case rejected, so that its letter routes have a letter to show and the loan
 * routes find no loan.
 */
public final class RoleTable {

  private RoleTable() {}

  /** The roles by the table's abbreviations. */
  public static final Map<String, String> ROLES = Map.of("CW", "CASEWORKER", "DE", "DECIDER", "FI", "FINANCE", "AU",
      "AUDITOR", "AD", "ADMIN");

  /**
   * One route as the table calls it.
   *
   * @param route the method and path template, as the API's description names it
   * @param method GET or POST
   * @param path the path with Aarhus's case and cohort filled in, without a leading slash
   * @param body the body of a POST (complete), or null
   * @param roles the abbreviations of the roles that may, such as {@code "CW DE"}
   * @param scoped whether the route reads or changes something of one municipality (Aarhus)
   */
  public record Route(String route, String method, String path, String body, String roles, boolean scoped) {

    /** The roles that may, by name ({@code CASEWORKER} …). */
    public Set<String> may() {
      return Arrays.stream(roles.split(" ")).map(ROLES::get).collect(Collectors.toUnmodifiableSet());
    }
  }

  /** The case referral of the set-up (a CPR number of the table's own: 150390-4000). */
  public static final String PARTICIPANT = Journey.PARTICIPANT;

  /** The cohort of the set-up. */
  public static final String COHORT = "{\"municipality\": \"751\", \"cohortId\": \"H2026-1\", \"startDate\": \"2026-12-07\"}";

  /** A refusal, which writes a letter. */
  public static final String REJECTION = "{\"decision\": \"REJECT\", "
      + "\"rules\": [{\"code\": \"R\", \"source\": \"notat\", \"text\": {\"da\": \"r\", \"en\": \"r\"}}], "
      + "\"considerations\": [{\"da\": \"c\", \"en\": \"c\"}]}";

  /**
   * The set-up before the table is called, in order: path, body, the role that posts it, and the
   * If-Match it needs (or null); each answered 201 or 200.
   */
  public static final List<List<String>> SETUP = List.of(
      Arrays.asList("api/v1/cases", PARTICIPANT, "CASEWORKER", null),
      Arrays.asList("api/v1/cohorts", COHORT, "CASEWORKER", null),
      Arrays.asList("api/v1/cases/751/2026-0042/decisions", REJECTION, "DECIDER", "\"1\""));

  /** The routes of the case's loan, which a role that may read is told does not exist (404): the case has none. */
  public static final Set<String> NO_LOAN = Set.of("GET /api/v1/cases/{municipality}/{caseId}/loan",
      "GET /api/v1/cases/{municipality}/{caseId}/loan/instalments");

  private static final String C = "/api/v1/cases/{municipality}/{caseId}";
  private static final String H = "/api/v1/cohorts/{municipality}/{cohortId}";

  /** Who may, route by route: CW DE FI AU AD. */
  public static List<Route> routes() {
    String c = "api/v1/cases/751/2026-0042";
    String h = "api/v1/cohorts/751/H2026-1";
    List<Route> t = new ArrayList<>();
    t.add(new Route("POST /api/v1/schedule-previews", "POST", "api/v1/schedule-previews",
        "{\"principal\": {\"amount\": \"5000\", \"currency\": \"DKK\"}, \"firstDueDate\": \"2027-03-26\", "
            + "\"frequency\": \"MONTHLY\", \"instalmentCount\": 5}", "CW DE FI AU AD", false));
    t.add(new Route("POST /api/v1/aid-equivalents", "POST", "api/v1/aid-equivalents",
        "{\"principal\": {\"amount\": \"5000\", \"currency\": \"DKK\"}, \"firstDueDate\": \"2027-03-26\", "
            + "\"frequency\": \"MONTHLY\", \"instalmentCount\": 5, \"disbursementDate\": \"2027-01-26\", "
            + "\"referenceRate\": \"0.07\", \"discountRate\": \"0.04\"}", "CW DE FI AU AD", false));
    t.add(new Route("GET /api/v1/cases", "GET", "api/v1/cases?municipality=751", null, "CW DE FI AU", true));
    t.add(new Route("POST /api/v1/cases", "POST", "api/v1/cases", Journey.PARTICIPANT, "CW", true));
    t.add(new Route("GET " + C, "GET", c, null, "CW DE FI AU", true));
    t.add(new Route("GET " + C + "/letters", "GET", c + "/letters", null, "CW DE FI AU", true));
    t.add(new Route("GET " + C + "/letters/{number}", "GET", c + "/letters/1", null, "CW DE FI AU", true));
    t.add(new Route("POST " + C + "/screening", "POST", c + "/screening", "{}", "CW", true));
    t.add(new Route("POST " + C + "/screening-outcome", "POST", c + "/screening-outcome", Journey.ELIGIBLE, "CW", true));
    t.add(new Route("POST " + C + "/cafe-meetings", "POST", c + "/cafe-meetings",
        "{\"note\": \"n\", \"heldOn\": \"2026-12-07\"}", "CW", true));
    t.add(new Route("POST " + C + "/assessment", "POST", c + "/assessment", Journey.ELIGIBLE, "CW", true));
    t.add(new Route("POST " + C + "/competence-development", "POST", c + "/competence-development",
        "{\"cohortId\": \"H2026-1\"}", "CW", true));
    t.add(new Route("POST " + C + "/seminar", "POST", c + "/seminar", "{}", "CW", true));
    t.add(new Route("POST " + C + "/recommendation", "POST", c + "/recommendation", "{\"terms\": " + Journey.TERMS + "}", "CW",
        true));
    t.add(new Route("POST " + C + "/hearings", "POST", c + "/hearings", "{\"facts\": [{\"da\": \"f\", \"en\": \"f\"}]}",
        "CW", true));
    t.add(new Route("POST " + C + "/hearing-answers", "POST", c + "/hearing-answers",
        "{\"summary\": \"s\", \"receivedOn\": \"2026-12-07\"}", "CW", true));
    t.add(new Route("POST " + C + "/application", "POST", c + "/application", "{\"requestedAmount\": {\"amount\": "
        + "\"5000\", \"currency\": \"DKK\"}, \"frequency\": \"MONTHLY\", \"instalmentCount\": 5, \"budget\": "
        + "[{\"category\": \"EQUIPMENT\", \"description\": \"d\", \"amount\": {\"amount\": \"5000\", \"currency\": \"DKK\"}}]}",
        "CW", true));
    t.add(new Route("POST " + C + "/follow-ups", "POST", c + "/follow-ups",
        "{\"monthsAfterPayout\": 6, \"status\": \"SELF_SUPPORTING\", \"businessActive\": true}", "CW", true));
    t.add(new Route("POST " + C + "/notes", "POST", c + "/notes", "{\"text\": \"n\"}", "CW DE", true));
    t.add(new Route("POST " + C + "/withdrawal", "POST", c + "/withdrawal", "{\"reason\": \"r\"}", "CW DE", true));
    t.add(new Route("POST " + C + "/decisions", "POST", c + "/decisions", Journey.APPROVAL, "DE", true));
    t.add(new Route("POST " + C + "/decisions (reject)", "POST", c + "/decisions", REJECTION, "DE", true));
    t.add(new Route("POST /api/v1/cohorts", "POST", "api/v1/cohorts",
        "{\"municipality\": \"751\", \"cohortId\": \"H2026-1\", \"startDate\": \"2026-12-07\"}", "CW AD", true));
    t.add(new Route("GET " + H, "GET", h, null, "CW DE FI AU", true));
    t.add(new Route("POST " + H + "/sessions", "POST", h + "/sessions",
        "{\"sessionId\": \"G9\", \"kind\": \"GUIDANCE\", \"date\": \"2026-12-20\"}", "CW AD", true));
    t.add(new Route("POST " + H + "/enrolments", "POST", h + "/enrolments",
        "{\"caseId\": \"2026-0042\", \"enrolledOn\": \"2026-12-07\"}", "CW", true));
    t.add(new Route("POST " + H + "/leavings", "POST", h + "/leavings",
        "{\"caseId\": \"2026-0042\", \"leftOn\": \"2026-12-07\", \"reason\": \"r\"}", "CW", true));
    t.add(new Route("POST " + H + "/attendance", "POST", h + "/attendance",
        "{\"sessionId\": \"G9\", \"caseId\": \"2026-0042\", \"attended\": true}", "CW", true));
    t.add(new Route("POST /api/v1/participants/search", "POST", "api/v1/participants/search",
        "{\"cpr\": \"150390-4000\", \"municipalities\": [\"751\"]}", "CW DE FI AU", true));
    t.add(new Route("POST /api/v1/participants/{municipality}/{participantId}/cpr-reveals", "POST",
        "api/v1/participants/751/P-42/cpr-reveals", "{\"purpose\": \"Brev\"}", "CW DE", true));
    String l = c + "/loan";
    String L = C + "/loan";
    t.add(new Route("GET " + L, "GET", l, null, "CW DE FI AU", true));
    t.add(new Route("GET " + L + "/instalments", "GET", l + "/instalments", null, "CW DE FI AU", true));
    t.add(new Route("GET /api/v1/loans-in-arrears", "GET", "api/v1/loans-in-arrears?municipality=751", null,
        "CW DE FI AU", true));
    t.add(new Route("POST " + L + "/payouts", "POST", l + "/payouts", "{\"amount\": {\"amount\": \"1000\", "
        + "\"currency\": \"DKK\"}, \"paidOn\": \"2026-12-07\", \"reference\": \"NK\"}", "FI", true));
    t.add(new Route("POST " + L + "/payments", "POST", l + "/payments", "{\"paymentId\": \"p\", \"amount\": "
        + "{\"amount\": \"100\", \"currency\": \"DKK\"}, \"valueDate\": \"2026-12-07\", "
        + "\"externalReference\": \"r\"}", "FI", true));
    t.add(new Route("POST " + L + "/reversals", "POST", l + "/reversals",
        "{\"paymentId\": \"p\", \"reversedOn\": \"2026-12-07\", \"reason\": \"r\"}", "FI", true));
    t.add(new Route("POST " + L + "/refunds", "POST", l + "/refunds", "{\"amount\": {\"amount\": \"1\", "
        + "\"currency\": \"DKK\"}, \"paidOn\": \"2026-12-07\", \"reference\": \"r\"}", "FI", true));
    t.add(new Route("POST " + L + "/deferrals", "POST", l + "/deferrals", "{\"periods\": 1, \"reason\": \"r\"}",
        "DE", true));
    t.add(new Route("POST " + L + "/reschedules", "POST", l + "/reschedules", "{\"firstDueDate\": \"2027-09-01\", "
        + "\"frequency\": \"MONTHLY\", \"instalmentCount\": 6, \"reason\": \"r\"}", "DE", true));
    t.add(new Route("POST " + L + "/write-offs", "POST", l + "/write-offs", "{\"reason\": \"r\"}", "DE", true));
    t.add(new Route("POST " + L + "/payout-closing", "POST", l + "/payout-closing", "{}", "FI", true));
    t.add(new Route("POST /api/v1/funds", "POST", "api/v1/funds", "{\"municipality\": \"751\", \"period\": \"2029\"}",
        "AD", true));
    t.add(new Route("GET /api/v1/funds/{municipality}/{period}", "GET", "api/v1/funds/751/2027", null, "CW DE FI AU", true));
    t.add(new Route("POST /api/v1/funds/{municipality}/{period}/ceiling", "POST", "api/v1/funds/751/2027/ceiling",
        "{\"ceiling\": {\"amount\": \"800000\", \"currency\": \"DKK\"}}", "AD", true));
    t.add(new Route("GET /api/v1/policies/{municipality}", "GET", "api/v1/policies/751", null, "CW DE FI AU AD", true));
    t.add(new Route("POST /api/v1/policies/{municipality}", "POST", "api/v1/policies/751",
        "{\"file\": {\"municipality.code\": \"751\", \"municipality.name\": \"Aarhus Kommune\", "
            + "\"valid-from\": \"2027-03-01\"}}", "AD", true));
    t.add(new Route("GET /api/v1/reports/programme", "GET", "api/v1/reports/programme?municipality=751", null,
        "CW DE FI AU AD", true));
    t.add(new Route("POST " + C + "/exports", "POST", c + "/exports", "{\"purpose\": \"Aktindsigt 2026-17\"}", "DE AU",
        true));
    t.add(new Route("GET /api/v1/events", "GET", "api/v1/events?municipality=751", null, "AU", true));
    return t;
  }
}
