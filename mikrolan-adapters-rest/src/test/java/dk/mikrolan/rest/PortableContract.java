package dk.mikrolan.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What must hold on every Jakarta REST runtime the adapter is deployed to: the calculators, the
 * error format for the adapter's own problems and the runtime's (unknown route, wrong method,
 * wrong media type, too large), authentication, health, the OpenAPI document and a case from
 * referral to approval.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PortableContract {

  private AutoCloseable server;
  private Api api;

  /** Starts the adapter on the runtime under test. */
  abstract AutoCloseable start(MikrolanRest rest);

  abstract Api api(AutoCloseable server);

  @BeforeAll
  void up() {
    server = start(new Fixture().rest);
    api = api(server);
  }

  @AfterAll
  void down() throws Exception {
    server.close();
  }

  private static void isProblem(Api.Answer a, int status, String type) {
    assertThat(a.status()).as(a.text()).isEqualTo(status);
    assertThat(a.contentType()).startsWith("application/problem+json");
    assertThat(a.json().get("type").asText()).isEqualTo("urn:mikrolan:problem:" + type);
    assertThat(a.json().get("status").asInt()).isEqualTo(status);
    assertThat(a.json().get("instance").asText()).startsWith("/");
  }

  @Test
  void theScheduleCalculator() {
    Api.Answer a = api.post("api/v1/schedule-previews", Fixture.CASEWORKER, """
        {"principal": {"amount": "30000.00", "currency": "DKK"}, "firstDueDate": "2027-03-26",
         "frequency": "MONTHLY", "instalmentCount": 24, "rounding": "WHOLE_KRONER"}""");
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    assertThat(a.json().get("instalments").get(0).toString()).isEqualTo("{\"number\":1,\"dueDate\":\"2027-03-30\","
        + "\"nominalDueDate\":\"2027-03-26\",\"amount\":{\"amount\":\"1250.00\",\"currency\":\"DKK\"}}");
    assertThat(a.json().get("total").get("amount").asText()).isEqualTo("30000.00");
  }

  @Test
  void theAidCalculator() {
    Api.Answer a = api.post("api/v1/aid-equivalents", Fixture.DECIDER, """
        {"principal": {"amount": "30000.00", "currency": "DKK"}, "firstDueDate": "2027-03-26",
         "frequency": "MONTHLY", "instalmentCount": 24, "rounding": "WHOLE_KRONER",
         "disbursementDate": "2027-01-26", "referenceRate": "0.07", "discountRate": "0.04"}""");
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    assertThat(a.json().get("grossGrantEquivalent").get("amount").asText()).isEqualTo("2294.27");
  }

  @Test
  void invalidInputIsA422WithEveryViolation() {
    Api.Answer a = api.post("api/v1/schedule-previews", Fixture.CASEWORKER,
        "{\"principal\": {\"amount\": \"1.001\", \"currency\": \"DKK\"}, \"frequency\": \"DAILY\", \"x\": 1}");
    isProblem(a, 422, "invalid-request");
    assertThat(a.json().get("violations")).hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void malformedJsonIsA400() {
    isProblem(api.post("api/v1/schedule-previews", Fixture.CASEWORKER, "{\"principal\": "), 400, "malformed-request");
  }

  @Test
  void theRuntimesOwnErrorsAreProblemsToo() {
    isProblem(api.get("api/v1/no-such-route", Fixture.CASEWORKER), 404, "not-found");
    isProblem(api.get("api/v1/schedule-previews", Fixture.CASEWORKER), 405, "method-not-allowed");
    isProblem(api.raw("POST", "api/v1/schedule-previews", "x", "Authorization", "Bearer " + Fixture.CASEWORKER,
        "Content-Type", "text/plain"), 415, "unsupported-media-type");
  }

  @Test
  void aBodyOverTheLimitIsA413() {
    isProblem(api.post("api/v1/schedule-previews", Fixture.CASEWORKER, "{\"x\": \"" + "a".repeat(1 << 20) + "\"}"),
        413, "payload-too-large");
  }

  @Test
  void noTokenIsA401() {
    Api.Answer a = api.post("api/v1/schedule-previews", null, "{}");
    isProblem(a, 401, "unauthenticated");
    assertThat(a.header("WWW-Authenticate")).isPresent();
  }

  @Test
  void healthAndTheDocumentNeedNoToken() {
    Api.Answer health = api.get("health", null);
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().get("database").asText()).isEqualTo("UP");
    assertThat(api.raw("HEAD", "health", null).status()).isEqualTo(200);
    Api.Answer doc = api.get("api/v1/openapi.json", null);
    assertThat(doc.status()).isEqualTo(200);
    assertThat(doc.json().get("openapi").asText()).isEqualTo("3.1.0");
  }

  @Test
  void aCaseFromReferralToApproval() throws Exception {
    Fixture own = new Fixture();
    try (AutoCloseable other = start(own.rest)) {
      Journey journey = new Journey(own, api(other));
      journey.approved(journey.recommended());
    }
  }

  @Test
  void theExportIsJsonUnlessHtmlIsAskedForAndTheFeedPagesOn() {
    assertThat(api.post("api/v1/cases", Fixture.CASEWORKER, Journey.PARTICIPANT.replace("2026-0042", "2026-0900"),
        "Idempotency-Key", "portable-export").status()).isEqualTo(201);
    String export = "api/v1/cases/751/2026-0900/exports";
    Api.Answer json = api.post(export, Fixture.DECIDER, "{\"purpose\": \"Aktindsigt\"}");
    assertThat(json.status()).as(json.text()).isEqualTo(200);
    assertThat(json.contentType()).startsWith("application/json");
    assertThat(json.json().get("participant").get("cpr").asText()).isEqualTo("150390-4000");
    Api.Answer html = api.post(export, Fixture.DECIDER, "{\"purpose\": \"Aktindsigt\"}", "Accept", "text/html");
    assertThat(html.status()).as(html.text()).isEqualTo(200);
    assertThat(html.contentType()).startsWith("text/html");
    assertThat(html.text()).contains("<html lang=\"da\">");
    isProblem(api.post(export, Fixture.CASEWORKER, "{\"purpose\": \"Aktindsigt\"}"), 403, "forbidden");
    Api.Answer first = api.get("api/v1/events?limit=1", Fixture.AUDITOR);
    assertThat(first.status()).as(first.text()).isEqualTo(200);
    assertThat(first.json().get("items")).hasSize(1);
    assertThat(first.json().get("more").asBoolean()).isTrue();
    Api.Answer rest = api.get("api/v1/events?limit=500&after=" + first.json().get("lastPosition").asLong(),
        Fixture.AUDITOR);
    assertThat(rest.json().get("items").get(0).get("position").asLong())
        .isGreaterThan(first.json().get("lastPosition").asLong());
  }
}
