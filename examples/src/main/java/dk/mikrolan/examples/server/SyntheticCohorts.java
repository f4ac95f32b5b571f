package dk.mikrolan.examples.server;

import dk.mikrolan.examples.walkthrough.Walkthrough;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.jdbc.MikrolanJdbc;
import dk.mikrolan.jdbc.MikrolanSchema;
import dk.mikrolan.office.Mikrolan;
import dk.mikrolan.policy.ProgrammePolicy;
import com.zaxxer.hikari.HikariDataSource;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Seeds a reference server's database with the walkthrough's synthetic cohort, once for each
 * municipality named, for a load run or a trial with more than one municipality: twenty made-up
 * entrepreneurs per municipality (CPR numbers of people born 1858-1899), thirteen of them with a
 * loan, over the past 400 days on a clock of the seeding's own, through the entry point alone.
 *
 * <pre>
 * MIKROLAN_TOKENS=… MIKROLAN_JDBC_URL=… MIKROLAN_CPR_KEYS_FILE=… \
 *   java -cp mikrolan-reference-server.jar dk.mikrolan.examples.server.SyntheticCohorts [--revolving] 751 101 …
 * </pre>
 *
 * <p>The database and the CPR keys are configured as for the server (its environment, {@link
 * ServerConfig}; never demo mode, which seeds itself). Each municipality gets the demo's policy
 * under its own code, with a revolving loan fund when {@code --revolving} is given; the store must
 * hold none of those municipalities' walkthrough cases yet. For each loan it prints one line
 * {@code loan <kommunekode> <case id>}, and nothing else on standard output, so a load generator
 * can read which loans there are; the walkthroughs' own printouts are discarded. Exit status 2
 * names a configuration problem, 1 a step the entry point refused.
 */
public final class SyntheticCohorts {

  private SyntheticCohorts() {}

  /**
   * Seeds.
   *
   * @param args {@code --revolving} (optional), then one or more kommunekoder
   */
  public static void main(String[] args) {
    boolean revolving = false;
    Set<String> municipalities = new LinkedHashSet<>();
    List<String> problems = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("--revolving")) {
        revolving = true;
      } else if (Municipalities.ALL.contains(arg)) {
        municipalities.add(arg);
      } else {
        problems.add("'" + arg + "' is not one of the 98 kommunekoder");
      }
    }
    if (municipalities.isEmpty()) {
      problems.add("name at least one kommunekode, such as 751");
    }
    try {
      if (!problems.isEmpty()) {
        throw new ConfigurationException(String.join("; ", problems));
      }
      ServerConfig config = ServerConfig.from(System.getenv());
      if (config.demo()) {
        throw new ConfigurationException("set MIKROLAN_TOKENS, MIKROLAN_JDBC_URL and MIKROLAN_CPR_KEYS_FILE as for the"
            + " server: demo mode seeds its own database");
      }
      for (CaseRef loan : seed(config, List.copyOf(municipalities), revolving)) {
        System.out.println("loan " + loan.municipalityCode() + " " + loan.caseId().value());
      }
    } catch (ConfigurationException e) {
      System.err.println("mikrolan: " + e.getMessage());
      System.exit(2);
    } catch (RuntimeException e) {
      System.err.println("mikrolan: the synthetic cohorts could not be seeded: " + e.getMessage());
      System.exit(1);
    }
  }

  /** Seeds each municipality in turn over the past 400 days and returns the loans, in order. */
  static List<CaseRef> seed(ServerConfig config, List<String> municipalities, boolean revolving)
      throws ConfigurationException {
    return seed(config, municipalities, revolving, LocalDate.now(Clock.system(ZoneId.of("Europe/Copenhagen")))
        .minusDays(400));
  }

  /**
   * Seeds each municipality in turn from a start day (at least {@value Walkthrough#MAX_DAYS} days
   * ago) and returns the loans, in order.
   */
  static List<CaseRef> seed(ServerConfig config, List<String> municipalities, boolean revolving, LocalDate start)
      throws ConfigurationException {
    PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    List<CaseRef> loans = new ArrayList<>();
    try (HikariDataSource dataSource = ReferenceServer.pool(config)) {
      try {
        MikrolanSchema.migrate(dataSource);
      } catch (java.sql.SQLException e) {
        throw new ConfigurationException("cannot migrate the database at " + config.databaseForDisplay(), e);
      }
      MikrolanJdbc jdbc = MikrolanJdbc.builder(dataSource, ReferenceServer.keys(config, discard)).build();
      FolderOutbox letters = new FolderOutbox(config.dataDir().resolve("outbox"));
      for (String code : municipalities) {
        ProgrammePolicy policy = Demo.policy(code, revolving);
        Walkthrough.Summary summary = Walkthrough.run(past -> jdbc.entryPoint(letters, past).build(), policy, start,
            discard);
        loans.addAll(summary.approved());
      }
    }
    return loans;
  }
}
