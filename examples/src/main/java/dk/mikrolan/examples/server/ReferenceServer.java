package dk.mikrolan.examples.server;

import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dk.mikrolan.access.Actor;
import dk.mikrolan.access.Role;
import dk.mikrolan.jdbc.CprKeys;
import dk.mikrolan.jdbc.MikrolanJdbc;
import dk.mikrolan.jdbc.MikrolanSchema;
import dk.mikrolan.office.Mikrolan;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.rest.BearerTokens;
import dk.mikrolan.rest.MikrolanRest;
import dk.mikrolan.usecase.UseCaseResult;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The reference server: the REST adapter over the JDBC adapter on Jersey 4's JDK HTTP container,
 * with a HikariCP pool, the letter outbox delivered to a folder, an access log and a graceful stop.
 * Configured from the environment ({@link ServerConfig}); without {@code MIKROLAN_TOKENS} it runs
 * a demo. A configuration it cannot start with stops it with one line and exit status 2.
 *
 * <pre>{@code java -jar examples/target/mikrolan-reference-server.jar}</pre>
 */
public final class ReferenceServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ReferenceServer.class);

  /** How long a stop waits for the requests in flight. */
  static final int STOP_SECONDS = 10;

  private final HikariDataSource dataSource;
  private final HttpServer http;
  private final ExecutorService handlers;
  private final ScheduledExecutorService outbox;
  private final InFlight inFlight;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final int port;

  private ReferenceServer(HikariDataSource dataSource, HttpServer http, ExecutorService handlers,
      ScheduledExecutorService outbox, InFlight inFlight) {
    this.inFlight = inFlight;
    this.dataSource = dataSource;
    this.http = http;
    this.handlers = handlers;
    this.outbox = outbox;
    this.port = http.getAddress().getPort();
  }

  /**
   * Starts the server from the process's environment and waits until it is stopped (SIGTERM).
   *
   * @param args none
   */
  public static void main(String[] args) {
    // The JDK's HTTP server leaves Nagle's algorithm on by default: a small answer then waits for
    // the client's delayed acknowledgement, about 40 ms a request on Linux.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    ReferenceServer server;
    try {
      server = start(ServerConfig.from(System.getenv()), System.out, Clock.system(ZoneId.of("Europe/Copenhagen")));
    } catch (ConfigurationException e) {
      System.err.println("mikrolan: " + e.getMessage());
      System.exit(2);
      return;
    } catch (RuntimeException | Error e) {
      System.err.println("mikrolan: could not start (" + e.getClass().getSimpleName() + ")");
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "mikrolan-stop"));
    server.awaitStop();
  }

  /**
   * Starts the server.
   *
   * @param config the configuration
   * @param console where the start is told (the demo's tokens, the curl line)
   * @param clock the clock that dates commands
   * @return the running server
   * @throws ConfigurationException if the configuration cannot be started with
   */
  static ReferenceServer start(ServerConfig config, PrintStream console, Clock clock) throws ConfigurationException {
    console.println("mikrolan reference server" + (config.demo()
        ? " — DEMO MODE: synthetic data under " + config.dataDir() + ", never for real cases" : ""));
    CprKeys keys = keys(config, console);
    HikariDataSource dataSource = pool(config);
    try {
      try {
        MikrolanSchema.migrate(dataSource);
      } catch (java.sql.SQLException | RuntimeException e) {
        throw new ConfigurationException("cannot migrate the database at " + config.databaseForDisplay() + " ("
            + e.getClass().getSimpleName() + ")", e);
      }
      MikrolanJdbc jdbc = MikrolanJdbc.builder(dataSource, keys).build();
      FolderOutbox letters = new FolderOutbox(config.dataDir().resolve("outbox"));
      Mikrolan office = jdbc.entryPoint(letters, clock).build();
      Map<String, Actor> tokens = config.tokens();
      String curlToken = null;
      if (config.demo()) {
        Map<Role, String> demo;
        try {
          demo = Demo.tokens(config.dataDir(), console);
        } catch (IOException e) {
          throw new ConfigurationException("cannot keep the demo's tokens under " + config.dataDir() + " ("
              + e.getMessage() + ")");
        }
        tokens = Demo.actors(demo);
        curlToken = demo.get(Role.CASEWORKER);
        Demo.seedIfEmpty(past -> jdbc.entryPoint(letters, past).build(), office, jdbc.eventStore(), config.dataDir(),
            console);
      }
      if (config.policyDir().isPresent()) {
        seed(office, PolicyFolder.read(config.policyDir().get()), console);
      }
      BearerTokens login;
      try {
        login = BearerTokens.of(tokens);
      } catch (IllegalArgumentException e) {
        throw new ConfigurationException("the token list cannot be used (a token is 16-512 of A-Z a-z 0-9 _ -)");
      }
      MikrolanRest rest = MikrolanRest.builder(office, login).build();
      InFlight inFlight = new InFlight();
      ResourceConfig resources = ResourceConfig.forApplication(rest.application()).register(new AccessLog())
          .register(inFlight).register(new ReportPageResource(office, login))
          .property(ServerProperties.WADL_FEATURE_DISABLE, true);
      HttpServer http;
      try {
        http = JdkHttpServerFactory.createHttpServer(URI.create("http://0.0.0.0:" + config.port() + "/"), resources,
            false);
      } catch (RuntimeException e) {
        if (causedBy(e, BindException.class)) {
          throw new ConfigurationException("port " + config.port() + " is in use (set MIKROLAN_PORT)");
        }
        throw e;
      }
      ExecutorService handlers = Executors.newFixedThreadPool(16, r -> daemon(r, "mikrolan-http"));
      http.setExecutor(inFlight.counting(handlers));
      ScheduledExecutorService outbox = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "mikrolan-outbox"));
      outbox.scheduleWithFixedDelay(() -> dispatch(office), 5, 10, TimeUnit.SECONDS);
      http.start();
      ReferenceServer server = new ReferenceServer(dataSource, http, handlers, outbox, inFlight);
      String base = "http://localhost:" + server.port;
      console.println("  database: " + config.databaseForDisplay() + (config.demo() ? "" : ", " + tokens.size()
          + " tokens"));
      console.println("  letters:  " + config.dataDir().resolve("outbox"));
      console.println("  listening on " + base + "/  (health: " + base + "/health, API: " + base
          + "/api/v1/openapi.json)");
      console.println("  the programme report as a page: " + base + "/reports/programme.html");
      if (curlToken != null) {
        console.println("  try it:");
        console.println("    curl -s -H 'Authorization: Bearer " + curlToken + "' '" + base
            + "/api/v1/reports/programme?municipality=" + Demo.MUNICIPALITY + "'");
      }
      LOG.info("started on port {}", server.port);
      return server;
    } catch (ConfigurationException | RuntimeException | Error e) {
      dataSource.close();
      throw e;
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  private static void dispatch(Mikrolan office) {
    try {
      office.letters().dispatch(100);
    } catch (RuntimeException e) {
      LOG.warn("letter outbox: {} (tried again in 10 s)", e.getClass().getSimpleName());
    }
  }

  private static void seed(Mikrolan office, Map<String, Map<String, ProgrammePolicy>> policies, PrintStream console)
      throws ConfigurationException {
    for (Map.Entry<String, Map<String, ProgrammePolicy>> m : policies.entrySet()) {
      Actor seed = Actor.system("policy-seed", Set.of(Role.ADMIN), Set.of(m.getKey()));
      UseCaseResult<?> result = office.seedPolicies(seed, m.getValue());
      if (result instanceof UseCaseResult.Refused<?> r) {
        throw new ConfigurationException("the policy files of " + m.getKey() + " were refused: "
            + String.join(", ", r.refusal().reasons().map(Object::toString).toJavaList()));
      } else if (!(result instanceof UseCaseResult.Done<?>)) {
        throw new ConfigurationException("the policy files of " + m.getKey() + " could not be seeded: " + result);
      }
      console.println("  policies: " + m.getKey() + " (" + m.getValue().size() + " file(s))");
    }
  }

  static CprKeys keys(ServerConfig config, PrintStream console) throws ConfigurationException {
    Path file = config.cprKeysFile();
    if (config.demo() && !Files.exists(file) && Files.exists(config.dataDir().resolve("mikrolan.mv.db"))) {
      // New keys could not read the CPR numbers already stored.
      throw new ConfigurationException("the demo's CPR keys are gone but its database is there; delete "
          + config.dataDir() + " to start the demo afresh");
    }
    if (config.demo() && !Files.exists(file)) {
      try {
        KeyFile.generate(file);
      } catch (IOException e) {
        throw new ConfigurationException("cannot write the demo's CPR keys to " + file + " (" + e.getMessage() + ")");
      }
      console.println("  CPR keys: generated in " + file);
    }
    return KeyFile.load(file);
  }

  /** A pool whose waits end well before a client's timeout, so a lost database is a 503, never a hang. */
  static HikariDataSource pool(ServerConfig config) throws ConfigurationException {
    HikariConfig h = new HikariConfig();
    h.setPoolName("mikrolan");
    h.setJdbcUrl(config.jdbcUrl());
    config.jdbcUser().ifPresent(h::setUsername);
    config.jdbcPassword().ifPresent(h::setPassword);
    h.setMaximumPoolSize(10);
    // A request waits at most a second for a connection: while the database cannot be reached,
    // every request and /health are answered 503 with Retry-After within about a second, before a
    // load balancer's health check gives up on an answer.
    h.setConnectionTimeout(1_000);
    h.setValidationTimeout(750);
    h.setInitializationFailTimeout(10_000);
    if (config.jdbcUrl().startsWith("jdbc:postgresql:")) {
      h.addDataSourceProperty("connectTimeout", "5");
      h.addDataSourceProperty("socketTimeout", "20");
    } else if (config.jdbcUrl().startsWith("jdbc:mariadb:")) {
      h.addDataSourceProperty("connectTimeout", "5000");
      h.addDataSourceProperty("socketTimeout", "20000");
    }
    try {
      if (config.jdbcUrl().startsWith("jdbc:h2:file:")) {
        Files.createDirectories(config.dataDir());
      }
      return new HikariDataSource(h);
    } catch (IOException e) {
      throw new ConfigurationException("cannot create the data folder " + config.dataDir());
    } catch (RuntimeException e) {
      throw new ConfigurationException("cannot reach the database at " + config.databaseForDisplay() + " ("
          + rootCause(e).getClass().getSimpleName() + ")", e);
    }
  }

  private static Throwable rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** The port it listens on. */
  int port() {
    return port;
  }

  void awaitStop() {
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Stops gracefully: new requests answered 503 with {@code Retry-After}, the requests in flight
   * finished (up to {@value #STOP_SECONDS} s), the outbox stopped, the pool closed.
   */
  @Override
  public void close() {
    if (stopped.getCount() == 0) {
      return;
    }
    LOG.info("stopping: finishing the requests in flight");
    int left = inFlight.drain(STOP_SECONDS, TimeUnit.SECONDS);
    if (left > 0) {
      LOG.warn("stopping with {} request(s) still in flight after {} s", left, STOP_SECONDS);
    }
    http.stop(0);
    handlers.shutdown();
    outbox.shutdown();
    try {
      handlers.awaitTermination(STOP_SECONDS, TimeUnit.SECONDS);
      outbox.awaitTermination(STOP_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    dataSource.close();
    LOG.info("stopped");
    stopped.countDown();
  }
}
