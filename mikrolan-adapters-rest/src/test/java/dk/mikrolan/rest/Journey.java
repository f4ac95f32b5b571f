package dk.mikrolan.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The steps of a case from referral to approval through the API alone, over real HTTP: every
 * step a POST with its Idempotency-Key (and If-Match where the step is a decision or a stage
 * change), the cohort recording the attendance the seminar and the recommendation rest on, and the
 * decision letter at the end.
 */
final class Journey {

  static final String CASE = "api/v1/cases/751/2026-0042";
  static final String COHORT = "api/v1/cohorts/751/H2026-1";

  private final Fixture fixture;
  private final Api api;
  private final AtomicInteger keys = new AtomicInteger();

  Journey(Fixture fixture, Api api) {
    this.fixture = fixture;
    this.api = api;
  }

  private String key() {
    return "journey-" + keys.incrementAndGet();
  }

  /** A step that must succeed; answers the new ETag. */
  private String ok(String token, String path, String body, String etag) {
    Api.Answer a = etag == null ? api.post(path, token, body, "Idempotency-Key", key())
        : api.post(path, token, body, "Idempotency-Key", key(), "If-Match", etag);
    assertThat(a.status()).as("%s %s", path, a.text()).isBetween(200, 202);
    return a.header("ETag").orElseThrow();
  }

  static final String PARTICIPANT = """
      {"municipality": "751", "caseId": "2026-0042", "participant": {"id": "P-42", "cpr": "150390-4000",
       "name": "Anne Andersen", "benefit": "CASH_BENEFIT", "advisor": "adv-1",
       "businessIdea": {"title": "Cykelværksted", "description": "Reparation af cykler",
        "market": "Studerende i Aarhus C", "revenueModel": "Timepris og reservedele"}}}""";

  static final String ELIGIBLE = "{\"outcome\": {\"verdict\": \"ELIGIBLE\"}}";

  /** Referral to recommendation; answers the case's ETag. */
  String recommended() {
    Api.Answer referred = api.post("api/v1/cases", Fixture.CASEWORKER, PARTICIPANT, "Idempotency-Key", key());
    assertThat(referred.status()).as(referred.text()).isEqualTo(201);
    assertThat(referred.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/cases/751/2026-0042"));
    assertThat(referred.json().get("participant").get("cpr").asText()).isEqualTo("150390-XXXX");
    String etag = referred.header("ETag").orElseThrow();
    assertThat(etag).isEqualTo("\"1\"");
    etag = ok(Fixture.CASEWORKER, CASE + "/application", """
        {"requestedAmount": {"amount": "12000.00", "currency": "DKK"}, "frequency": "MONTHLY", "instalmentCount": 12,
         "budget": [{"category": "EQUIPMENT", "description": "Værktøj", "amount": {"amount": "8000", "currency": "DKK"}},
                    {"category": "MARKETING", "description": "Skilte", "amount": {"amount": "4000", "currency": "DKK"}}]}""",
        etag);
    etag = ok(Fixture.CASEWORKER, CASE + "/screening", "{}", etag);
    etag = ok(Fixture.CASEWORKER, CASE + "/screening-outcome", ELIGIBLE, etag);
    ok(Fixture.CASEWORKER, CASE + "/cafe-meetings", "{\"note\": \"Idéen drøftet\", \"heldOn\": \""
        + fixture.clock.today() + "\"}", null);
    etag = ok(Fixture.CASEWORKER, CASE + "/assessment", ELIGIBLE, fixture.office.kase(
        dk.mikrolan.access.Actor.person("x", java.util.Set.of(dk.mikrolan.access.Role.AUDITOR), java.util.Set.of("751")),
        dk.mikrolan.identity.CaseRef.of("751", "2026-0042")).map(k -> "\"" + k.version() + "\"").get());
    String cohort = ok(Fixture.CASEWORKER, "api/v1/cohorts", "{\"municipality\": \"751\", \"cohortId\": \"H2026-1\", "
        + "\"startDate\": \"" + fixture.clock.today() + "\"}", null);
    List<String> topics = List.of("ACCOUNTING", "TAX", "VAT", "INSURANCE");
    for (int i = 0; i < 4; i++) {
      cohort = ok(Fixture.CASEWORKER, COHORT + "/sessions", "{\"sessionId\": \"K" + i + "\", \"kind\": \"COURSE\", "
          + "\"topic\": \"" + topics.get(i) + "\", \"date\": \"" + fixture.clock.today().plusDays(7 + i) + "\"}", cohort);
      cohort = ok(Fixture.CASEWORKER, COHORT + "/sessions", "{\"sessionId\": \"G" + i + "\", \"kind\": \"GUIDANCE\", "
          + "\"date\": \"" + fixture.clock.today().plusDays(14 + i) + "\"}", cohort);
    }
    for (int day = 0; day < 4; day++) {
      cohort = ok(Fixture.CASEWORKER, COHORT + "/sessions", "{\"sessionId\": \"S" + day + "\", \"kind\": \"SEMINAR_DAY\", "
          + "\"date\": \"" + fixture.clock.today().plusDays(133 + day) + "\"}", cohort);
    }
    ok(Fixture.CASEWORKER, COHORT + "/enrolments", "{\"caseId\": \"2026-0042\", \"enrolledOn\": \""
        + fixture.clock.today() + "\"}", cohort);
    etag = ok(Fixture.CASEWORKER, CASE + "/competence-development", "{\"cohortId\": \"H2026-1\"}", etag);
    fixture.clock.advanceDays(30);
    for (int i = 0; i < 4; i++) {
      ok(Fixture.CASEWORKER, COHORT + "/attendance", "{\"sessionId\": \"K" + i + "\", \"caseId\": \"2026-0042\", "
          + "\"attended\": true}", null);
      ok(Fixture.CASEWORKER, COHORT + "/attendance", "{\"sessionId\": \"G" + i + "\", \"caseId\": \"2026-0042\", "
          + "\"attended\": true, \"note\": \"God samtale\"}", null);
    }
    fixture.clock.advanceDays(103);
    etag = ok(Fixture.CASEWORKER, CASE + "/seminar", "{}", etag);
    for (int day = 0; day < 4; day++) {
      ok(Fixture.CASEWORKER, COHORT + "/attendance", "{\"sessionId\": \"S" + day + "\", \"caseId\": \"2026-0042\", "
          + "\"attended\": true}", null);
      if (day < 3) {
        fixture.clock.advanceDays(1);
      }
    }
    etag = ok(Fixture.CASEWORKER, CASE + "/recommendation", "{\"terms\": " + TERMS + "}", etag);
    fixture.clock.advanceDays(1);
    return etag;
  }

  static final String TERMS = "{\"principal\": {\"amount\": \"12000.00\", \"currency\": \"DKK\"}, "
      + "\"firstDueDate\": \"2027-08-02\", \"frequency\": \"MONTHLY\", \"instalmentCount\": 12, "
      + "\"disbursementDate\": \"2027-06-01\"}";

  static final String APPROVAL = "{\"decision\": \"APPROVE\", \"fundPeriod\": \"2027\", \"terms\": " + TERMS
      + ", \"eurDkkRate\": \"7.46\"}";

  /** The decider approves the recommended case, and the letter is there. */
  void approved(String etag) {
    Api.Answer seen = api.get(CASE, Fixture.DECIDER);
    assertThat(seen.status()).isEqualTo(200);
    assertThat(seen.json().get("stage").asText()).isEqualTo("FINAL_SEMINAR");
    assertThat(seen.header("ETag")).contains(etag);
    Api.Answer approved = api.post(CASE + "/decisions", Fixture.DECIDER, APPROVAL, "Idempotency-Key", key(),
        "If-Match", etag);
    assertThat(approved.status()).as(approved.text()).isEqualTo(200);
    assertThat(approved.json().get("stage").asText()).isEqualTo("APPROVED");
    assertThat(approved.json().get("approval").get("decidedBy").asText()).isEqualTo("head-1");
    assertThat(approved.json().get("approval").get("granted").get("amount").asText()).isEqualTo("12000.00");
    Api.Answer letters = api.get(CASE + "/letters", Fixture.CASEWORKER);
    assertThat(letters.json().get("items")).hasSize(1);
    Api.Answer text = api.get(CASE + "/letters/1", Fixture.CASEWORKER, "Accept", "text/plain");
    assertThat(text.status()).isEqualTo(200);
    assertThat(text.text()).contains("Aarhus Kommune").doesNotContain("150390-4000");
    Api.Answer listed = api.get("api/v1/cases?stage=APPROVED", Fixture.AUDITOR);
    assertThat(listed.json().get("items")).singleElement()
        .satisfies(c -> assertThat(c.get("caseId").asText()).isEqualTo("2026-0042"));
  }
}
