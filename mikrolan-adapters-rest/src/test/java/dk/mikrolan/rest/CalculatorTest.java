package dk.mikrolan.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The calculators' contract over real HTTP on Jersey: the example, banking-day moves at
 * Easter, Christmas and month ends, a plan by amount, the aid equivalent, and every problem at once.
 * Expected figures are written out here (dates from Nationalbanken's closing days, amounts by the
 * README's rounding rule).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalculatorTest {

  private JerseyServer server;
  private Api api;

  @BeforeAll
  void start() {
    server = new JerseyServer(new Fixture().rest);
    api = server.api;
  }

  @AfterAll
  void stop() {
    server.close();
  }

  private static List<String> rows(JsonNode preview) {
    List<String> rows = new ArrayList<>();
    for (JsonNode i : preview.get("instalments")) {
      rows.add(i.get("number").asInt() + " " + i.get("nominalDueDate").asText() + " " + i.get("dueDate").asText() + " "
          + i.get("amount").get("amount").asText() + " " + i.get("amount").get("currency").asText());
    }
    return rows;
  }

  @Test
  void theContractsExampleMovesTheFirstDueDatePastEaster() {
    Api.Answer a = api.post("api/v1/schedule-previews", Fixture.CASEWORKER, """
        {"principal": {"amount": "30000.00", "currency": "DKK"}, "firstDueDate": "2027-03-26",
         "frequency": "MONTHLY", "instalmentCount": 24, "rounding": "WHOLE_KRONER"}""");
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    assertThat(a.contentType()).startsWith("application/json");
    List<String> rows = rows(a.json());
    assertThat(rows).hasSize(24);
    // Good Friday 26 March and Easter Monday 29 March 2027 are closing days.
    assertThat(rows.get(0)).isEqualTo("1 2027-03-26 2027-03-30 1250.00 DKK");
    assertThat(rows.get(1)).isEqualTo("2 2027-04-26 2027-04-26 1250.00 DKK");
    assertThat(rows.get(3)).isEqualTo("4 2027-06-26 2027-06-28 1250.00 DKK");   // a Saturday
    assertThat(rows.get(9)).isEqualTo("10 2027-12-26 2027-12-27 1250.00 DKK");  // Boxing Day, a Sunday
    assertThat(rows.get(11)).isEqualTo("12 2028-02-26 2028-02-28 1250.00 DKK"); // a Saturday
    assertThat(rows.get(23)).isEqualTo("24 2029-02-26 2029-02-26 1250.00 DKK");
    assertThat(a.json().get("total").toString()).isEqualTo("{\"amount\":\"30000.00\",\"currency\":\"DKK\"}");
  }

  @Test
  void monthEndsClampAndTheFirstInstalmentsTakeTheLeftoverOre() {
    Api.Answer a = api.post("api/v1/schedule-previews", Fixture.CASEWORKER, """
        {"principal": {"amount": 1000.00, "currency": "DKK"}, "firstDueDate": "2027-01-31",
         "frequency": "MONTHLY", "instalmentCount": 3}""");
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    assertThat(rows(a.json())).containsExactly(
        "1 2027-01-31 2027-02-01 333.34 DKK",   // a Sunday
        "2 2027-02-28 2027-03-01 333.33 DKK",   // clamped to February's end, a Sunday
        "3 2027-03-31 2027-03-31 333.33 DKK");
  }

  @Test
  void christmasEveMovesPastTheHolidaysAndAPlanByAmountEndsWithTheRemainder() {
    Api.Answer a = api.post("api/v1/schedule-previews", Fixture.FINANCE, """
        {"principal": {"amount": "1000.00", "currency": "DKK"}, "firstDueDate": "2026-12-24",
         "frequency": "MONTHLY", "instalmentAmount": {"amount": "300", "currency": "DKK"}}""");
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    assertThat(rows(a.json())).containsExactly(
        "1 2026-12-24 2026-12-28 300.00 DKK",   // 24–26 December closed, then a Sunday
        "2 2027-01-24 2027-01-25 300.00 DKK",
        "3 2027-02-24 2027-02-24 300.00 DKK",
        "4 2027-03-24 2027-03-24 100.00 DKK");
  }

  @Test
  void theAidEquivalentFollowsTheCommissionsFormula() {
    // Σ over k of B(k−1) · 0.07 / 12 / 1.04^(k/12), B the balance still owed one month after
    // another from the disbursement on 26 January 2027; computed independently to 50 digits:
    // 2294.2712405600…, half-even to the øre.
    Api.Answer a = api.post("api/v1/aid-equivalents", Fixture.AUDITOR, """
        {"principal": {"amount": "30000.00", "currency": "DKK"}, "firstDueDate": "2027-03-26",
         "frequency": "MONTHLY", "instalmentCount": 24, "rounding": "WHOLE_KRONER",
         "disbursementDate": "2027-01-26", "referenceRate": "0.07", "discountRate": "0.04"}""");
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    assertThat(a.json().get("grossGrantEquivalent").toString())
        .isEqualTo("{\"amount\":\"2294.27\",\"currency\":\"DKK\"}");
    assertThat(a.json().get("referenceRate").asText()).isEqualTo("0.07");
  }

  @Test
  void everyProblemComesBackAtOnceAtItsPointer() {
    Api.Answer a = api.post("api/v1/schedule-previews", Fixture.CASEWORKER, """
        {"principal": {"amount": "30000.001", "currency": "EUR"}, "firstDueDate": "2027-02-30",
         "frequency": "WEEKLY", "instalmentCount": 24, "instalmentAmount": {"amount": "100", "currency": "DKK"},
         "roundng": "WHOLE_KRONER"}""");
    assertThat(a.status()).isEqualTo(422);
    assertThat(a.contentType()).startsWith("application/problem+json");
    JsonNode p = a.json();
    assertThat(p.get("type").asText()).isEqualTo("urn:mikrolan:problem:invalid-request");
    assertThat(p.get("instance").asText()).isEqualTo("/api/v1/schedule-previews");
    List<String> found = new ArrayList<>();
    p.get("violations").forEach(v -> found.add(v.get("field").asText() + " " + v.get("code").asText()));
    assertThat(found).contains("/principal/amount TOO_MANY_DECIMALS", "/principal/currency CURRENCY_NOT_DKK",
        "/firstDueDate NOT_A_DATE", "/frequency UNKNOWN_VALUE", "/roundng UNKNOWN_PROPERTY");
    assertThat(found).anyMatch(f -> f.startsWith("/instalment") && f.endsWith("PLAN_AMBIGUOUS"));
  }

  @Test
  void messagesAreDanishUnlessTheRequestAsksForEnglish() {
    String body = "{\"principal\": {\"amount\": \"500.00\", \"currency\": \"DKK\"}, \"firstDueDate\": \"2027-03-26\","
        + " \"frequency\": \"MONTHLY\", \"instalmentCount\": 2}";
    Api.Answer danish = api.post("api/v1/schedule-previews", Fixture.CASEWORKER, body);
    Api.Answer english = api.post("api/v1/schedule-previews", Fixture.CASEWORKER, body, "Accept-Language", "en-GB,da;q=0.5");
    assertThat(danish.status()).isEqualTo(422);
    assertThat(danish.json().get("violations").get(0).get("code").asText()).isEqualTo("PRINCIPAL_BELOW_FLOOR");
    assertThat(danish.json().get("violations").get(0).get("message").asText()).contains("mindstebeløb");
    assertThat(english.json().get("violations").get(0).get("message").asText()).contains("floor");
  }

  @Test
  void theAdaptersOwnMessagesComeInEnglishToo() {
    Api.Answer a = api.post("api/v1/schedule-previews", Fixture.CASEWORKER, "{\"principal\": 5}",
        "Accept-Language", "fr, en;q=0.8, da;q=0");
    assertThat(a.json().get("violations")).anySatisfy(v -> assertThat(v.get("message").asText())
        .isEqualTo("Must be a JSON object."));
    Api.Answer refused = api.post("api/v1/schedule-previews", Fixture.CASEWORKER, "{\"principal\": 5}",
        "Accept-Language", "en;q=0, da");
    assertThat(refused.json().get("violations")).anySatisfy(v -> assertThat(v.get("message").asText())
        .isEqualTo("Skal være et JSON-objekt."));
  }

  @Test
  void aMunicipalitysPolicyIsOnlyForThoseWhoActForIt() {
    String body = "{\"principal\": {\"amount\": \"5000.00\", \"currency\": \"DKK\"}, \"firstDueDate\": \"2027-03-26\","
        + " \"frequency\": \"MONTHLY\", \"instalmentCount\": 2, \"municipality\": \"101\"}";
    Api.Answer a = api.post("api/v1/schedule-previews", Fixture.CASEWORKER, body);
    assertThat(a.status()).isEqualTo(404);
    // Copenhagen's caseworker may use it, but Copenhagen has no policy stored yet: none in force.
    Api.Answer b = api.post("api/v1/schedule-previews", Fixture.COPENHAGEN, body);
    assertThat(b.status()).isEqualTo(422);
    assertThat(b.json().get("violations").get(0).get("code").asText()).isEqualTo("NO_POLICY_IN_FORCE");
  }

  @Test
  void theCalculatorsNeedAToken() {
    Api.Answer a = api.post("api/v1/schedule-previews", null, "{}");
    assertThat(a.status()).isEqualTo(401);
    assertThat(a.header("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
    assertThat(api.post("api/v1/schedule-previews", "not-a-known-token-at-all", "{}").status()).isEqualTo(401);
  }
}
