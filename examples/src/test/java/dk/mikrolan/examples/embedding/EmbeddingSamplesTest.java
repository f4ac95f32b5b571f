package dk.mikrolan.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dk.mikrolan.access.Actor;
import dk.mikrolan.access.Role;
import dk.mikrolan.eligibility.EligibilityStatus;
import dk.mikrolan.eligibility.EligibilityVerdict;
import dk.mikrolan.jdbc.CprKeys;
import dk.mikrolan.office.Mikrolan;
import dk.mikrolan.port.InMemoryEventStore;
import dk.mikrolan.programme.OutboxLetter;
import dk.mikrolan.programme.ParticipantCase;
import dk.mikrolan.programme.Stage;
import dk.mikrolan.schedule.Instalment;
import dk.mikrolan.schedule.RepaymentSchedule;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.KeyGenerator;
import javax.crypto.spec.SecretKeySpec;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.h2.jdbcx.JdbcDataSource;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** The embedding samples run as a host would run them, their answers checked against this test's literals. */
class EmbeddingSamplesTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneId.of("Europe/Copenhagen"));

  @Test
  void theCoreAloneMakesAScheduleOnBankingDaysAndAVerdictWithEveryRule() {
    RepaymentSchedule schedule = CoreAlone.schedule();
    assertThat(schedule.instalments()).hasSize(24);
    Instalment first = schedule.instalments().get(0);
    assertThat(first.nominalDate()).isEqualTo(LocalDate.of(2027, 3, 26)); // Good Friday 2027
    assertThat(first.dueDate()).isEqualTo(LocalDate.of(2027, 3, 30));     // after Easter Monday
    assertThat(first.amount()).isEqualTo(Money.of(1250, "DKK"));
    assertThat(schedule.total()).isEqualTo(Money.of(30_000, "DKK"));

    EligibilityVerdict verdict = CoreAlone.screening();
    assertThat(verdict.status()).isEqualTo(EligibilityStatus.INCOMPLETE);
    assertThat(verdict.failures()).isEmpty();
    assertThat(verdict.notAssessed()).extracting(o -> o.rule().name())
        .containsExactlyInAnyOrder("COMPETENCES", "COURAGE", "MARKET", "FEASIBILITY", "PASSION");
  }

  @Test
  void theJdbcAdapterLivesBesideTheHostsOwnTables() throws Exception {
    JdbcDataSource yours = new JdbcDataSource();
    yours.setURL("jdbc:h2:mem:host-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    try (Connection c = yours.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE host_invoices (id INT PRIMARY KEY, amount DECIMAL(12, 2))");
      s.execute("INSERT INTO host_invoices VALUES (1, 99.50)");
    }
    KeyGenerator aes = KeyGenerator.getInstance("AES");
    aes.init(256);
    byte[] hmac = new byte[32];
    new SecureRandom().nextBytes(hmac);
    CprKeys keys = CprKeys.inMemory("k1", Map.of("k1", aes.generateKey()), new SecretKeySpec(hmac, "HmacSHA256"));
    List<OutboxLetter> letters = new ArrayList<>();

    ParticipantCase kase = JdbcOnYourDataSource.referOne(yours, keys, letters::add, CLOCK);

    assertThat(kase.stage()).isEqualTo(Stage.REFERRED);
    assertThat(kase.participant().get().name()).isEqualTo("Anne Andersen");
    try (Connection c = yours.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM host_invoices")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(1);
    }
    try (Connection c = yours.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT payload FROM mikrolan_events WHERE stream_type = 'case'")) {
      rs.next();
      assertThat(rs.getString(1)).contains("Anne Andersen").doesNotContain("150368-5123", "1503685123");
    }
  }

  @Test
  void theFeatureServesBesideTheHostsOwnResources() throws Exception {
    Mikrolan office = Mikrolan.builder(new InMemoryEventStore(), letter -> { }, CLOCK).build();
    Actor auditor = Actor.person("audit-1", Set.of(Role.AUDITOR), Set.of("751"));
    HttpServer server = JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
        FeatureInPlainJersey.application(office, credentials -> credentials.authorization()
            .filter("Bearer host-login-token-0001"::equals).map(header -> auditor)));
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<String> ping = client.send(HttpRequest.newBuilder(URI.create(base + "host/ping")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(ping.body()).isEqualTo("pong");
      HttpResponse<String> cases = client.send(HttpRequest.newBuilder(URI.create(base + "api/v1/cases?municipality=751"))
          .header("Authorization", "Bearer host-login-token-0001").build(), HttpResponse.BodyHandlers.ofString());
      assertThat(cases.statusCode()).as(cases.body()).isEqualTo(200);
      assertThat(cases.body()).contains("\"items\":[]");
      HttpResponse<String> anonymous = client.send(HttpRequest.newBuilder(URI.create(base + "api/v1/cases")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(anonymous.statusCode()).isEqualTo(401);
      assertThat(anonymous.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    } finally {
      server.stop(0);
    }
  }
}
