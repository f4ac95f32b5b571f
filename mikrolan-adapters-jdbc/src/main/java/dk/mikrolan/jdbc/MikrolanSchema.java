package dk.mikrolan.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Creates and upgrades mikrolan's tables, only when the host asks. Migrations live under the
 * namespaced location {@code db/mikrolan/<dialect>} with their own history table ({@code
 * <prefix>schema_history}), so they never mix with the host's own migrations. DBAs who run
 * migrations themselves find the same DDL as plain SQL in {@code db/mikrolan-plain/<dialect>}.
 */
public final class MikrolanSchema {

  private MikrolanSchema() {}

  /**
   * Migrates the schema with the default options.
   *
   * @param dataSource the host's data source, not null
   * @throws SQLException if the database cannot be reached
   */
  public static void migrate(DataSource dataSource) throws SQLException {
    migrate(dataSource, JdbcOptions.DEFAULTS);
  }

  /**
   * Migrates the schema.
   *
   * @param dataSource the host's data source, not null
   * @param options the table prefix, not null
   * @throws SQLException if the database cannot be reached
   */
  public static void migrate(DataSource dataSource, JdbcOptions options) throws SQLException {
    Dialect dialect;
    try (Connection c = dataSource.getConnection()) {
      dialect = Dialect.of(c);
    }
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/mikrolan/" + dialect.folder())
        .table(options.table("schema_history"))
        .placeholders(Map.of("prefix", options.tablePrefix()))
        // The host's schema usually holds its own tables: start our history beside them.
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }
}
