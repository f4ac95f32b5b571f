package dk.mikrolan.jdbc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database of its own for one test class: an in-memory H2 database, a fresh PostgreSQL schema or
 * a fresh MariaDB database, so suites never see each other's rows.
 *
 * <p>PostgreSQL and MariaDB are mandatory where the server is installed (CI starts a stopped one)
 * and whenever {@code CI} is set (CI installs a missing one): a server that is unreachable then
 * fails the test. Only where the server is not installed at all and {@code CI} is not set are its
 * tests skipped, with a notice on standard output.
 */
final class TestDatabase implements AutoCloseable {

  private final Dialect dialect;
  private final DataSource dataSource;
  private final String name;

  private TestDatabase(Dialect dialect, DataSource dataSource, String name) {
    this.dialect = dialect;
    this.dataSource = dataSource;
    this.name = name;
  }

  static TestDatabase create(Dialect dialect) {
    String name = "mk_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try {
      return switch (dialect) {
        case H2 -> {
          JdbcDataSource h2 = new JdbcDataSource();
          h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
          yield new TestDatabase(dialect, h2, name);
        }
        case POSTGRESQL -> {
          PGSimpleDataSource admin = postgres(null);
          execute(reachable(admin, "PostgreSQL", "/usr/lib/postgresql"), "CREATE SCHEMA " + name);
          yield new TestDatabase(dialect, postgres(name), name);
        }
        case MARIADB -> {
          MariaDbDataSource admin = new MariaDbDataSource("jdbc:mariadb://127.0.0.1:3306/test?user=root");
          execute(reachable(admin, "MariaDB", "/usr/sbin/mariadbd"), "CREATE DATABASE " + name);
          yield new TestDatabase(dialect, new MariaDbDataSource(
              "jdbc:mariadb://127.0.0.1:3306/" + name + "?user=root&rewriteBatchedStatements=true"), name);
        }
      };
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create a test database on " + dialect, e);
    }
  }

  private static PGSimpleDataSource postgres(String schema) {
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL("jdbc:postgresql://127.0.0.1:5432/test");
    pg.setUser("postgres");
    if (schema != null) {
      pg.setCurrentSchema(schema);
    }
    return pg;
  }

  private static DataSource reachable(DataSource admin, String server, String installedAt) {
    try (Connection c = admin.getConnection()) {
      c.isValid(5);
      return admin;
    } catch (SQLException e) {
      if (!Files.exists(Path.of(installedAt)) && System.getenv("CI") != null) {
        throw new IllegalStateException(server + " is not installed, and under CI its tests are mandatory"
            + " (.ci/run installs it)", e);
      } else if (!Files.exists(Path.of(installedAt))) {
        System.out.println("NOTICE: " + server + " is not installed here (" + installedAt
            + " is missing); its contract tests are skipped. CI runs them.");
        Assumptions.abort(server + " not installed");
      }
      throw new IllegalStateException(server + " is installed but not reachable on 127.0.0.1; start it"
          + " (see .ci/run). Its tests are mandatory.", e);
    }
  }

  private static void execute(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  Dialect dialect() {
    return dialect;
  }

  DataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() throws SQLException {
    switch (dialect) {
      case H2 -> execute(dataSource, "SHUTDOWN");
      case POSTGRESQL -> execute(postgres(null), "DROP SCHEMA " + name + " CASCADE");
      case MARIADB -> execute(new MariaDbDataSource("jdbc:mariadb://127.0.0.1:3306/test?user=root"),
          "DROP DATABASE " + name);
    }
  }

  @Override
  public String toString() {
    return dialect.name().toLowerCase(Locale.ROOT) + ":" + name;
  }
}
