package dk.mikrolan.examples.boot;

import dk.mikrolan.access.Actor;
import dk.mikrolan.access.Role;
import dk.mikrolan.jdbc.CprKeys;
import dk.mikrolan.jdbc.MikrolanJdbc;
import dk.mikrolan.jdbc.MikrolanSchema;
import dk.mikrolan.office.Mikrolan;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.rest.BearerTokens;
import dk.mikrolan.rest.MikrolanRest;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.glassfish.jersey.server.ResourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * mikrolan in a Spring Boot 4 host: Boot's {@code DataSource} (spring-boot-starter-jdbc) under the
 * JDBC adapter, and the REST adapter in Boot's Jersey (spring-boot-starter-jersey). The host's own
 * login would yield the actors; here a token map stands in, from the configuration.
 */
@SpringBootApplication
public class MikrolanBootApplication {

  private static final Logger LOG = LoggerFactory.getLogger(MikrolanBootApplication.class);

  /**
   * Starts the host.
   *
   * @param args Spring Boot's arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(MikrolanBootApplication.class, args);
  }

  /**
   * The CPR keys, from the host's configuration (a vault in production).
   *
   * @param encryption the AES-256 key, base64
   * @param lookup the HMAC-SHA256 key, base64
   * @return the keys
   */
  @Bean
  CprKeys cprKeys(@Value("${mikrolan.cpr.encryption-key}") String encryption, @Value("${mikrolan.cpr.lookup-key}") String lookup) {
    return CprKeys.inMemory("boot-1", Map.of("boot-1", new SecretKeySpec(Base64.getDecoder().decode(encryption), "AES")),
        new SecretKeySpec(Base64.getDecoder().decode(lookup), "HmacSHA256"));
  }

  /**
   * The entry point over Boot's data source, its schema migrated at start and Aarhus's policy seeded.
   *
   * @param dataSource Boot's data source
   * @param keys the CPR keys
   * @return the entry point
   * @throws SQLException if the database cannot be reached
   */
  @Bean
  Mikrolan mikrolan(DataSource dataSource, CprKeys keys) throws SQLException {
    MikrolanSchema.migrate(dataSource);
    Mikrolan office = MikrolanJdbc.builder(dataSource, keys).build()
        .entryPoint(letter -> LOG.info("letter {} for municipality {}", letter.id(), letter.municipalityCode()),
            Clock.system(ZoneId.of("Europe/Copenhagen"))).build();
    office.seedPolicies(Actor.system("policy-seed", Set.of(Role.ADMIN), Set.of("751")), Map.of("751.properties",
        ProgrammePolicy.builder().municipalityCode("751").municipalityName("Aarhus Kommune")
            .validFrom(LocalDate.of(2020, 1, 1)).build()));
    return office;
  }

  /**
   * Boot's Jersey application with mikrolan's API: the Feature and the resources.
   *
   * @param office the entry point
   * @param caseworkerToken the one token of this sample
   * @return the Jersey configuration Boot serves
   */
  @Bean
  ResourceConfig jersey(Mikrolan office, @Value("${mikrolan.sample.caseworker-token}") String caseworkerToken) {
    MikrolanRest rest = MikrolanRest.builder(office, BearerTokens.of(Map.of(caseworkerToken,
        Actor.person("cw-1", Set.of(Role.CASEWORKER), Set.of("751"))))).build();
    ResourceConfig config = new ResourceConfig().register(rest.feature());
    rest.resources().forEach(config::register);
    return config;
  }
}
