package dk.mikrolan.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The loan fund and the policies over HTTP: reading, opening, the ceiling, adoption with every problem at once. */
class FundAndPolicyTest {

  private JerseyServer server;
  private Api api;

  @BeforeEach
  void start() {
    server = new JerseyServer(new Fixture().rest);
    api = server.api;
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aFundIsReadOpenedAndItsCeilingChangedByTheAdmin() {
    Api.Answer fund = api.get("api/v1/funds/751/2027", Fixture.AUDITOR);
    assertThat(fund.status()).as(fund.text()).isEqualTo(200);
    assertThat(fund.json().get("ceiling").get("amount").asText()).isEqualTo("700000.00");
    assertThat(fund.json().get("remainingRoom").get("amount").asText()).isEqualTo("700000.00");
    String etag = fund.header("ETag").orElseThrow();
    assertThat(api.post("api/v1/funds/751/2027/ceiling", Fixture.FINANCE, "{\"ceiling\": {\"amount\": \"900000\", "
        + "\"currency\": \"DKK\"}}", "Idempotency-Key", "c-0", "If-Match", etag).status()).isEqualTo(403);
    Api.Answer raised = api.post("api/v1/funds/751/2027/ceiling", Fixture.ADMIN, "{\"ceiling\": {\"amount\": \"900000\", "
        + "\"currency\": \"DKK\"}}", "Idempotency-Key", "c-1", "If-Match", etag);
    assertThat(raised.status()).as(raised.text()).isEqualTo(200);
    assertThat(raised.json().get("ceiling").get("amount").asText()).isEqualTo("900000.00");
    assertThat(api.post("api/v1/funds/751/2027/ceiling", Fixture.ADMIN, "{\"ceiling\": {\"amount\": \"800000\", "
        + "\"currency\": \"DKK\"}}", "Idempotency-Key", "c-2", "If-Match", etag).status()).isEqualTo(412);
    Api.Answer opened = api.post("api/v1/funds", Fixture.ADMIN, "{\"municipality\": \"751\", \"period\": \"2028\"}",
        "Idempotency-Key", "o-1");
    assertThat(opened.status()).as(opened.text()).isEqualTo(201);
    assertThat(api.post("api/v1/funds", Fixture.ADMIN, "{\"municipality\": \"751\", \"period\": \"2028\"}",
        "Idempotency-Key", "o-2").status()).isEqualTo(422);
    assertThat(api.get("api/v1/funds/751/2031", Fixture.AUDITOR).status()).isEqualTo(404);
    assertThat(api.get("api/v1/funds/751/2027", Fixture.COPENHAGEN).status()).isEqualTo(404);
  }

  @Test
  void aPolicyVersionIsAdoptedAsAFileIsReadWithEveryProblemAtOnce() {
    Api.Answer versions = api.get("api/v1/policies/751", Fixture.CASEWORKER);
    assertThat(versions.status()).isEqualTo(200);
    JsonNode file = versions.json().get("versions").get(0).get("file");
    assertThat(file.get("municipality.code").asText()).isEqualTo("751");

    Api.Answer broken = api.post("api/v1/policies/751", Fixture.ADMIN, "{\"file\": {\"municipality.code\": \"751\", "
        + "\"municipality.name\": \"Aarhus Kommune\", \"valid-from\": \"snart\", \"loan.floor\": \"tusind\", "
        + "\"loan.ceilng\": \"50000\", \"fund.revolving\": true}}", "Idempotency-Key", "p-1");
    assertThat(broken.status()).isEqualTo(422);
    List<String> fields = new ArrayList<>();
    broken.json().get("violations").forEach(v -> fields.add(v.get("field").asText()));
    assertThat(fields).contains("/file/valid-from", "/file/loan.floor", "/file/loan.ceilng", "/file/fund.revolving");

    ObjectNode next = ((ObjectNode) file.deepCopy()).put("valid-from", "2027-01-01").put("loan.floor", "5000.00");
    Api.Answer adopted = api.post("api/v1/policies/751", Fixture.ADMIN, "{\"file\": " + next + "}",
        "Idempotency-Key", "p-2");
    assertThat(adopted.status()).as(adopted.text()).isEqualTo(200);
    assertThat(adopted.json().get("versions")).hasSize(2);
    assertThat(api.post("api/v1/policies/751", Fixture.CASEWORKER, "{\"file\": " + next + "}",
        "Idempotency-Key", "p-3").status()).isEqualTo(403);
    // Never retroactive.
    ObjectNode past = ((ObjectNode) file.deepCopy()).put("valid-from", "2026-06-01");
    Api.Answer retroactive = api.post("api/v1/policies/751", Fixture.ADMIN, "{\"file\": " + past + "}",
        "Idempotency-Key", "p-4");
    assertThat(retroactive.status()).as(retroactive.text()).isEqualTo(422);
    assertThat(api.get("api/v1/policies/101", Fixture.CASEWORKER).status()).isEqualTo(404);
  }
}
