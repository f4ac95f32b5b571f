package dk.mikrolan.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.mikrolan.access.Actor;
import dk.mikrolan.access.Role;
import dk.mikrolan.port.CprAccess;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Over real HTTP with H2: the case export for a request for access marks a cohort member's name,
 * an internal note and the member's record, as JSON and as an HTML page, and is access-logged; the
 * event feed returns every event of the caller's municipality once when paged to the end, nothing
 * of another municipality, and no CPR number in clear.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportAndFeedTest {

  private static final String ANNE = "api/v1/cases/751/2026-0042";
  private static final String BO = """
      {"municipality": "751", "caseId": "2026-0043", "participant": {"id": "P-43", "cpr": "010170-1234",
       "name": "Bo Bentsen", "benefit": "CASH_BENEFIT", "advisor": "adv-1",
       "businessIdea": {"title": "Bageri", "description": "Surdejsbrød", "market": "Naboer", "revenueModel": "Salg"}}}""";

  private Fixture fixture;
  private JerseyServer server;
  private Api api;
  private final AtomicInteger keys = new AtomicInteger();

  private String ok(String token, String path, String body, String etag) {
    Api.Answer a = etag == null ? api.post(path, token, body, "Idempotency-Key", "k-" + keys.incrementAndGet())
        : api.post(path, token, body, "Idempotency-Key", "k-" + keys.incrementAndGet(), "If-Match", etag);
    assertThat(a.status()).as("%s %s", path, a.text()).isBetween(200, 201);
    return a.header("ETag").orElse("");
  }

  private String etag(String path) {
    return api.get(path, Fixture.CASEWORKER).header("ETag").orElseThrow();
  }

  /** Anne and Bo in Aarhus on one cohort, Anne's case naming Bo; a case in Copenhagen with the same id. */
  @BeforeAll
  void start() {
    fixture = new Fixture();
    server = new JerseyServer(fixture.rest);
    api = server.api;
    String cw = Fixture.CASEWORKER;
    ok(cw, "api/v1/cases", Journey.PARTICIPANT, null);
    ok(cw, "api/v1/cases", BO, null);
    ok(cw, ANNE + "/screening", "{}", etag(ANNE));
    ok(cw, ANNE + "/screening-outcome", Journey.ELIGIBLE, etag(ANNE));
    ok(cw, ANNE + "/cafe-meetings", "{\"note\": \"Bo Bentsen fra holdet deltog. <script>alert(1)</script>\", "
        + "\"heldOn\": \"" + fixture.clock.today() + "\"}", null);
    ok(cw, ANNE + "/assessment", Journey.ELIGIBLE, etag(ANNE));
    String cohort = ok(cw, "api/v1/cohorts", "{\"municipality\": \"751\", \"cohortId\": \"H2026-1\", \"startDate\": \""
        + fixture.clock.today() + "\"}", null);
    cohort = ok(cw, Journey.COHORT + "/enrolments", "{\"caseId\": \"2026-0042\", \"enrolledOn\": \""
        + fixture.clock.today() + "\"}", cohort);
    ok(cw, Journey.COHORT + "/enrolments", "{\"caseId\": \"2026-0043\", \"enrolledOn\": \"" + fixture.clock.today()
        + "\"}", cohort);
    ok(cw, ANNE + "/competence-development", "{\"cohortId\": \"H2026-1\"}", etag(ANNE));
    ok(cw, ANNE + "/notes", "{\"text\": \"Anne og bo bentsen vil dele værksted; Bos nummer er 010170-1234.\"}", null);

    Actor seed = Actor.system("setup", Set.of(Role.ADMIN), Set.of("101"));
    fixture.office.seedPolicies(seed, Map.of("101.properties", dk.mikrolan.policy.ProgrammePolicy.builder()
        .municipalityCode("101").municipalityName("Københavns Kommune").validFrom(java.time.LocalDate.of(2026, 1, 1))
        .build()));
    ok(Fixture.COPENHAGEN, "api/v1/cases", Journey.PARTICIPANT.replace("\"751\"", "\"101\""), null);
    ok(Fixture.COPENHAGEN, "api/v1/cases/101/2026-0042/notes", "{\"text\": \"København\"}", null);
  }

  @AfterAll
  void stop() {
    server.close();
  }

  private Api.Answer export(String token, String... headers) {
    return api.post(ANNE + "/exports", token, "{\"purpose\": \"Aktindsigt 2026-17\"}", headers);
  }

  private static List<JsonNode> items(JsonNode export, String type) {
    List<JsonNode> found = new ArrayList<>();
    export.get("items").forEach(i -> {
      if (i.get("type").asText().equals(type)) {
        found.add(i);
      }
    });
    return found;
  }

  private static List<String> marks(JsonNode item) {
    List<String> marks = new ArrayList<>();
    item.get("marks").forEach(m -> marks.add(m.get("ground").asText() + (m.has("field") ? " " + m.get("field").asText()
        + " »" + m.get("excerpt").asText() + "«" : "")));
    return marks;
  }

  @Test
  void theExportMarksACohortMembersNameTheirRecordAndAnInternalNote() {
    Api.Answer a = export(Fixture.DECIDER, "X-Request-Id", "req-export-1");
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    assertThat(a.header("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
    JsonNode e = a.json();
    assertThat(e.get("participant").get("cpr").asText()).isEqualTo("150390-4000");
    assertThat(e.get("participant").get("name").asText()).isEqualTo("Anne Andersen");
    assertThat(e.get("purpose").asText()).isEqualTo("Aktindsigt 2026-17");

    assertThat(marks(items(e, "CafeMeetingHeld").get(0))).containsExactly("OTHER_PARTICIPANT note »Bo Bentsen«");
    assertThat(marks(items(e, "NoteAdded").get(0))).containsExactlyInAnyOrder("INTERNAL_WORKING_NOTE",
        "OTHER_PARTICIPANT text »bo bentsen«", "OTHER_IDENTITY text »010170-XXXX«");
    List<JsonNode> enrolments = items(e, "ParticipantEnrolled");
    assertThat(enrolments).extracting(i -> marks(i).toString()).containsExactly("[]", "[OTHER_PARTICIPANT]");
    assertThat(enrolments.get(1).get("kind").asText()).isEqualTo("COHORT_RECORD");
    assertThat(enrolments.get(1).get("marks").get(0).get("source").asText()).contains("Forvaltningsloven");
    assertThat(items(e, "Referred").get(0).get("marks")).isEmpty();
    assertThat(e.get("markedCount").asInt()).isEqualTo(3);

    // The export is itself a reading of the CPR number, logged with its purpose and the request's id.
    Actor auditor = Actor.person("audit-1", Set.of(Role.AUDITOR), Set.of("751"));
    List<CprAccess> log = fixture.office.accessLog(auditor, Set.of("751"), fixture.clock.today(),
        fixture.clock.today(), 100).get();
    assertThat(log).anySatisfy(r -> {
      assertThat(r.purpose()).isEqualTo("Case export: Aktindsigt 2026-17");
      assertThat(r.actor()).isEqualTo("head-1");
      assertThat(r.correlationId()).isEqualTo("req-export-1");
    });
  }

  @Test
  void theExportReadsAsAnEscapedDanishPageWithTheMarksHighlighted() {
    int items = export(Fixture.AUDITOR).json().get("itemCount").asInt();
    Api.Answer a = export(Fixture.AUDITOR, "Accept", "text/html");
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    assertThat(a.contentType()).startsWith("text/html");
    assertThat(a.header("Content-Security-Policy")).hasValueSatisfying(c -> assertThat(c).contains("default-src 'none'"));
    assertThat(a.header("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
    String page = a.text();
    assertThat(page).startsWith("<!DOCTYPE html>").contains("<html lang=\"da\">", "Aktindsigt i sag 2026-0042",
        "<mark>Bo Bentsen</mark>", "<mark>bo bentsen</mark>", "Mulig undtagelse", "Internt arbejdsdokument",
        "&lt;script&gt;alert(1)&lt;/script&gt;", "150390-4000");
    assertThat(page).doesNotContain("<script>", "010170-1234").contains("<mark>010170-XXXX</mark>");
    // One article per item: those of the JSON export, and the reading that export logged.
    assertThat(page.split("<article", -1)).hasSize(items + 1 + 1);
  }

  private List<Long> positionsOf(String prefix) throws SQLException {
    try (Connection c = fixture.dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
        "SELECT global_position FROM mikrolan_events WHERE stream_id LIKE ? ORDER BY global_position")) {
      s.setString(1, prefix + "%");
      try (ResultSet rs = s.executeQuery()) {
        List<Long> found = new ArrayList<>();
        while (rs.next()) {
          found.add(rs.getLong(1));
        }
        return found;
      }
    }
  }

  private List<JsonNode> pagedToTheEnd(String token, int limit) {
    List<JsonNode> all = new ArrayList<>();
    long after = 0;
    for (int pages = 0; pages < 200; pages++) {
      Api.Answer a = api.get("api/v1/events?after=" + after + "&limit=" + limit, token);
      assertThat(a.status()).as(a.text()).isEqualTo(200);
      assertThat(a.text()).doesNotContain("150390-4000", "1503904000", "010170-1234", "0101701234");
      a.json().get("items").forEach(all::add);
      after = a.json().get("lastPosition").asLong();
      if (!a.json().get("more").asBoolean()) {
        return all;
      }
    }
    throw new AssertionError("The feed never ended");
  }

  @Test
  void theFeedReturnsEveryEventOncePagedToTheEndAndNothingOfAnotherMunicipality() throws SQLException {
    List<Long> aarhus = positionsOf("751");
    List<Long> copenhagen = positionsOf("101");
    assertThat(aarhus).hasSizeGreaterThan(10);
    assertThat(copenhagen).hasSizeGreaterThanOrEqualTo(3);
    for (int limit : new int[] {1, 3, 500}) {
      List<JsonNode> all = pagedToTheEnd(Fixture.AUDITOR, limit);
      assertThat(all).extracting(i -> i.get("position").asLong()).as("limit %s", limit).containsExactlyElementsOf(aarhus);
      assertThat(all).allSatisfy(i -> {
        assertThat(i.get("municipality").asText()).isEqualTo("751");
        assertThat(i.get("stream").asText()).doesNotContain("101");
      });
    }
    assertThat(pagedToTheEnd(Fixture.WAREHOUSE, 7)).extracting(i -> i.get("position").asLong())
        .containsExactlyElementsOf(aarhus);
    assertThat(pagedToTheEnd(Fixture.COPENHAGEN_AUDITOR, 2)).extracting(i -> i.get("position").asLong())
        .containsExactlyElementsOf(copenhagen);
  }

  @Test
  void theFeedShowsEachEventsFieldsWithCprNumbersMasked() {
    List<JsonNode> all = pagedToTheEnd(Fixture.AUDITOR, 500);
    JsonNode referral = all.stream().filter(i -> i.get("type").asText().equals("Referred")).findFirst().orElseThrow();
    assertThat(referral.get("stream").asText()).isEqualTo("case/751:2026-0042");
    assertThat(referral.get("version").asLong()).isEqualTo(1);
    assertThat(referral.get("actor").asText()).isEqualTo("cw-1");
    assertThat(referral.get("data").get("participant.cpr").asText()).isEqualTo("150390-XXXX");
    assertThat(referral.get("data").get("participant.name").asText()).isEqualTo("Anne Andersen");
    JsonNode note = all.stream().filter(i -> i.get("type").asText().equals("NoteAdded")).findFirst().orElseThrow();
    assertThat(note.get("data").get("text").asText()).isEqualTo(
        "Anne og bo bentsen vil dele værksted; Bos nummer er 010170-XXXX.");
  }
}
