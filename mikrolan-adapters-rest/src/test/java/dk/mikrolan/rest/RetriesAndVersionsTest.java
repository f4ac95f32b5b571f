package dk.mikrolan.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ETag and If-Match, idempotent retries, and the database cut off: over real HTTP on Jersey.
 */
class RetriesAndVersionsTest {

  private static final String CASE = CaseJourneyTest.CASE;

  private Fixture fixture;
  private JerseyServer server;
  private Api api;

  @BeforeEach
  void start() {
    fixture = new Fixture();
    server = new JerseyServer(fixture.rest);
    api = server.api;
    Api.Answer referred = api.post("api/v1/cases", Fixture.CASEWORKER, CaseJourneyTest.PARTICIPANT,
        "Idempotency-Key", "refer-1");
    assertThat(referred.status()).as(referred.text()).isEqualTo(201);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aStageChangeNeedsTheCurrentVersionInIfMatch() {
    Api.Answer missing = api.post(CASE + "/screening", Fixture.CASEWORKER, "{}", "Idempotency-Key", "k-1");
    assertThat(missing.status()).isEqualTo(428);
    Api.Answer stale = api.post(CASE + "/screening", Fixture.CASEWORKER, "{}", "Idempotency-Key", "k-2",
        "If-Match", "\"0\"");
    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.json().get("violations").get(0).get("code").asText()).isEqualTo("VERSION_STALE");
    Api.Answer malformed = api.post(CASE + "/screening", Fixture.CASEWORKER, "{}", "Idempotency-Key", "k-3",
        "If-Match", "W/\"1\"");
    assertThat(malformed.status()).isEqualTo(412);
    assertThat(api.get(CASE, Fixture.CASEWORKER).header("ETag")).contains("\"1\"");
    Api.Answer current = api.post(CASE + "/screening", Fixture.CASEWORKER, "{}", "Idempotency-Key", "k-4",
        "If-Match", "\"1\"");
    assertThat(current.status()).as(current.text()).isEqualTo(200);
    assertThat(current.header("ETag")).contains("\"2\"");
    assertThat(current.json().get("stage").asText()).isEqualTo("SCREENING");
  }

  @Test
  void aFactNeedsNoIfMatchAndEveryPostAnIdempotencyKey() {
    assertThat(api.post(CASE + "/notes", Fixture.CASEWORKER, "{\"text\": \"Ringede\"}").status()).isEqualTo(400);
    Api.Answer noted = api.post(CASE + "/notes", Fixture.CASEWORKER, "{\"text\": \"Ringede\"}", "Idempotency-Key", "n-1");
    assertThat(noted.status()).as(noted.text()).isEqualTo(200);
    assertThat(noted.header("ETag")).contains("\"2\"");
  }

  @Test
  void aWorldDateInTheFutureIsRefusedAtItsPointer() {
    Api.Answer a = api.post(CASE + "/cafe-meetings", Fixture.CASEWORKER, "{\"note\": \"n\", \"heldOn\": \""
        + fixture.clock.today().plusDays(1) + "\"}", "Idempotency-Key", "c-1");
    assertThat(a.status()).isEqualTo(422);
    assertThat(a.json().get("violations").get(0).get("field").asText()).isEqualTo("/heldOn");
    assertThat(a.json().get("violations").get(0).get("code").asText()).isEqualTo("DATE_IN_FUTURE");
  }

  @Test
  void aRetryGetsExactlyTheFirstAnswerEvenAfterLaterChanges() {
    Api.Answer first = api.post(CASE + "/screening", Fixture.CASEWORKER, "{}", "Idempotency-Key", "same",
        "If-Match", "\"1\"");
    assertThat(first.status()).isEqualTo(200);
    api.post(CASE + "/notes", Fixture.CASEWORKER, "{\"text\": \"Senere\"}", "Idempotency-Key", "later");
    Api.Answer retry = api.post(CASE + "/screening", Fixture.CASEWORKER, "{ }", "Idempotency-Key", "same",
        "If-Match", "\"1\"");
    assertThat(retry.status()).isEqualTo(first.status());
    assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
    assertThat(retry.json()).isEqualTo(first.json());
    // The referral's retry answers 201 with its Location, as the first time.
    Api.Answer referral = api.post("api/v1/cases", Fixture.CASEWORKER, CaseJourneyTest.PARTICIPANT,
        "Idempotency-Key", "refer-1");
    assertThat(referral.status()).isEqualTo(201);
    assertThat(referral.header("ETag")).contains("\"1\"");
    assertThat(referral.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/cases/751/2026-0042"));
  }

  @Test
  void aKeyUsedForAnotherRequestIsRefusedAndAnotherUsersKeyIsTheirOwn() {
    api.post(CASE + "/notes", Fixture.CASEWORKER, "{\"text\": \"Først\"}", "Idempotency-Key", "n-1");
    Api.Answer reused = api.post(CASE + "/notes", Fixture.CASEWORKER, "{\"text\": \"Noget andet\"}",
        "Idempotency-Key", "n-1");
    assertThat(reused.status()).isEqualTo(422);
    assertThat(reused.json().get("type").asText()).isEqualTo("urn:mikrolan:problem:idempotency-key-reused");
    Api.Answer decider = api.post(CASE + "/notes", Fixture.DECIDER, "{\"text\": \"Først\"}", "Idempotency-Key", "n-1");
    assertThat(decider.status()).isEqualTo(200);
    assertThat(decider.header("ETag")).contains("\"3\"");
  }

  @Test
  void whileTheDatabaseIsUnreachableEveryRouteAnswers503WithRetryAfter() {
    fixture.database.down(true);
    Api.Answer read = api.get(CASE, Fixture.CASEWORKER);
    assertThat(read.status()).isEqualTo(503);
    assertThat(read.header("Retry-After")).contains("5");
    assertThat(read.contentType()).startsWith("application/problem+json");
    Api.Answer write = api.post(CASE + "/notes", Fixture.CASEWORKER, "{\"text\": \"x\"}", "Idempotency-Key", "d-1");
    assertThat(write.status()).isEqualTo(503);
    Api.Answer health = api.get("health", null);
    assertThat(health.status()).isEqualTo(503);
    assertThat(health.json().get("database").asText()).isEqualTo("DOWN");
    fixture.database.down(false);
    assertThat(api.get("health", null).status()).isEqualTo(200);
    assertThat(api.post(CASE + "/notes", Fixture.CASEWORKER, "{\"text\": \"x\"}", "Idempotency-Key", "d-1").status())
        .isEqualTo(200);
  }
}
