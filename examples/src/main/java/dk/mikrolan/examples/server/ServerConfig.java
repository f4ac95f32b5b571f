package dk.mikrolan.examples.server;

import dk.mikrolan.access.Actor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reference server's configuration, from its environment:
 *
 * <ul>
 *   <li>{@code MIKROLAN_PORT}: the HTTP port, default 8080;
 *   <li>{@code MIKROLAN_JDBC_URL} (with {@code MIKROLAN_JDBC_USER}, {@code MIKROLAN_JDBC_PASSWORD}):
 *       PostgreSQL ({@code jdbc:postgresql:…}), MariaDB ({@code jdbc:mariadb:…}) or H2; default an
 *       H2 file database under {@code ./data};
 *   <li>{@code MIKROLAN_POLICY_DIR}: policy files, one folder per municipality ({@code 751/…properties});
 *   <li>{@code MIKROLAN_CPR_KEYS_FILE}: the CPR keys ({@link KeyFile});
 *   <li>{@code MIKROLAN_TOKENS}: who may call ({@link TokenList}). Without it the server runs in
 *       demo mode, under {@code ./data/demo}, with generated keys and tokens and a seeded cohort;
 *       the database, keys and policy settings then belong to a configured run and are refused.
 *   <li>{@code MIKROLAN_DATA_DIR}: where {@code ./data} is, default the working directory's {@code data}.
 * </ul>
 *
 * @param demo whether the server runs in demo mode
 * @param port the port
 * @param dataDir the data directory: {@code <data>} or {@code <data>/demo}
 * @param jdbcUrl the database
 * @param jdbcUser the database user, if any
 * @param jdbcPassword the database password, if any
 * @param policyDir the policy folder, if any
 * @param cprKeysFile the CPR keys file
 * @param tokens the bearer tokens (empty in demo mode: the demo makes its own)
 */
record ServerConfig(boolean demo, int port, Path dataDir, String jdbcUrl, Optional<String> jdbcUser,
    Optional<String> jdbcPassword, Optional<Path> policyDir, Path cprKeysFile, Map<String, Actor> tokens) {

  /** The client timeout the documentation gives; the pool and the database sockets give up before it. */
  static final int CLIENT_TIMEOUT_SECONDS = 30;

  static ServerConfig from(Map<String, String> env) throws ConfigurationException {
    List<String> problems = new ArrayList<>();
    int port = 8080;
    String portText = value(env, "MIKROLAN_PORT");
    if (portText != null) {
      try {
        port = Integer.parseInt(portText);
        if (port < 1 || port > 65535) {
          problems.add("MIKROLAN_PORT must be 1-65535");
        }
      } catch (NumberFormatException e) {
        problems.add("MIKROLAN_PORT must be a number, 1-65535");
      }
    }
    Path data = Path.of(Optional.ofNullable(value(env, "MIKROLAN_DATA_DIR")).orElse("data")).toAbsolutePath().normalize();
    if (data.toString().contains(";")) {
      throw new ConfigurationException("MIKROLAN_DATA_DIR must not hold ';' (it would end the H2 database's path)");
    }
    String tokens = env.get("MIKROLAN_TOKENS");
    boolean demo = tokens == null;
    if (demo) {
      for (String configured : List.of("MIKROLAN_JDBC_URL", "MIKROLAN_JDBC_USER", "MIKROLAN_JDBC_PASSWORD",
          "MIKROLAN_POLICY_DIR", "MIKROLAN_CPR_KEYS_FILE")) {
        if (value(env, configured) != null) {
          problems.add(configured + " needs MIKROLAN_TOKENS (demo mode keeps its own data under " + data.resolve("demo")
              + ")");
        }
      }
      if (!problems.isEmpty()) {
        throw new ConfigurationException(String.join("; ", problems));
      }
      Path dir = data.resolve("demo");
      return new ServerConfig(true, port, dir, h2(dir), Optional.empty(), Optional.empty(), Optional.empty(),
          dir.resolve("cpr-keys.properties"), Map.of());
    }
    Map<String, Actor> parsed = Map.of();
    try {
      parsed = TokenList.parse(tokens);
    } catch (ConfigurationException e) {
      problems.add(e.getMessage());
    }
    String url = Optional.ofNullable(value(env, "MIKROLAN_JDBC_URL")).orElse(h2(data));
    if (!url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:mariadb:") && !url.startsWith("jdbc:h2:")) {
      problems.add("MIKROLAN_JDBC_URL must be jdbc:postgresql:…, jdbc:mariadb:… or jdbc:h2:…");
    }
    String keys = value(env, "MIKROLAN_CPR_KEYS_FILE");
    if (keys == null) {
      problems.add("MIKROLAN_CPR_KEYS_FILE is required with MIKROLAN_TOKENS (current=<id>, encryption.<id>=<base64>,"
          + " lookup=<base64>)");
    }
    if (!problems.isEmpty()) {
      throw new ConfigurationException(String.join("; ", problems));
    }
    return new ServerConfig(false, port, data, url, Optional.ofNullable(value(env, "MIKROLAN_JDBC_USER")),
        Optional.ofNullable(env.get("MIKROLAN_JDBC_PASSWORD")),
        Optional.ofNullable(value(env, "MIKROLAN_POLICY_DIR")).map(Path::of), Path.of(keys), parsed);
  }

  private static String h2(Path dir) {
    return "jdbc:h2:file:" + dir.resolve("mikrolan") + ";DB_CLOSE_ON_EXIT=FALSE";
  }

  private static String value(Map<String, String> env, String name) {
    String v = env.get(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** The database's address for a log line or an error: no user, password or parameters. */
  String databaseForDisplay() {
    String shown = jdbcUrl.replaceAll("//[^/@]*@", "//");
    int cut = shown.indexOf(shown.startsWith("jdbc:h2:") ? ';' : '?');
    return cut < 0 ? shown : shown.substring(0, cut);
  }

  /** Names the mode, port and database; never a token or a password. */
  @Override
  public String toString() {
    return "ServerConfig[" + (demo ? "demo" : "configured") + ", port " + port + ", " + databaseForDisplay() + ", "
        + tokens.size() + " tokens]";
  }
}
