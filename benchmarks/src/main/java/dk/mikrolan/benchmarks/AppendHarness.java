package dk.mikrolan.benchmarks;

import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.jdbc.CprKeys;
import dk.mikrolan.jdbc.JdbcEventStore;
import dk.mikrolan.jdbc.MikrolanJdbc;
import dk.mikrolan.jdbc.MikrolanSchema;
import dk.mikrolan.loan.LoanEvent;
import dk.mikrolan.loan.PrepaymentHandling;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.port.AppendBatch;
import dk.mikrolan.port.AppendOutcome;
import dk.mikrolan.port.StreamAppend;
import dk.mikrolan.port.StreamId;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentTerms;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Appends per second through the JDBC event store, with 1 and 8 writers, on H2 in memory and (with
 * {@code -Dmikrolan.pg.url=jdbc:postgresql://127.0.0.1:5432/test?user=postgres}) PostgreSQL.
 *
 * <p>Connections come from a HikariCP pool of 8, as a host's would. Each writer first opens its
 * loans (one append of two events each), then posts payments; every append counts. Each payment is one event in a transaction of its own, with the loan read models
 * updated in the same transaction, as a real payment posting does. Writers work on their own loans
 * (200 loans each, round robin), so the figure is throughput, not contention. The in-run baseline
 * is a plain single-row INSERT of the same payload size, one transaction per row, on the same
 * database: the ratio says what the store's checks, codec and read models cost on top.
 *
 * <pre>
 * mvn -B -q -DskipTests -pl benchmarks -am package
 * java -cp benchmarks/target/benchmarks.jar dk.mikrolan.benchmarks.AppendHarness
 * java -Dmikrolan.pg.url='jdbc:postgresql://127.0.0.1:5432/test?user=postgres' \
 *   -cp benchmarks/target/benchmarks.jar dk.mikrolan.benchmarks.AppendHarness
 * </pre>
 */
public final class AppendHarness {

  private static final int LOANS_PER_WRITER = 200;
  private static final int PAYMENTS_PER_LOAN = 5;
  private static final LocalDate OPENED = LocalDate.of(2026, 1, 2);

  private AppendHarness() {}

  /**
   * Runs the harness.
   *
   * @param args none
   * @throws Exception if a database fails
   */
  public static void main(String[] args) throws Exception {
    System.out.println("database    writers  appends  seconds  appends/s  baseline rows/s  ratio");
    try (HikariDataSource pool = pooled(h2())) {
      run("h2", pool);
    }
    String pg = System.getProperty("mikrolan.pg.url");
    if (pg != null) {
      String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
      PGSimpleDataSource admin = new PGSimpleDataSource();
      admin.setURL(pg);
      execute(admin, "CREATE SCHEMA " + schema);
      PGSimpleDataSource ds = new PGSimpleDataSource();
      ds.setURL(pg);
      ds.setCurrentSchema(schema);
      try (HikariDataSource pool = pooled(ds)) {
        run("postgresql", pool);
      } finally {
        execute(admin, "DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  private static HikariDataSource pooled(DataSource ds) {
    HikariConfig config = new HikariConfig();
    config.setDataSource(ds);
    config.setMaximumPoolSize(8);
    return new HikariDataSource(config);
  }

  private static DataSource h2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:bench" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    return ds;
  }

  private static void run(String name, DataSource ds) throws Exception {
    MikrolanSchema.migrate(ds);
    execute(ds, "CREATE TABLE bench_baseline (id VARCHAR(40) PRIMARY KEY, payload VARCHAR(400) NOT NULL)");
    byte[] key = new byte[32];
    CprKeys keys = CprKeys.inMemory("k1", Map.of("k1", new SecretKeySpec(key, "AES")), new SecretKeySpec(key, "HmacSHA256"));
    JdbcEventStore store = MikrolanJdbc.builder(ds, keys).calendar(BankingCalendar.danish()).build().eventStore();
    for (int writers : new int[] {1, 8}) {
      double baseline = baseline(ds, writers);
      long start = System.nanoTime();
      int appends = appendAll(store, writers, name + writers);
      double seconds = (System.nanoTime() - start) / 1e9;
      double rate = appends / seconds;
      System.out.printf(Locale.ROOT, "%-11s %7d %8d %8.2f %10.0f %16.0f %6.2f%n",
          name, writers, appends, seconds, rate, baseline, rate / baseline);
    }
  }

  private static int appendAll(JdbcEventStore store, int writers, String tag) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        String writer = tag + "w" + w;
        futures.add(pool.submit(() -> writer(store, writer)));
      }
      int total = 0;
      for (Future<Integer> f : futures) {
        total += f.get();
      }
      return total;
    } finally {
      pool.shutdown();
    }
  }

  private static int writer(JdbcEventStore store, String writer) {
    RepaymentTerms terms = RepaymentTerms.builder().principal(DkkAmount.ofKroner(12_000))
        .firstDueDate(OPENED.plusMonths(1)).frequency(Frequency.MONTHLY).plan(RepaymentPlan.byCount(24)).build();
    int appends = 0;
    for (int loan = 0; loan < LOANS_PER_WRITER; loan++) {
      StreamId s = StreamId.of("loan", "751:" + writer + "-" + loan);
      expect(store.append(AppendBatch.of("bench", "c", new StreamAppend(s, 0, List.of(
          new LoanEvent.Opened(terms, OPENED), new LoanEvent.TrancheDisbursed(terms.principal(), OPENED, "T"))))));
      appends++; // an append of two events: the loan opened and paid out
    }
    for (int p = 0; p < PAYMENTS_PER_LOAN; p++) {
      for (int loan = 0; loan < LOANS_PER_WRITER; loan++) {
        StreamId s = StreamId.of("loan", "751:" + writer + "-" + loan);
        LoanEvent payment = new LoanEvent.PaymentReceived("P" + p, DkkAmount.ofKroner(500), OPENED.plusMonths(1 + p),
            "bank", PrepaymentHandling.SHORTEN_TERM);
        expect(store.append(AppendBatch.of("bench", "c", new StreamAppend(s, 2L + p, List.of(payment)))));
        appends++;
      }
    }
    return appends;
  }

  private static void expect(AppendOutcome outcome) {
    if (!(outcome instanceof AppendOutcome.Appended)) {
      throw new IllegalStateException("Unexpected " + outcome);
    }
  }

  /** Plain single-row inserts, a transaction each, by the same number of writers. */
  private static double baseline(DataSource ds, int writers) throws Exception {
    int rows = LOANS_PER_WRITER * (PAYMENTS_PER_LOAN + 1);
    String payload = "x".repeat(300);
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    long start = System.nanoTime();
    try {
      List<Future<Void>> futures = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        String prefix = UUID.randomUUID().toString().substring(0, 8) + "-";
        futures.add(pool.submit(() -> {
          try (Connection c = ds.getConnection();
              PreparedStatement s = c.prepareStatement("INSERT INTO bench_baseline (id, payload) VALUES (?, ?)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < rows; i++) {
              s.setString(1, prefix + i);
              s.setString(2, payload);
              s.executeUpdate();
              c.commit();
            }
          }
          return null;
        }));
      }
      for (Future<Void> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    return (double) rows * writers / ((System.nanoTime() - start) / 1e9);
  }

  private static void execute(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
