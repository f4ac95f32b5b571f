package dk.mikrolan.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A whole case from referral to a repaid loan through the API alone: approval, payout in two
 * tranches, payments, a deferral, a reversal, the last payment, and the case CLOSED.
 */
class LoanJourneyTest {

  private static final String LOAN = Journey.CASE + "/loan";

  private Fixture fixture;
  private JerseyServer server;
  private Api api;
  private int keys;

  @BeforeEach
  void start() {
    fixture = new Fixture();
    server = new JerseyServer(fixture.rest);
    api = server.api;
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Api.Answer post(String token, String path, String body, String ifMatch) {
    keys++;
    return ifMatch == null ? api.post(path, token, body, "Idempotency-Key", "loan-" + keys)
        : api.post(path, token, body, "Idempotency-Key", "loan-" + keys, "If-Match", ifMatch);
  }

  private JsonNode ok(Api.Answer a) {
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    return a.json();
  }

  private String etag() {
    return api.get(LOAN, Fixture.FINANCE).header("ETag").orElseThrow();
  }

  private static String money(String kroner) {
    return "{\"amount\": \"" + kroner + "\", \"currency\": \"DKK\"}";
  }

  @Test
  void fromReferralToARepaidLoanThroughTheApiAlone() {
    Journey journey = new Journey(fixture, api);
    journey.approved(journey.recommended());
    String today = fixture.clock.today().toString();
    JsonNode first = ok(post(Fixture.FINANCE, LOAN + "/payouts", "{\"amount\": " + money("6000.00") + ", \"paidOn\": \""
        + today + "\", \"reference\": \"NK-1\"}", null));
    assertThat(first.get("balances").get("disbursed").get("amount").asText()).isEqualTo("6000.00");
    fixture.clock.advanceDays(7);
    JsonNode second = ok(post(Fixture.FINANCE, LOAN + "/payouts", "{\"amount\": " + money("6000.00")
        + ", \"paidOn\": \"" + fixture.clock.today() + "\", \"reference\": \"NK-2\"}", null));
    assertThat(second.get("balances").get("outstanding").get("amount").asText()).isEqualTo("12000.00");
    assertThat(api.get(Journey.CASE, Fixture.FINANCE).json().get("stage").asText()).isEqualTo("DISBURSED");
    assertThat(api.get(LOAN + "/instalments", Fixture.AUDITOR).json().get("items")).hasSize(12);

    // The first instalment falls due on 2 August 2027: paid on the day.
    while (fixture.clock.today().isBefore(java.time.LocalDate.of(2027, 8, 2))) {
      fixture.clock.advanceDays(1);
    }
    JsonNode paid = ok(post(Fixture.FINANCE, LOAN + "/payments", "{\"paymentId\": \"bank-1\", \"amount\": "
        + money("1000.00") + ", \"valueDate\": \"2027-08-02\", \"externalReference\": \"4711\"}", null));
    assertThat(paid.get("balances").get("paid").get("amount").asText()).isEqualTo("1000.00");
    assertThat(api.get(Journey.CASE, Fixture.FINANCE).json().get("stage").asText()).isEqualTo("REPAYING");

    // A deferral of one period, decided by the decider on the loan's current version.
    assertThat(post(Fixture.DECIDER, LOAN + "/deferrals", "{\"periods\": 1, \"reason\": \"Sygdom\"}", null).status())
        .isEqualTo(428);
    ok(post(Fixture.DECIDER, LOAN + "/deferrals", "{\"periods\": 1, \"reason\": \"Sygdom\"}", etag()));

    // A payment the bank then takes back: the account is as if it was never posted.
    fixture.clock.advanceDays(3);
    ok(post(Fixture.FINANCE, LOAN + "/payments", "{\"paymentId\": \"bank-2\", \"amount\": " + money("500.00")
        + ", \"valueDate\": \"" + fixture.clock.today() + "\", \"externalReference\": \"4712\"}", null));
    JsonNode reversed = ok(post(Fixture.FINANCE, LOAN + "/reversals", "{\"paymentId\": \"bank-2\", \"reversedOn\": \""
        + fixture.clock.today() + "\", \"reason\": \"Afvist af banken\"}", etag()));
    assertThat(reversed.get("balances").get("paid").get("amount").asText()).isEqualTo("1000.00");

    // The same bank payment id cannot be posted twice.
    Api.Answer again = post(Fixture.FINANCE, LOAN + "/payments", "{\"paymentId\": \"bank-1\", \"amount\": "
        + money("1000.00") + ", \"valueDate\": \"" + fixture.clock.today() + "\", \"externalReference\": \"4711\"}", null);
    assertThat(again.status()).isEqualTo(422);

    // The last payment: everything outstanding, and the case is closed.
    String outstanding = api.get(LOAN, Fixture.FINANCE).json().get("balances").get("outstanding").get("amount").asText();
    assertThat(outstanding).isEqualTo("11000.00");
    JsonNode last = ok(post(Fixture.FINANCE, LOAN + "/payments", "{\"paymentId\": \"bank-3\", \"amount\": "
        + money(outstanding) + ", \"valueDate\": \"" + fixture.clock.today() + "\", \"externalReference\": \"4713\"}",
        null));
    assertThat(last.get("status").asText()).isEqualTo("REPAID");
    assertThat(last.get("balances").get("outstanding").get("amount").asText()).isEqualTo("0.00");
    assertThat(api.get(Journey.CASE, Fixture.AUDITOR).json().get("stage").asText()).isEqualTo("CLOSED");
  }
}
