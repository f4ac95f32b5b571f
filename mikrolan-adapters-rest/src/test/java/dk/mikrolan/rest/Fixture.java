package dk.mikrolan.rest;

import dk.mikrolan.access.Actor;
import dk.mikrolan.access.Role;
import dk.mikrolan.jdbc.CprKeys;
import dk.mikrolan.jdbc.MikrolanJdbc;
import dk.mikrolan.jdbc.MikrolanSchema;
import dk.mikrolan.office.Mikrolan;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.crypto.KeyGenerator;
import javax.crypto.spec.SecretKeySpec;
import org.h2.jdbcx.JdbcDataSource;

/**
 * What every API test runs on: a fresh H2 database, migrated, the JDBC adapter, the entry point on
 * a fixed clock, and one bearer token per role (all acting for Aarhus, 751), plus one for Copenhagen.
 */
final class Fixture {

  /** The clock's day: Monday 7 December 2026, 10:00 in Copenhagen. */
  static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

  static final String CASEWORKER = "caseworker-token-751";
  static final String DECIDER = "decider-token-751-a";
  static final String SECOND_DECIDER = "decider-token-751-b";
  static final String FINANCE = "finance-token-751";
  static final String AUDITOR = "auditor-token-751";
  static final String ADMIN = "admin-token-751-aaaa";
  static final String COPENHAGEN = "caseworker-token-101";
  static final String COPENHAGEN_AUDITOR = "auditor-token-101";
  /** An integration: a system actor with the auditor role in Aarhus. */
  static final String WAREHOUSE = "warehouse-token-751";

  /** Each token and whom it stands for. */
  static final Map<String, Actor> TOKENS = tokens();

  /** A clock the tests move forward, as the programme's months pass. */
  static final class MovingClock extends Clock {
    private final java.util.concurrent.atomic.AtomicReference<Instant> now = new java.util.concurrent.atomic.AtomicReference<>(NOW);

    @Override
    public ZoneId getZone() {
      return ZoneId.of("Europe/Copenhagen");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("One zone: Copenhagen");
    }

    @Override
    public Instant instant() {
      return now.get();
    }

    void advanceDays(long days) {
      now.updateAndGet(i -> i.plus(java.time.Duration.ofDays(days)));
    }

    java.time.LocalDate today() {
      return java.time.LocalDate.ofInstant(instant(), getZone());
    }
  }

  final MovingClock clock = new MovingClock();
  final JdbcDataSource dataSource;
  final SwitchableDataSource database;
  final MikrolanJdbc jdbc;
  final Mikrolan office;
  final MikrolanRest rest;

  Fixture() {
    dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:api-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    try {
      MikrolanSchema.migrate(dataSource);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    database = new SwitchableDataSource(dataSource);
    jdbc = MikrolanJdbc.builder(database, keys()).build();
    office = jdbc.entryPoint(letter -> { }, clock).build();
    // As a host does at start: Aarhus's policy seeded, its loan fund for 2027 opened.
    Actor seed = Actor.system("setup", Set.of(Role.ADMIN), Set.of("751"));
    office.seedPolicies(seed, Map.of("751.properties", dk.mikrolan.policy.ProgrammePolicy.builder()
        .municipalityCode("751").municipalityName("Aarhus Kommune").validFrom(java.time.LocalDate.of(2026, 1, 1))
        .addBaseRates(new dk.mikrolan.policy.BaseRate(java.time.LocalDate.of(2026, 1, 1),
            new java.math.BigDecimal("0.0231"))).build()));
    office.openFund(seed, "751", dk.mikrolan.fund.FundPeriod.ofYear(2027));
    rest = MikrolanRest.builder(office, BearerTokens.of(TOKENS)).build();
  }

  private static Map<String, Actor> tokens() {
    Map<String, Actor> t = new LinkedHashMap<>();
    t.put(CASEWORKER, Actor.person("cw-1", Set.of(Role.CASEWORKER), Set.of("751")));
    t.put(DECIDER, Actor.person("head-1", Set.of(Role.DECIDER), Set.of("751")));
    t.put(SECOND_DECIDER, Actor.person("head-2", Set.of(Role.DECIDER), Set.of("751")));
    t.put(FINANCE, Actor.person("fin-1", Set.of(Role.FINANCE), Set.of("751")));
    t.put(AUDITOR, Actor.person("audit-1", Set.of(Role.AUDITOR), Set.of("751")));
    t.put(ADMIN, Actor.person("admin-1", Set.of(Role.ADMIN), Set.of("751")));
    t.put(COPENHAGEN, Actor.person("cw-101", Set.of(Role.CASEWORKER), Set.of("101")));
    t.put(COPENHAGEN_AUDITOR, Actor.person("audit-101", Set.of(Role.AUDITOR), Set.of("101")));
    t.put(WAREHOUSE, Actor.system("warehouse", Set.of(Role.AUDITOR), Set.of("751")));
    return Map.copyOf(t);
  }

  private static CprKeys keys() {
    try {
      KeyGenerator aes = KeyGenerator.getInstance("AES");
      aes.init(256);
      byte[] hmac = new byte[32];
      new SecureRandom().nextBytes(hmac);
      return CprKeys.inMemory("k1", Map.of("k1", aes.generateKey()), new SecretKeySpec(hmac, "HmacSHA256"));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
