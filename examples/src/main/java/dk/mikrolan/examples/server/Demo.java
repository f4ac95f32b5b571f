package dk.mikrolan.examples.server;

import dk.mikrolan.access.Actor;
import dk.mikrolan.access.Role;
import dk.mikrolan.examples.walkthrough.Walkthrough;
import dk.mikrolan.office.Mikrolan;
import dk.mikrolan.policy.PolicyFile;
import dk.mikrolan.policy.ProgrammePolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Demo mode: one token per role for Aarhus (751), made on the first start, printed once and kept
 * in {@code demo-tokens.properties} beside the demo's data; and, on an empty demo database only,
 * the walkthrough's synthetic cohort ({@link Walkthrough}), whose CPR numbers no living person can
 * have. Configured mode never comes here.
 */
final class Demo {

  static final String MUNICIPALITY = "751";

  private Demo() {}

  /** The demo's tokens by role, made and printed on the first start. */
  static Map<Role, String> tokens(Path dir, PrintStream console) throws IOException {
    Path file = dir.resolve("demo-tokens.properties");
    Map<Role, String> tokens = new EnumMap<>(Role.class);
    if (Files.exists(file)) {
      Properties p = new Properties();
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(r);
      }
      for (Role role : Role.values()) {
        String t = p.getProperty(role.name());
        if (t == null) {
          throw new IOException("The demo's token file " + file + " lacks " + role + ": delete it to make new tokens");
        }
        if (!TokenList.TOKEN.matcher(t.strip()).matches()) {
          throw new IOException("The demo's token file " + file + " holds a malformed token for " + role
              + ": delete it to make new tokens");
        }
        tokens.put(role, t.strip());
      }
      console.println("  demo tokens: in " + file + " (printed on the first start)");
      return tokens;
    }
    SecureRandom random = new SecureRandom();
    for (Role role : Role.values()) {
      byte[] bytes = new byte[18];
      random.nextBytes(bytes);
      tokens.put(role, "demo-" + role.name().toLowerCase(java.util.Locale.ROOT) + "-" + HexFormat.of().formatHex(bytes));
    }
    Files.createDirectories(dir);
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      Files.createFile(file);
    }
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("# The demo's bearer tokens, one per role, all for Aarhus (751). Delete this file for new ones.\n");
      for (Map.Entry<Role, String> t : tokens.entrySet()) {
        w.write(t.getKey().name() + "=" + t.getValue() + "\n");
      }
    }
    console.println("  demo tokens (printed this once; kept in " + file + "):");
    tokens.forEach((role, token) -> console.printf("    %-10s %s%n", role, token));
    return tokens;
  }

  /** The actors the demo's tokens stand for. */
  static Map<String, Actor> actors(Map<Role, String> tokens) {
    Map<String, Actor> actors = new LinkedHashMap<>();
    tokens.forEach((role, token) -> actors.put(token, Actor.person("demo-" + role.name().toLowerCase(java.util.Locale.ROOT),
        Set.of(role), Set.of(MUNICIPALITY))));
    return actors;
  }

  /**
   * On an empty demo database: the walkthrough's synthetic cohort of 20, run over the past 400 days
   * on a clock of its own through an entry point over the same store (so its dates are the past's),
   * with Aarhus's demo policy and loan funds; its printout is kept in {@code walkthrough.txt}, and a
   * file {@code seeded} marks it done. A database that holds events without the mark was stopped
   * while seeding and is refused, never left half-seeded without a word.
   */
  static boolean seedIfEmpty(java.util.function.Function<java.time.Clock, Mikrolan> officeOn, Mikrolan office,
      dk.mikrolan.port.EventStore store, Path dir, PrintStream console) throws ConfigurationException {
    Path marker = dir.resolve("seeded");
    if (Files.exists(marker)) {
      return false;
    } else if (!store.readAll(0, 1).isEmpty()) {
      throw new ConfigurationException("the demo database under " + dir + " was left half-seeded (a start was stopped"
          + " while seeding); delete " + dir + " to start the demo afresh");
    }
    java.time.LocalDate start = office.today().minusDays(400);
    Path printout = dir.resolve("walkthrough.txt");
    Walkthrough.Summary seeded;
    try (PrintStream out = new PrintStream(Files.newOutputStream(printout), true, StandardCharsets.UTF_8)) {
      seeded = Walkthrough.run(officeOn, policy(), start, out);
    } catch (IOException e) {
      throw new ConfigurationException("cannot write the demo's walkthrough to " + printout);
    } catch (RuntimeException e) {
      throw new ConfigurationException("the demo's synthetic cohort could not be seeded: " + e.getMessage(), e);
    }
    try {
      Files.writeString(marker, "The demo's synthetic cohort was seeded in full.\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigurationException("cannot mark the demo as seeded in " + dir);
    }
    console.println("  seeded: Aarhus's demo policy and the walkthrough's synthetic cohort of " + seeded.cases().size()
        + " (" + seeded.approved().size() + " loans), " + seeded.start() + " to " + seeded.end() + "; its story: "
        + printout);
    return true;
  }

  static ProgrammePolicy policy() throws ConfigurationException {
    return policy(policyProperties());
  }

  /**
   * The demo's policy under another municipality's code (named {@code Kommune <code>} unless it is
   * Aarhus's), with a revolving loan fund or not, for {@link SyntheticCohorts}.
   */
  static ProgrammePolicy policy(String municipalityCode, boolean revolvingFund) throws ConfigurationException {
    Properties p = policyProperties();
    if (!municipalityCode.equals(p.getProperty("municipality.code"))) {
      p.setProperty("municipality.code", municipalityCode);
      p.setProperty("municipality.name", "Kommune " + municipalityCode);
    }
    p.setProperty("fund.revolving", String.valueOf(revolvingFund));
    return policy(p);
  }

  private static Properties policyProperties() throws ConfigurationException {
    Properties p = new Properties();
    try (InputStream in = Demo.class.getResourceAsStream("demo-751.properties")) {
      if (in == null) {
        throw new ConfigurationException("the demo policy is missing from the server's jar");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ConfigurationException("cannot read the demo policy from the server's jar");
    }
    return p;
  }

  private static ProgrammePolicy policy(Properties p) throws ConfigurationException {
    var policy = PolicyFile.read(p);
    if (policy.isInvalid()) {
      throw new ConfigurationException("the demo policy in the server's jar is bad: " + policy.getError());
    }
    return policy.get();
  }
}
