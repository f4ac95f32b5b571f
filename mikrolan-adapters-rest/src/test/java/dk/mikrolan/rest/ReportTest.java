package dk.mikrolan.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The programme report as JSON and as CSV for Danish Excel: the CSV, parsed with Commons CSV under
 * Danish settings (semicolons, decimal comma, a byte-order mark), holds the JSON's figures.
 */
class ReportTest {

  private Fixture fixture;
  private JerseyServer server;
  private Api api;

  @BeforeEach
  void start() {
    fixture = new Fixture();
    server = new JerseyServer(fixture.rest);
    api = server.api;
    Journey journey = new Journey(fixture, api);
    journey.approved(journey.recommended());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static BigDecimal danish(String text) throws ParseException {
    DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("da-DK")));
    format.setParseBigDecimal(true);
    return (BigDecimal) format.parse(text);
  }

  @Test
  void theCsvForDanishExcelHoldsTheJsonsFigures() throws IOException, ParseException {
    Api.Answer json = api.get("api/v1/reports/programme?municipality=751", Fixture.AUDITOR);
    assertThat(json.status()).as(json.text()).isEqualTo(200);
    JsonNode r = json.json();
    assertThat(r.get("cases").asInt()).isEqualTo(1);
    assertThat(r.get("funnel").get("APPROVED").asInt()).isEqualTo(1);
    assertThat(r.get("amountGranted").get("amount").asText()).isEqualTo("12000.00");

    Api.Answer csv = api.get("api/v1/reports/programme?municipality=751", Fixture.AUDITOR, "Accept", "text/csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.text()).startsWith("\uFEFF");
    List<CSVRecord> rows = CSVFormat.EXCEL.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv.text().substring(1))).getRecords();
    Map<String, String> byKey = new HashMap<>();
    rows.forEach(row -> byKey.put(row.get("Afsnit") + "/" + row.get("Nøgle"), row.get("Værdi")));
    assertThat(danish(byKey.get("Sager/I alt"))).isEqualByComparingTo(r.get("cases").decimalValue());
    assertThat(danish(byKey.get("Tragt/APPROVED"))).isEqualByComparingTo(r.get("funnel").get("APPROVED").decimalValue());
    assertThat(byKey.get("Lån/Bevilget (kr.)")).isEqualTo("12000,00");
    assertThat(danish(byKey.get("Lån/Bevilget (kr.)")))
        .isEqualByComparingTo(new BigDecimal(r.get("amountGranted").get("amount").asText()));
    assertThat(danish(byKey.get("Lån/Udbetalt (kr.)")))
        .isEqualByComparingTo(new BigDecimal(r.get("amountDisbursed").get("amount").asText()));
    assertThat(danish(byKey.get("Afdrag/Til tiden (%)")))
        .isEqualByComparingTo(new BigDecimal(r.get("onTime").get("percent").asText()));
    r.get("funnel").properties().forEach(e -> assertThat(byKey).containsEntry("Tragt/" + e.getKey(),
        e.getValue().asText()));
    for (Map.Entry<String, JsonNode> e : r.get("repaymentsByMonth").properties()) {
      assertThat(danish(byKey.get("Afdrag pr. måned/" + e.getKey() + " forfaldent (kr.)")))
          .isEqualByComparingTo(new BigDecimal(e.getValue().get("due").get("amount").asText()));
      assertThat(danish(byKey.get("Afdrag pr. måned/" + e.getKey() + " betalt (kr.)")))
          .isEqualByComparingTo(new BigDecimal(e.getValue().get("paid").get("amount").asText()));
    }
  }

  @Test
  void theReportIsForTheCallersMunicipalitiesAndNeverTheFuture() {
    assertThat(api.get("api/v1/reports/programme?municipality=101", Fixture.AUDITOR).status()).isEqualTo(404);
    assertThat(api.get("api/v1/reports/programme?asOf=2100-01-01", Fixture.AUDITOR).status()).isEqualTo(422);
    assertThat(api.get("api/v1/reports/programme?asOf=someday", Fixture.AUDITOR).status()).isEqualTo(422);
    assertThat(api.get("api/v1/reports/programme", Fixture.ADMIN).status()).isEqualTo(200);
  }
}
