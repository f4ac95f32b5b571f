package dk.mikrolan.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A corpus of malformed and hostile requests: each gets the status this test's table names, as an
 * RFC 9457 problem, and never a 5xx, a stack trace, a class name or SQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileRequestsTest {

  private static final String SCHEDULE = "api/v1/schedule-previews";
  private static final String AID = "api/v1/aid-equivalents";
  private static final String T = Fixture.CASEWORKER;
  private static final String GOOD = "\"principal\": {\"amount\": \"30000.00\", \"currency\": \"DKK\"}, "
      + "\"firstDueDate\": \"2027-03-26\", \"frequency\": \"MONTHLY\"";

  private record Case(String name, int status, Function<Api, Api.Answer> request) {}

  private JerseyServer server;

  @BeforeAll
  void start() {
    server = new JerseyServer(new Fixture().rest);
    assertThat(server.api.post("api/v1/cases", T, Journey.PARTICIPANT, "Idempotency-Key", "setup").status())
        .isEqualTo(201);
    assertThat(server.api.post("api/v1/cohorts", T, "{\"municipality\": \"751\", \"cohortId\": \"H2026-9\", "
        + "\"startDate\": \"2026-12-07\"}", "Idempotency-Key", "plan-9").status()).isEqualTo(201);
  }

  private static Case command(String name, int status, String route, String body, String... headers) {
    String[] all = new String[headers.length + 2];
    all[0] = "Idempotency-Key";
    all[1] = "hostile-" + Integer.toHexString(name.hashCode()); // never ten digits in a row
    System.arraycopy(headers, 0, all, 2, headers.length);
    return new Case(name, status, api -> api.post(CASE + route, T, body, all));
  }

  private static final String CASE = "api/v1/cases/751/2026-0042";

  @AfterAll
  void stop() {
    server.close();
  }

  private static Case post(String name, int status, String path, String body) {
    return new Case(name, status, api -> api.post(path, T, body));
  }

  private static Case schedule(String name, int status, String fields) {
    return post(name, status, SCHEDULE, "{" + fields + "}");
  }

  private static List<Case> corpus() {
    List<Case> c = new ArrayList<>();
    c.add(new Case("unknown route", 404, api -> api.get("api/v1/nothing-here", T)));
    c.add(new Case("unknown route without a token", 404, api -> api.get("api/v1/nothing-here", null)));
    c.add(new Case("unknown version", 404, api -> api.get("api/v2/schedule-previews", T)));
    c.add(new Case("a NUL in the path", 404, api -> api.get("api/v1/schedule-previews%00", T)));
    c.add(new Case("a very long path", 404, api -> api.get("api/v1/" + "a".repeat(4000), T)));
    c.add(new Case("GET on a POST route", 405, api -> api.get(SCHEDULE, T)));
    c.add(new Case("DELETE", 405, api -> api.raw("DELETE", SCHEDULE, null, "Authorization", "Bearer " + T)));
    c.add(new Case("PUT", 405, api -> api.raw("PUT", SCHEDULE, "{}", "Authorization", "Bearer " + T,
        "Content-Type", "application/json")));
    c.add(new Case("PATCH", 405, api -> api.raw("PATCH", SCHEDULE, "{}", "Authorization", "Bearer " + T,
        "Content-Type", "application/json")));
    c.add(new Case("text/plain body", 415, api -> api.raw("POST", SCHEDULE, "{}", "Authorization", "Bearer " + T,
        "Content-Type", "text/plain")));
    c.add(new Case("XML body", 415, api -> api.raw("POST", SCHEDULE, "<terms/>", "Authorization", "Bearer " + T,
        "Content-Type", "application/xml")));
    c.add(new Case("no content type", 415, api -> api.raw("POST", SCHEDULE, "{}", "Authorization", "Bearer " + T)));
    c.add(new Case("a form", 415, api -> api.raw("POST", SCHEDULE, "a=b", "Authorization", "Bearer " + T,
        "Content-Type", "application/x-www-form-urlencoded")));
    c.add(new Case("only XML acceptable", 406, api -> api.raw("POST", SCHEDULE, "{" + GOOD + "}", "Authorization",
        "Bearer " + T, "Content-Type", "application/json", "Accept", "application/xml")));
    c.add(post("an unclosed object", 400, SCHEDULE, "{"));
    c.add(post("an empty body", 400, SCHEDULE, ""));
    c.add(post("whitespace only", 400, SCHEDULE, "   \n"));
    c.add(post("trailing tokens", 400, SCHEDULE, "{} {}"));
    c.add(post("trailing garbage", 400, SCHEDULE, "{} x"));
    c.add(post("a comment", 400, SCHEDULE, "/* hi */ {}"));
    c.add(post("single quotes", 400, SCHEDULE, "{'principal': 1}"));
    c.add(post("a duplicate key", 400, SCHEDULE, "{\"frequency\": \"MONTHLY\", \"frequency\": \"QUARTERLY\"}"));
    c.add(post("NaN", 400, SCHEDULE, "{\"instalmentCount\": NaN}"));
    c.add(post("deep nesting", 400, SCHEDULE, "[".repeat(5000) + "]".repeat(5000)));
    c.add(post("null", 422, SCHEDULE, "null"));
    c.add(post("an array", 422, SCHEDULE, "[]"));
    c.add(post("a number", 422, SCHEDULE, "42"));
    c.add(post("a string", 422, SCHEDULE, "\"terms\""));
    c.add(post("an empty object", 422, SCHEDULE, "{}"));
    c.add(new Case("bytes that are not UTF-8", 400, api -> api.postBytes(SCHEDULE, T,
        new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'}, false, "Content-Type", "application/json")));
    c.add(new Case("a body over 1 MiB", 413, api -> api.postBytes(SCHEDULE, T,
        ("{\"x\": \"" + "a".repeat(1 << 20) + "\"}").getBytes(StandardCharsets.UTF_8), false,
        "Content-Type", "application/json")));
    c.add(new Case("a chunked body over 1 MiB", 413, api -> api.postBytes(SCHEDULE, T,
        ("{\"x\": \"" + "a".repeat(1 << 20) + "\"}").getBytes(StandardCharsets.UTF_8), true,
        "Content-Type", "application/json")));
    c.add(schedule("an amount of 1e400", 422, "\"principal\": {\"amount\": 1e400, \"currency\": \"DKK\"}, "
        + "\"firstDueDate\": \"2027-03-26\", \"frequency\": \"MONTHLY\", \"instalmentCount\": 2"));
    c.add(schedule("a negative amount", 422, "\"principal\": {\"amount\": \"-5.00\", \"currency\": \"DKK\"}, "
        + "\"firstDueDate\": \"2027-03-26\", \"frequency\": \"MONTHLY\", \"instalmentCount\": 2"));
    c.add(schedule("an amount in words", 422, "\"principal\": {\"amount\": \"tusind\", \"currency\": \"DKK\"}, "
        + "\"firstDueDate\": \"2027-03-26\", \"frequency\": \"MONTHLY\", \"instalmentCount\": 2"));
    c.add(schedule("an amount that is true", 422, "\"principal\": {\"amount\": true, \"currency\": \"DKK\"}, "
        + "\"firstDueDate\": \"2027-03-26\", \"frequency\": \"MONTHLY\", \"instalmentCount\": 2"));
    c.add(schedule("no currency", 422, "\"principal\": {\"amount\": \"100.00\"}, \"firstDueDate\": \"2027-03-26\", "
        + "\"frequency\": \"MONTHLY\", \"instalmentCount\": 2"));
    c.add(schedule("a principal that is a string", 422, "\"principal\": \"30000\", \"firstDueDate\": \"2027-03-26\", "
        + "\"frequency\": \"MONTHLY\", \"instalmentCount\": 2"));
    c.add(schedule("an extra property in money", 422, "\"principal\": {\"amount\": \"100.00\", \"currency\": \"DKK\", "
        + "\"rate\": 1}, \"firstDueDate\": \"2027-03-26\", \"frequency\": \"MONTHLY\", \"instalmentCount\": 2"));
    c.add(schedule("month 13", 422, GOOD.replace("2027-03-26", "2027-13-01") + ", \"instalmentCount\": 2"));
    c.add(schedule("a date before 2000", 422, GOOD.replace("2027-03-26", "1999-12-31") + ", \"instalmentCount\": 2"));
    c.add(schedule("a date after 2100", 422, GOOD.replace("2027-03-26", "2101-01-01") + ", \"instalmentCount\": 2"));
    c.add(schedule("a date as a number", 422, GOOD.replace("\"2027-03-26\"", "20270326") + ", \"instalmentCount\": 2"));
    c.add(schedule("a date with a time", 422, GOOD.replace("2027-03-26", "2027-03-26T10:00:00Z")
        + ", \"instalmentCount\": 2"));
    c.add(schedule("a lower-case enum", 422, GOOD.replace("MONTHLY", "monthly") + ", \"instalmentCount\": 2"));
    c.add(schedule("a count as a string", 422, GOOD + ", \"instalmentCount\": \"24\""));
    c.add(schedule("a fractional count", 422, GOOD + ", \"instalmentCount\": 1.5"));
    c.add(schedule("a negative count", 422, GOOD + ", \"instalmentCount\": -1"));
    c.add(schedule("a huge count", 422, GOOD + ", \"instalmentCount\": 99999999999999999999"));
    c.add(schedule("both count and amount", 422, GOOD + ", \"instalmentCount\": 24, "
        + "\"instalmentAmount\": {\"amount\": \"100\", \"currency\": \"DKK\"}"));
    c.add(schedule("neither count nor amount", 422, GOOD));
    c.add(schedule("a two-digit municipality", 422, GOOD + ", \"instalmentCount\": 2, \"municipality\": \"75\""));
    c.add(schedule("a municipality as a number", 422, GOOD + ", \"instalmentCount\": 2, \"municipality\": 751"));
    c.add(schedule("an unknown property", 422, GOOD + ", \"instalmentCount\": 2, \"interest\": \"0.05\""));
    c.add(schedule("a proto key", 422, GOOD + ", \"instalmentCount\": 2, \"__proto__\": {}"));
    c.add(post("aid without rates", 422, AID, "{" + GOOD + ", \"instalmentCount\": 2, \"disbursementDate\": \"2027-01-26\"}"));
    c.add(post("a rate above 1", 422, AID, "{" + GOOD + ", \"instalmentCount\": 2, \"disbursementDate\": \"2027-01-26\","
        + " \"referenceRate\": \"1.5\", \"discountRate\": \"0.04\"}"));
    c.add(post("a negative rate", 422, AID, "{" + GOOD + ", \"instalmentCount\": 2, \"disbursementDate\": \"2027-01-26\","
        + " \"referenceRate\": \"-0.1\", \"discountRate\": \"0.04\"}"));
    c.add(post("a rate as a binary number", 422, AID, "{" + GOOD + ", \"instalmentCount\": 2, "
        + "\"disbursementDate\": \"2027-01-26\", \"referenceRate\": 0.07, \"discountRate\": \"0.04\"}"));
    c.add(post("a disbursement after the first due date", 422, AID, "{" + GOOD + ", \"instalmentCount\": 2, "
        + "\"disbursementDate\": \"2027-04-26\", \"referenceRate\": \"0.07\", \"discountRate\": \"0.04\"}"));
    c.add(new Case("Basic credentials", 401, api -> api.raw("POST", SCHEDULE, "{}", "Authorization", "Basic dXNlcjpwdw==",
        "Content-Type", "application/json")));
    c.add(new Case("an empty bearer", 401, api -> api.raw("POST", SCHEDULE, "{}", "Authorization", "Bearer ",
        "Content-Type", "application/json")));
    c.add(new Case("a short token", 401, api -> api.post(SCHEDULE, "short", "{}")));
    c.add(new Case("a token with spaces", 401, api -> api.raw("POST", SCHEDULE, "{}", "Authorization",
        "Bearer caseworker token 751", "Content-Type", "application/json")));
    c.add(new Case("a 4 KB token", 401, api -> api.post(SCHEDULE, "x".repeat(4096), "{}")));
    c.add(new Case("a token of another case", 401, api -> api.post(SCHEDULE, T.toUpperCase(java.util.Locale.ROOT), "{}")));
    c.add(new Case("a municipality of letters in the path", 404, api -> api.get("api/v1/cases/abc/2026-0042", T)));
    c.add(new Case("a case id with a slash", 404, api -> api.get("api/v1/cases/751/a%2Fb", T)));
    c.add(new Case("a case id of spaces", 404, api -> api.get("api/v1/cases/751/%20%20", T)));
    c.add(new Case("a case never referred", 404, api -> api.get("api/v1/cases/751/2026-9999", T)));
    c.add(new Case("a letter number that is no number", 404, api -> api.get(CASE + "/letters/abc", T)));
    c.add(new Case("letter zero", 404, api -> api.get(CASE + "/letters/0", T)));
    c.add(new Case("a list limit of 0", 422, api -> api.get("api/v1/cases?limit=0", T)));
    c.add(new Case("a list limit in words", 422, api -> api.get("api/v1/cases?limit=ten", T)));
    c.add(new Case("an unknown stage", 422, api -> api.get("api/v1/cases?stage=DONE", T)));
    c.add(new Case("a forged cursor", 422, api -> api.get("api/v1/cases?after=AAAA", T)));
    c.add(new Case("a four-digit municipality", 422, api -> api.get("api/v1/cases?municipality=7510", T)));
    c.add(command("a null note", 422, "/notes", "{\"text\": null}"));
    c.add(command("an empty note", 422, "/notes", "{\"text\": \"\"}"));
    c.add(command("a note that is a number", 422, "/notes", "{\"text\": 5}"));
    c.add(command("a note of 5000 characters", 422, "/notes", "{\"text\": \"" + "x".repeat(5000) + "\"}"));
    c.add(new Case("a note without an Idempotency-Key", 400, api -> api.post(CASE + "/notes", T, "{\"text\": \"n\"}")));
    c.add(new Case("an Idempotency-Key of 200 characters", 400, api -> api.post(CASE + "/notes", T,
        "{\"text\": \"n\"}", "Idempotency-Key", "k".repeat(200))));
    c.add(new Case("an Idempotency-Key with a space", 400, api -> api.post(CASE + "/notes", T,
        "{\"text\": \"n\"}", "Idempotency-Key", "a key")));
    c.add(command("a stage change without If-Match", 428, "/screening", "{}"));
    c.add(command("If-Match that is no ETag", 412, "/screening", "{}", "If-Match", "abc"));
    c.add(command("If-Match of twenty digits", 412, "/screening", "{}", "If-Match", "\"99999999999999999999\""));
    c.add(command("an extra property on a command", 422, "/screening", "{\"force\": true}", "If-Match", "\"1\""));
    c.add(command("a decision of neither kind", 422, "/decisions", "{\"decision\": \"MAYBE\"}", "If-Match", "\"1\""));
    c.add(command("a decision without a kind", 422, "/decisions", "{}", "If-Match", "\"1\""));
    c.add(command("a decision that is an array", 422, "/decisions", "[]", "If-Match", "\"1\""));
    c.add(command("an approval with a rate in words", 422, "/decisions", "{\"decision\": \"APPROVE\", "
        + "\"fundPeriod\": \"2027\", \"terms\": " + Journey.TERMS + ", \"eurDkkRate\": \"syv\"}", "If-Match", "\"1\""));
    c.add(command("an approval with a malformed fund period", 422, "/decisions", "{\"decision\": \"APPROVE\", "
        + "\"fundPeriod\": \"next year\", \"terms\": " + Journey.TERMS + ", \"eurDkkRate\": \"7.46\"}",
        "If-Match", "\"1\""));
    c.add(command("a hearing without facts", 422, "/hearings", "{\"facts\": []}", "If-Match", "\"1\""));
    c.add(command("a café meeting tomorrow", 422, "/cafe-meetings", "{\"note\": \"n\", \"heldOn\": \"2026-12-08\"}"));
    c.add(command("an outcome with an unknown verdict", 422, "/screening-outcome",
        "{\"outcome\": {\"verdict\": \"MAYBE\"}}", "If-Match", "\"1\""));
    c.add(command("an inconsistent outcome", 422, "/screening-outcome",
        "{\"outcome\": {\"verdict\": \"NOT_ELIGIBLE\"}}", "If-Match", "\"1\""));
    c.add(new Case("a referral with a malformed CPR number", 422, api -> api.post("api/v1/cases", T,
        Journey.PARTICIPANT.replace("150390-4000", "150390-40x0").replace("2026-0042", "2026-0043"),
        "Idempotency-Key", "bad-cpr")));
    c.add(new Case("a referral without a participant", 422, api -> api.post("api/v1/cases", T,
        "{\"municipality\": \"751\", \"caseId\": \"2026-0044\", \"participant\": null}", "Idempotency-Key", "no-p")));
    c.add(new Case("a search for half a CPR number", 422, api -> api.post("api/v1/participants/search", T,
        "{\"cpr\": \"150390\"}")));
    c.add(new Case("a reveal without a purpose", 422, api -> api.post("api/v1/participants/751/P-42/cpr-reveals", T,
        "{\"purpose\": \"\"}")));
    c.add(new Case("a reveal of an unknown participant", 404, api -> api.post("api/v1/participants/751/P-99/cpr-reveals",
        T, "{\"purpose\": \"brev\"}")));
    c.add(new Case("attendance at a session never scheduled", 404, api -> api.post("api/v1/cohorts/751/NONE/attendance",
        T, "{\"sessionId\": \"X\", \"caseId\": \"2026-0042\", \"attended\": true}", "Idempotency-Key", "att")));
    c.add(new Case("a case id shaped like a CPR number", 422, api -> api.post("api/v1/cases", T,
        Journey.PARTICIPANT.replace("2026-0042", "0101234567"), "Idempotency-Key", "cpr-case")));
    c.add(new Case("a participant id shaped like a CPR number", 422, api -> api.post("api/v1/cases", T,
        Journey.PARTICIPANT.replace("2026-0042", "2026-0045").replace("P-42", "1203456789"), "Idempotency-Key", "cpr-p")));
    c.add(new Case("a loan as of no date", 422, api -> api.get(CASE + "/loan?asOf=tomorrow", T)));
    c.add(new Case("a loan of a case never referred", 404, api -> api.get("api/v1/cases/751/2026-9999/loan", T)));
    c.add(new Case("arrears with a limit of a million", 422, api -> api.get("api/v1/loans-in-arrears?limit=1000000", T)));
    c.add(command("a payment without its id", 422, "/loan/payments", "{\"amount\": {\"amount\": \"100\", "
        + "\"currency\": \"DKK\"}, \"valueDate\": \"2026-12-07\", \"externalReference\": \"r\"}"));
    c.add(command("a payment in euro", 422, "/loan/payments", "{\"paymentId\": \"p\", \"amount\": "
        + "{\"amount\": \"100\", \"currency\": \"EUR\"}, \"valueDate\": \"2026-12-07\", \"externalReference\": \"r\"}"));
    c.add(command("a reversal without If-Match", 428, "/loan/reversals",
        "{\"paymentId\": \"p\", \"reversedOn\": \"2026-12-07\", \"reason\": \"r\"}"));
    c.add(command("a deferral of zero periods", 422, "/loan/deferrals", "{\"periods\": 0, \"reason\": \"r\"}",
        "If-Match", "\"1\""));
    c.add(command("a reschedule of neither count nor amount", 422, "/loan/reschedules",
        "{\"firstDueDate\": \"2027-09-01\", \"frequency\": \"MONTHLY\", \"reason\": \"r\"}", "If-Match", "\"1\""));
    c.add(new Case("a fund period in words", 404, api -> api.get("api/v1/funds/751/next-year", T)));
    c.add(new Case("a policy file that is a list", 422, api -> api.post("api/v1/policies/751", Fixture.ADMIN,
        "{\"file\": []}", "Idempotency-Key", "pf-1")));
    c.add(new Case("a policy without a file", 422, api -> api.post("api/v1/policies/751", Fixture.ADMIN, "{}",
        "Idempotency-Key", "pf-2")));
    c.add(new Case("a policy of another municipality", 422, api -> api.post("api/v1/policies/751", Fixture.ADMIN,
        "{\"file\": {\"municipality.code\": \"101\", \"municipality.name\": \"København\", "
            + "\"valid-from\": \"2027-03-01\"}}", "Idempotency-Key", "pf-3")));
    c.add(new Case("a negative fund ceiling", 422, api -> api.post("api/v1/funds/751/2027/ceiling", Fixture.ADMIN,
        "{\"ceiling\": {\"amount\": \"-1\", \"currency\": \"DKK\"}}", "Idempotency-Key", "fc-1",
        "If-Match", "\"1\"")));
    c.add(new Case("a participant id of another person", 422, api -> api.post("api/v1/cases", T,
        Journey.PARTICIPANT.replace("2026-0042", "2026-0077").replace("150390-4000", "010170-1234"),
        "Idempotency-Key", "other-person")));
    c.add(new Case("an Idempotency-Key shaped like a CPR number", 400, api -> api.post(CASE + "/notes", T,
        "{\"text\": \"n\"}", "Idempotency-Key", "150390-4000")));
    c.add(post("a rate with a huge negative exponent", 422, AID, "{" + GOOD + ", \"instalmentCount\": 2, "
        + "\"disbursementDate\": \"2027-01-26\", \"referenceRate\": \"1E-999999999\", \"discountRate\": \"0.04\"}"));
    c.add(command("an exchange rate with an exponent", 422, "/decisions", "{\"decision\": \"APPROVE\", "
        + "\"fundPeriod\": \"2027\", \"terms\": " + Journey.TERMS + ", \"eurDkkRate\": \"1E+30\"}",
        "If-Match", "\"1\""));
    c.add(new Case("a search in no municipality", 422, api -> api.post("api/v1/participants/search", T,
        "{\"cpr\": \"150390-4000\", \"municipalities\": []}")));
    c.add(new Case("a malformed Accept-Language on an error", 404, api -> api.get("api/v1/nothing", T,
        "Accept-Language", "en;q=abc, da;q=2")));
    c.add(new Case("a session id shaped like a CPR number", 422, api -> api.post("api/v1/cohorts/751/H2026-9/sessions",
        T, "{\"sessionId\": \"150390-4000\", \"kind\": \"GUIDANCE\", \"date\": \"2026-12-20\"}",
        "Idempotency-Key", "s-9", "If-Match", "\"1\"")));
    String export = CASE + "/exports";
    String D = Fixture.DECIDER;
    c.add(new Case("an export without a purpose", 422, api -> api.post(export, D, "{}")));
    c.add(new Case("an export with a blank purpose", 422, api -> api.post(export, D, "{\"purpose\": \"   \"}")));
    c.add(new Case("an export with a purpose of 201 characters", 422, api -> api.post(export, D,
        "{\"purpose\": \"" + "a".repeat(201) + "\"}")));
    c.add(new Case("an export whose purpose holds a CPR number", 422, api -> api.post(export, D,
        "{\"purpose\": \"Aktindsigt for 150390-4000\"}")));
    c.add(new Case("an export whose purpose is a number", 422, api -> api.post(export, D, "{\"purpose\": 17}")));
    c.add(new Case("an export of a case never referred", 404, api -> api.post("api/v1/cases/751/2026-9999/exports", D,
        "{\"purpose\": \"Aktindsigt\"}")));
    c.add(new Case("an export of a case id shaped like a CPR number", 404, api -> api.post(
        "api/v1/cases/751/1503904000/exports", D, "{\"purpose\": \"Aktindsigt\"}")));
    c.add(new Case("an export as HTML without a purpose", 422, api -> api.post(export, D, "{}", "Accept",
        "text/html")));
    c.add(new Case("an export body that is an array", 422, api -> api.post(export, D, "[\"Aktindsigt\"]")));
    String A = Fixture.AUDITOR;
    c.add(new Case("events after a negative position", 422, api -> api.get("api/v1/events?after=-1", A)));
    c.add(new Case("events after a position in words", 422, api -> api.get("api/v1/events?after=start", A)));
    c.add(new Case("events after a position past a long", 422, api -> api.get("api/v1/events?after=99999999999999999999",
        A)));
    c.add(new Case("events with a limit of zero", 422, api -> api.get("api/v1/events?limit=0", A)));
    c.add(new Case("events with a limit of 501", 422, api -> api.get("api/v1/events?limit=501", A)));
    c.add(new Case("events of a municipality in words", 422, api -> api.get("api/v1/events?municipality=aarhus", A)));
    c.add(new Case("events of another municipality", 404, api -> api.get("api/v1/events?municipality=101", A)));
    c.add(new Case("events for a caseworker", 403, api -> api.get("api/v1/events", T)));
    c.add(new Case("matrix parameters around an unauthenticated route", 401, api -> api.get(
        "api;x=1/v1/reports/programme", null)));
    c.add(new Case("a matrix parameter on the API's version", 401, api -> api.get("api/v1;x/events", null)));
    return c;
  }

  @Test
  void aBodyEndingBeforeItsContentLengthIsMalformedNotAServerFault() throws java.io.IOException {
    String request = "POST /" + SCHEDULE + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + T + "\r\n"
        + "Content-Type: application/json\r\nContent-Length: 500\r\nConnection: close\r\n\r\n{}";
    try (java.net.Socket socket = new java.net.Socket(server.api.base().getHost(), server.api.base().getPort())) {
      socket.setSoTimeout(20_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      socket.shutdownOutput();
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json")
          .contains("The body ended before its stated length");
    }
  }

  @Test
  void everyHostileRequestGetsItsProblemAndNeverA5xx() {
    List<Case> corpus = corpus();
    assertThat(corpus).hasSizeGreaterThanOrEqualTo(50);
    List<String> wrong = new ArrayList<>();
    for (Case c : corpus) {
      Api.Answer a = c.request().apply(server.api);
      String why = check(c, a);
      if (why != null) {
        wrong.add(c.name() + ": " + why);
      }
    }
    assertThat(wrong).isEmpty();
  }

  private static String check(Case c, Api.Answer a) {
    if (a.status() != c.status()) {
      return "status " + a.status() + " instead of " + c.status() + ": " + a.text().substring(0,
          Math.min(300, a.text().length()));
    } else if (!a.contentType().startsWith("application/problem+json")) {
      return "content type " + a.contentType();
    }
    JsonNode p = a.json();
    for (String field : List.of("type", "title", "status", "detail", "instance")) {
      if (!p.has(field)) {
        return "no " + field;
      }
    }
    if (p.get("status").asInt() != a.status()) {
      return "status field " + p.get("status");
    }
    for (String leak : List.of("Exception", "at dk.", "java.", "org.", "SQL", "jackson", "150390", "40x0", "010170")) {
      if (a.text().contains(leak)) {
        return "leaks " + leak + ": " + a.text();
      }
    }
    return null;
  }
}
