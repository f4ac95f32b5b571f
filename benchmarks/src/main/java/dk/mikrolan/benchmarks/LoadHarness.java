package dk.mikrolan.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A load run against the reference server: the real jar started as a process of its own
 * (configured with {@code MIKROLAN_TOKENS}, never demo mode), its database seeded first with the
 * walkthrough's synthetic cohort for six municipalities (78 loans, 66 of them still being repaid),
 * then closed-loop clients on {@code --connections} connections (64) reading a case ({@code GET
 * /api/v1/cases/{m}/{id}}) and posting payments ({@code POST …/loan/payments}, DKK 1.00 each with an
 * Idempotency-Key of its own, every connection on a loan of its own), each for {@code --seconds}
 * (20) after a warm-up ({@code --warmup}, 10). Latencies go into HdrHistogram; the figures are
 * requests per second, p50, p99 and the largest, and every answer that was not a 2xx is counted.
 *
 * <p>Also measured: the start-up time (from starting the process to the server's "started" line,
 * and to the first healthy answer), and the server's heap after warm-up (used after a full
 * collection, {@code jcmd GC.run} then {@code GC.heap_info}). H2 (a file database) always; with
 * {@code -Dmikrolan.pg.url=jdbc:postgresql://127.0.0.1:5432/test?user=postgres} also PostgreSQL in
 * a schema of its own, dropped afterwards, once with a non-revolving loan fund and once with a
 * revolving one (every repayment then also returns money to the municipality's fund stream, which
 * all payments of a municipality share).
 *
 * <p>The load generator runs on the same machine as the server and the database, so the three
 * share its cores; the clients are closed-loop (a client waits for each answer before sending the
 * next), so a stall delays the requests behind it rather than showing in their latencies. From the
 * repository root:
 *
 * <pre>
 * ./mvnw -q -DskipTests package
 * java -cp benchmarks/target/benchmarks.jar dk.mikrolan.benchmarks.LoadHarness
 * java -Dmikrolan.pg.url='jdbc:postgresql://127.0.0.1:5432/test?user=postgres' \
 *   -cp benchmarks/target/benchmarks.jar dk.mikrolan.benchmarks.LoadHarness --seconds 20
 * </pre>
 */
public final class LoadHarness {

  private static final List<String> MUNICIPALITIES = List.of("751", "101", "147", "461", "561", "851");
  private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");
  private static final Pattern USED = Pattern.compile("used (\\d+)K");
  private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

  private final Path jar;
  private final List<String> serverJvm;
  private final int connections;
  private final int seconds;
  private final int warmup;
  private final String caseworker = token("caseworker");
  private final String finance = token("finance");

  private LoadHarness(Path jar, int connections, int seconds, int warmup, List<String> serverJvm) {
    this.jar = jar;
    this.serverJvm = serverJvm;
    this.connections = connections;
    this.seconds = seconds;
    this.warmup = warmup;
  }

  /**
   * Runs the load.
   *
   * @param args {@code --jar <path>} (default {@code examples/target/mikrolan-reference-server.jar}),
   *     {@code --connections N} (64), {@code --seconds N} (20), {@code --warmup N} (10), {@code
   *     --server-jvm '<options>'} (the server's JVM options, such as {@code -Xmx128m}; none by default)
   * @throws Exception if the server cannot be started or a database fails
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>(Map.of("--jar", "examples/target/mikrolan-reference-server.jar",
        "--connections", "64", "--seconds", "20", "--warmup", "10", "--server-jvm", ""));
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!options.containsKey(args[i])) {
        throw new IllegalArgumentException("Unknown option " + args[i] + "; known: " + options.keySet());
      }
      options.put(args[i], args[i + 1]);
    }
    Path jar = Path.of(options.get("--jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalArgumentException("No server jar at " + jar + ": build it with ./mvnw -q -DskipTests package");
    }
    LoadHarness harness = new LoadHarness(jar, Integer.parseInt(options.get("--connections")),
        Integer.parseInt(options.get("--seconds")), Integer.parseInt(options.get("--warmup")),
        options.get("--server-jvm").isBlank() ? List.of() : List.of(options.get("--server-jvm").strip().split("\\s+")));
    List<String> rows = new ArrayList<>();
    Path dir = Files.createTempDirectory("mikrolan-load");
    // Interrupted (Ctrl-C), the run still stops the processes it started and removes its folder,
    // which holds the run's CPR keys.
    String pg = System.getProperty("mikrolan.pg.url");
    java.util.concurrent.atomic.AtomicReference<String> schemaInUse = new java.util.concurrent.atomic.AtomicReference<>();
    Thread cleanUp = new Thread(() -> {
      ProcessHandle.current().descendants().forEach(ProcessHandle::destroy);
      deleteQuietly(dir);
      String left = schemaInUse.get();
      if (left != null) {
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(pg);
        try {
          execute(admin, "DROP SCHEMA IF EXISTS " + left + " CASCADE");
        } catch (SQLException e) {
          System.err.println("Could not drop the schema " + left + ": " + e.getMessage());
        }
      }
    }, "load-clean-up");
    Runtime.getRuntime().addShutdownHook(cleanUp);
    rows.addAll(harness.run("h2", "jdbc:h2:file:" + dir.resolve("h2").resolve("mikrolan"), false, dir.resolve("h2")));
    if (pg != null) {
      for (boolean revolving : new boolean[] {false, true}) {
        String schema = "load_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(pg);
        execute(admin, "CREATE SCHEMA " + schema);
        schemaInUse.set(schema);
        try {
          String url = pg + (pg.contains("?") ? "&" : "?") + "currentSchema=" + schema;
          rows.addAll(harness.run(revolving ? "postgresql, revolving fund" : "postgresql", url, revolving,
              dir.resolve(schema)));
        } finally {
          execute(admin, "DROP SCHEMA " + schema + " CASCADE");
          schemaInUse.set(null);
        }
      }
    }
    System.out.println();
    System.out.println(String.format(Locale.ROOT, "%-28s %-13s %5s %8s %7s %9s %8s %8s %8s", "database", "request",
        "conns", "requests", "non-2xx", "req/s", "p50 ms", "p99 ms", "max ms"));
    rows.forEach(System.out::println);
  }

  /** One database: seed, start, warm up, measure, stop. */
  private List<String> run(String name, String jdbcUrl, boolean revolving, Path dir) throws Exception {
    Files.createDirectories(dir);
    Map<String, String> env = environment(jdbcUrl, dir);
    List<String[]> loans = seed(env, revolving, dir);
    int port = freePort();
    env.put("MIKROLAN_PORT", String.valueOf(port));
    List<String> command = new ArrayList<>(List.of(javaCommand()));
    command.addAll(serverJvm);
    command.addAll(List.of("-jar", jar.toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(env);
    Path log = dir.resolve("server.log");
    long start = System.nanoTime();
    Process server = builder.start();
    CompletableFuture<Long> started = new CompletableFuture<>();
    Thread reader = new Thread(() -> copyOutput(server, log, started, start), "server-output");
    reader.setDaemon(true);
    reader.start();
    List<String> rows = new ArrayList<>();
    try {
      long startedNanos = started.get(60, TimeUnit.SECONDS);
      String base = "http://127.0.0.1:" + port;
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10)).build();
      long healthyNanos = waitHealthy(client, base) - start;
      List<String[]> active = active(client, base, loans);
      System.out.printf(Locale.ROOT, "%s: seeded %d loans (%d being repaid); started in %.2f s (healthy in %.2f s)%n",
          name, loans.size(), active.size(), startedNanos / 1e9, healthyNanos / 1e9);
      warmUp(client, base, loans, active);
      String heap = heap(server.pid());
      System.out.printf(Locale.ROOT, "%s: heap after warm-up %s%n", name, heap);
      Result get = load(client, seconds, i -> {
        String[] loan = loans.get(i % loans.size());
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/cases/" + loan[0] + "/" + loan[1]))
            .header("Authorization", "Bearer " + caseworker).timeout(Duration.ofSeconds(30)).GET().build();
      });
      rows.add(get.row(name, "GET case", connections));
      Result post = load(client, seconds, payments(base, active));
      rows.add(post.row(name, "POST payment", connections));
      rows.add(String.format(Locale.ROOT, "%-28s start-up %.2f s to the started line, %.2f s to healthy; heap after"
          + " warm-up %s", name, startedNanos / 1e9, healthyNanos / 1e9, heap));
    } finally {
      server.destroy();
      if (!server.waitFor(20, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
    return rows;
  }

  private Map<String, String> environment(String jdbcUrl, Path dir) throws IOException {
    SecureRandom random = new SecureRandom();
    byte[] encryption = new byte[32];
    byte[] lookup = new byte[32];
    random.nextBytes(encryption);
    random.nextBytes(lookup);
    Path keys = dir.resolve("cpr-keys.properties");
    Files.writeString(keys, "current=load1\nencryption.load1=" + Base64.getEncoder().encodeToString(encryption)
        + "\nlookup=" + Base64.getEncoder().encodeToString(lookup) + "\n", StandardCharsets.US_ASCII);
    Files.setPosixFilePermissions(keys, PosixFilePermissions.fromString("rw-------"));
    String codes = String.join(",", MUNICIPALITIES);
    Map<String, String> env = new LinkedHashMap<>();
    env.put("MIKROLAN_TOKENS", caseworker + "=load-cw:CASEWORKER@" + codes + ";" + finance + "=load-fin:FINANCE@"
        + codes);
    env.put("MIKROLAN_JDBC_URL", jdbcUrl);
    env.put("MIKROLAN_CPR_KEYS_FILE", keys.toString());
    env.put("MIKROLAN_DATA_DIR", dir.resolve("data").toString());
    return env;
  }

  /** Seeds the cohorts in a process of their own and reads the loans it prints. */
  private List<String[]> seed(Map<String, String> env, boolean revolving, Path dir) throws Exception {
    List<String> command = new ArrayList<>(List.of(javaCommand(), "-cp", jar.toString(),
        "dk.mikrolan.examples.server.SyntheticCohorts"));
    if (revolving) {
      command.add("--revolving");
    }
    command.addAll(MUNICIPALITIES);
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(dir.resolve("seed.log").toFile());
    builder.environment().putAll(env);
    Process seeding = builder.start();
    List<String[]> loans = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(seeding.getInputStream(),
        StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        String[] parts = line.split(" ");
        if (parts.length == 3 && parts[0].equals("loan")) {
          loans.add(new String[] {parts[1], parts[2]});
        }
      }
      if (!seeding.waitFor(10, TimeUnit.MINUTES) || seeding.exitValue() != 0 || loans.isEmpty()) {
        throw new IllegalStateException("Seeding failed; see " + dir.resolve("seed.log"));
      }
    } finally {
      seeding.destroyForcibly();
    }
    return loans;
  }

  private static void copyOutput(Process server, Path log, CompletableFuture<Long> started, long start) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        var out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!started.isDone() && line.contains("started on port")) {
          started.complete(System.nanoTime() - start);
        }
        out.write(line);
        out.newLine();
      }
    } catch (IOException e) {
      started.completeExceptionally(e);
    }
    started.completeExceptionally(new IllegalStateException("The server stopped before it started; see " + log));
  }

  private static long waitHealthy(HttpClient client, String base) throws Exception {
    HttpRequest health = HttpRequest.newBuilder(URI.create(base + "/health")).timeout(Duration.ofSeconds(5)).build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      try {
        if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return System.nanoTime();
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.onSpinWait();
    }
    throw new IllegalStateException("The server never answered /health with 200");
  }

  /** The loans still being repaid, as the server reports them. */
  private List<String[]> active(HttpClient client, String base, List<String[]> loans) throws Exception {
    List<String[]> active = new ArrayList<>();
    for (String[] loan : loans) {
      HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/cases/" + loan[0] + "/"
          + loan[1] + "/loan")).header("Authorization", "Bearer " + finance).build(),
          HttpResponse.BodyHandlers.ofString());
      Matcher m = STATUS.matcher(r.body());
      if (r.statusCode() == 200 && m.find() && m.group(1).equals("ACTIVE")) {
        active.add(loan);
      }
    }
    if (active.isEmpty()) {
      throw new IllegalStateException("No loan is being repaid");
    }
    return active;
  }

  /** Reads and payments alternately, so that both paths are compiled before they are measured. */
  private void warmUp(HttpClient client, String base, List<String[]> loans, List<String[]> active) throws Exception {
    Request payments = payments(base, active);
    load(client, warmup, i -> i % 2 == 0 ? payments.build(i) : HttpRequest.newBuilder(URI.create(base
        + "/api/v1/cases/" + loans.get(i % loans.size())[0] + "/" + loans.get(i % loans.size())[1]))
        .header("Authorization", "Bearer " + caseworker).build());
  }

  /** Payments of DKK 1.00 dated today, each with a key of its own; client i pays loan i. */
  private Request payments(String base, List<String[]> active) {
    String today = LocalDate.now(COPENHAGEN).toString();
    AtomicLong sequence = new AtomicLong();
    String run = UUID.randomUUID().toString().substring(0, 8);
    return i -> {
      String[] loan = active.get(i % active.size());
      String id = "load-" + run + "-" + sequence.incrementAndGet();
      String body = "{\"paymentId\": \"" + id + "\", \"amount\": {\"amount\": \"1.00\", \"currency\": \"DKK\"},"
          + " \"valueDate\": \"" + today + "\", \"externalReference\": \"" + id + "\"}";
      return HttpRequest.newBuilder(URI.create(base + "/api/v1/cases/" + loan[0] + "/" + loan[1] + "/loan/payments"))
          .header("Authorization", "Bearer " + finance).header("Idempotency-Key", id)
          .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
          .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    };
  }

  /** Builds client i's next request. */
  @FunctionalInterface
  private interface Request {
    HttpRequest build(int client);
  }

  /** What a load phase measured. */
  private record Result(long requests, long failures, double seconds, Histogram latency,
      Map<Integer, Long> statuses) {

    String row(String database, String request, int connections) {
      return String.format(Locale.ROOT, "%-28s %-13s %5d %8d %7d %9.0f %8.2f %8.2f %8.2f%s", database, request,
          connections, requests, failures, requests / seconds, latency.getValueAtPercentile(50) / 1000.0,
          latency.getValueAtPercentile(99) / 1000.0, latency.getMaxValue() / 1000.0,
          failures == 0 ? "" : "  statuses " + statuses);
    }
  }

  /** Each of the connections sends requests one after another for the duration; latencies in µs. */
  private Result load(HttpClient client, int duration, Request request) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(connections);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(duration);
    long begin = System.nanoTime();
    try {
      List<Future<Result>> clients = new ArrayList<>();
      for (int c = 0; c < connections; c++) {
        int id = c;
        clients.add(pool.submit(() -> {
          Histogram h = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
          Map<Integer, Long> statuses = new HashMap<>();
          long sent = 0;
          long failed = 0;
          while (System.nanoTime() < deadline) {
            HttpRequest r = request.build(id);
            long t0 = System.nanoTime();
            int status;
            try {
              status = client.send(r, HttpResponse.BodyHandlers.ofString()).statusCode();
            } catch (IOException e) {
              status = -1;
            }
            h.recordValue(Math.min(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - t0), h.getHighestTrackableValue()));
            sent++;
            if (status < 200 || status >= 300) {
              failed++;
              statuses.merge(status, 1L, Long::sum);
            }
          }
          return new Result(sent, failed, 0, h, statuses);
        }));
      }
      Histogram all = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
      Map<Integer, Long> statuses = new HashMap<>();
      long requests = 0;
      long failures = 0;
      for (Future<Result> f : clients) {
        Result r = f.get();
        all.add(r.latency());
        requests += r.requests();
        failures += r.failures();
        r.statuses().forEach((k, v) -> statuses.merge(k, v, Long::sum));
      }
      return new Result(requests, failures, (System.nanoTime() - begin) / 1e9, all, statuses);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The heap the server uses after a full collection, and what it has committed. */
  private static String heap(long pid) throws Exception {
    String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    run(jcmd, String.valueOf(pid), "GC.run");
    String info = run(jcmd, String.valueOf(pid), "GC.heap_info");
    Matcher used = USED.matcher(info);
    Matcher total = Pattern.compile("total (\\d+)K").matcher(info);
    return used.find() && total.find()
        ? String.format(Locale.ROOT, "%.1f MB used of %.1f MB committed", Long.parseLong(used.group(1)) / 1024.0,
            Long.parseLong(total.group(1)) / 1024.0)
        : "unknown (jcmd printed: " + info.strip() + ")";
  }

  private static String run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }

  private static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static void deleteQuietly(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("Could not remove " + dir + ": " + e.getMessage());
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static String token(String role) {
    byte[] b = new byte[18];
    new SecureRandom().nextBytes(b);
    return "load-" + role + "-" + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  private static void execute(PGSimpleDataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
