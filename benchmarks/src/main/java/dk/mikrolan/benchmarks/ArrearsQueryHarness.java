package dk.mikrolan.benchmarks;

import dk.mikrolan.jdbc.CprKeys;
import dk.mikrolan.jdbc.JdbcOptions;
import dk.mikrolan.jdbc.JdbcQueries;
import dk.mikrolan.jdbc.MikrolanJdbc;
import dk.mikrolan.jdbc.MikrolanSchema;
import dk.mikrolan.loan.ArrearsBucket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The arrears queries of the JDBC adapter over 100,000 loans: {@link JdbcQueries#arrearsSummary}
 * (one grouped query, counts per bucket) and {@link JdbcQueries#loansInArrears} (one row per loan
 * in arrears), each as the median of 5 runs after 2 warm-ups, beside a trivial baseline timed in
 * the same run, so that the figures can be read as ratios on a shared, noisy machine. The
 * baseline is {@code SELECT COUNT(*)} over {@code rm_loans} with a condition every row meets: H2
 * answers a bare {@code COUNT(*)} from its metadata without reading a row (that figure is printed
 * too), so only a count that reads the rows is the same work on both databases.
 *
 * <p>Each database gets a fresh schema, migrated by {@link MikrolanSchema}; the read-model rows
 * (a loan and one to four unpaid monthly instalments each, the oldest due from 200 days before
 * to 60 days after the query date) are bulk-inserted with batched JDBC, not projected from events:
 * this measures the queries, not the projections. All queries run on one connection, as from a
 * pool, so that connecting is not measured.
 *
 * <p>Run from the repository root (H2 in memory; PostgreSQL too when its URL is given):
 *
 * <pre>
 * mvn -B -q -DskipTests -pl benchmarks -am package
 * java -cp benchmarks/target/benchmarks.jar dk.mikrolan.benchmarks.ArrearsQueryHarness
 * java -Dmikrolan.pg.url='jdbc:postgresql://127.0.0.1:5432/test?user=postgres' \
 *     -cp benchmarks/target/benchmarks.jar dk.mikrolan.benchmarks.ArrearsQueryHarness
 * </pre>
 *
 * <p>{@code -Dmikrolan.loans=N} changes the number of loans.
 */
public final class ArrearsQueryHarness {

  private static final JdbcOptions OPTIONS = JdbcOptions.DEFAULTS;
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  private static final int WARM_UPS = 2;
  private static final int RUNS = 5;
  private static final int BATCH = 1_000;

  private ArrearsQueryHarness() {}

  /**
   * Runs the harness and prints one table per database.
   *
   * @param args none
   * @throws Exception if a database fails
   */
  public static void main(String[] args) throws Exception {
    int loans = Integer.getInteger("mikrolan.loans", 100_000);
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:arrears-harness;DB_CLOSE_DELAY=-1");
    measure("H2 " + org.h2.engine.Constants.VERSION + " (in memory)", h2, loans);

    String pgUrl = System.getProperty("mikrolan.pg.url");
    if (pgUrl != null) {
      String schema = "arrears_harness_" + System.currentTimeMillis();
      PGSimpleDataSource admin = new PGSimpleDataSource();
      admin.setURL(pgUrl);
      execute(admin, "CREATE SCHEMA " + schema);
      try {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(pgUrl);
        pg.setCurrentSchema(schema);
        measure("PostgreSQL " + version(pg), pg, loans);
      } finally {
        execute(admin, "DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  private static void measure(String database, DataSource dataSource, int loans) throws Exception {
    MikrolanSchema.migrate(dataSource, OPTIONS);
    try (Connection c = dataSource.getConnection()) {
      long started = System.nanoTime();
      int instalments = insert(c, loans);
      double loadSeconds = (System.nanoTime() - started) / 1e9;
      analyze(c);
      byte[] key = new byte[32];
      new java.security.SecureRandom().nextBytes(key);
      CprKeys keys = CprKeys.inMemory("k1", Map.of("k1", new SecretKeySpec(key, "AES")),
          new SecretKeySpec(key, "HmacSHA256"));
      JdbcQueries queries = MikrolanJdbc.joining(() -> c, keys).options(OPTIONS).build().queries();

      Timed bare = time(day -> count(c, ""));
      // Every row has outstanding_ore > 0; the bound moves with the day only to defeat H2's result cache.
      Timed baseline = time(day -> count(c, " WHERE outstanding_ore > " + (-1 - day)));
      Timed summary = time(day -> queries.arrearsSummary(java.util.Set.of("751"), AS_OF.plusDays(day)));
      Timed list = time(day -> queries.loansInArrears(java.util.Set.of("751"), AS_OF.plusDays(day)).size());

      System.out.printf(Locale.ROOT, "%n%s: %,d loans, %,d unpaid instalments, loaded in %.1f s; as of %s%n",
          database, loans, instalments, loadSeconds, AS_OF);
      System.out.printf(Locale.ROOT, "%-44s %12s %10s  %s%n", "query", "median ms", "× baseline", "result");
      row("baseline: COUNT(*) reading every loan row", baseline, baseline, baseline.result + " loans");
      row("(bare COUNT(*) FROM rm_loans)", bare, baseline, bare.result + " loans");
      row("arrearsSummary (counts per bucket)", summary, baseline, summaryText(summary.result));
      row("loansInArrears (one row per loan)", list, baseline, list.result + " loans in arrears");
    }
  }

  /** Loan i: 1–4 unpaid monthly instalments, the oldest due between 200 days before and 60 after AS_OF. */
  private static int insert(Connection c, int loans) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    int instalments = 0;
    try (PreparedStatement loan = c.prepareStatement("INSERT INTO " + OPTIONS.table("rm_loans")
            + " (case_id, status, disbursed_ore, outstanding_ore, written_off_ore, next_due_date, last_position,"
            + " municipality_code) VALUES (?, 'ACTIVE', ?, ?, 0, ?, ?, '751')");
        PreparedStatement instalment = c.prepareStatement("INSERT INTO " + OPTIONS.table("rm_loan_instalments")
            + " (case_id, instalment_no, due_date, remaining_ore, municipality_code) VALUES (?, ?, ?, ?, '751')")) {
      for (int i = 0; i < loans; i++) {
        String caseId = String.format(Locale.ROOT, "BENCH-%06d", i);
        LocalDate oldest = AS_OF.minusDays(200).plusDays((i * 7_919L) % 261);
        int unpaid = 1 + i % 4;
        long remaining = 50_000L + (i % 50) * 1_000L;
        for (int k = 0; k < unpaid; k++) {
          instalment.setString(1, caseId);
          instalment.setInt(2, 13 - unpaid + k);
          instalment.setObject(3, oldest.plusMonths(k));
          instalment.setLong(4, remaining);
          instalment.addBatch();
          instalments++;
        }
        loan.setString(1, caseId);
        loan.setLong(2, 12 * remaining);
        loan.setLong(3, unpaid * remaining);
        loan.setObject(4, oldest);
        loan.setLong(5, i + 1L);
        loan.addBatch();
        if ((i + 1) % BATCH == 0 || i == loans - 1) {
          loan.executeBatch();
          instalment.executeBatch();
          c.commit();
        }
      }
    } finally {
      c.setAutoCommit(autoCommit);
    }
    return instalments;
  }

  /** Gives the planner fresh statistics, as a database that has lived with its rows would have. */
  private static void analyze(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("ANALYZE");
    }
  }

  private static long count(Connection c, String where) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + OPTIONS.table("rm_loans") + where)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private record Timed(double medianMillis, Object result) {}

  @FunctionalInterface
  private interface Query {
    Object run(int day) throws Exception;
  }

  /**
   * Times a query, each run on another day (0 to 4 days after {@link #AS_OF}, warm-ups before it):
   * H2 hands back a cached result when a statement is re-run with the same parameters on
   * unchanged data, which would time nothing. The result shown is that of day 0.
   */
  private static Timed time(Query query) throws Exception {
    for (int i = 1; i <= WARM_UPS; i++) {
      query.run(-i);
    }
    double[] millis = new double[RUNS];
    Object result = null;
    for (int i = RUNS - 1; i >= 0; i--) {
      long started = System.nanoTime();
      result = query.run(i);
      millis[i] = (System.nanoTime() - started) / 1e6;
    }
    Arrays.sort(millis);
    return new Timed(millis[RUNS / 2], result);
  }

  private static void row(String query, Timed t, Timed baseline, String result) {
    System.out.printf(Locale.ROOT, "%-44s %12.3f %10.1f  %s%n", query, t.medianMillis(),
        t.medianMillis() / baseline.medianMillis(), result);
  }

  private static String summaryText(Object summary) {
    @SuppressWarnings("unchecked")
    Map<ArrearsBucket, Long> counts = (Map<ArrearsBucket, Long>) summary;
    return counts.toString();
  }

  private static void execute(DataSource dataSource, String sql) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static String version(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return c.getMetaData().getDatabaseProductVersion();
    }
  }
}
