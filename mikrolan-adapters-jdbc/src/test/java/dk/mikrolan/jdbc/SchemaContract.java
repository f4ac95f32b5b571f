package dk.mikrolan.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Migrations from empty and the plain DDL files for DBAs produce the same schema; and the plain
 * files are the migrations with the default prefix, word for word.
 */
abstract class SchemaContract {

  abstract Dialect dialect();

  private static String resource(String path) throws IOException {
    try (InputStream in = SchemaContract.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void plainUpgradesAreTheMigrationsWithTheDefaultPrefix() throws IOException {
    for (String upgrade : UPGRADES) {
      String plain = resource("db/mikrolan-plain/" + dialect().folder() + "/upgrades/" + upgrade);
      String migration = resource("db/mikrolan/" + dialect().folder() + "/" + upgrade);
      assertThat(withoutComments(plain)).as(upgrade)
          .isEqualTo(withoutComments(migration.replace("${prefix}", "mikrolan_")));
    }
  }

  @Test
  void theVersionOneMigrationIsNeverEdited() throws IOException {
    // A released migration is a contract: hosts' Flyway histories hold its checksum.
    assertThat(withoutComments(resource("db/mikrolan/" + dialect().folder() + "/V1__event_store.sql")).hashCode())
        .isEqualTo(V1_HASHES.get(dialect().folder()));
  }

  /** The migrations after version 1, each with a plain copy for DBAs in upgrades/. */
  private static final List<String> UPGRADES = List.of("V2__municipality_keys.sql", "V3__append_lock.sql");

  /** The text of each released V1 migration, as a hash of its lines without comments. */
  private static final java.util.Map<String, Integer> V1_HASHES = java.util.Map.of(
      "h2", -1489589512, "postgresql", -1417252966, "mariadb", -630282080);

  @Test
  void migrationsAndPlainDdlProduceTheSameSchema() throws Exception {
    try (TestDatabase migrated = TestDatabase.create(dialect()); TestDatabase plain = TestDatabase.create(dialect())) {
      MikrolanSchema.migrate(migrated.dataSource());
      runScript(plain.dataSource(), resource("db/mikrolan-plain/" + dialect().folder() + "/mikrolan-schema.sql"));
      List<String> a = describe(migrated.dataSource());
      List<String> b = describe(plain.dataSource());
      assertThat(a).isNotEmpty().isEqualTo(b);
      assertThat(a).anyMatch(line -> line.startsWith("mikrolan_events.stream_version"));
    }
  }

  @Test
  void aHostPrefixNamesEveryTable() throws Exception {
    try (TestDatabase db = TestDatabase.create(dialect())) {
      MikrolanSchema.migrate(db.dataSource(), JdbcOptions.DEFAULTS.withTablePrefix("kommune_ml_"));
      assertThat(describe(db.dataSource(), "kommune_ml_")).anyMatch(l -> l.startsWith("kommune_ml_events."));
      assertThat(describe(db.dataSource(), "mikrolan_")).isEmpty();
    }
  }

  /** Index names without the suffixes a database generates (H2: {@code primary_key_3c}). */
  private static String indexName(String name) {
    return String.valueOf(name).toLowerCase(Locale.ROOT)
        .replaceAll("^primary_key_[0-9a-f]+$", "primary_key")
        .replaceAll("_index_[0-9a-f]+$", "");
  }

  private static String withoutComments(String sql) {
    StringBuilder b = new StringBuilder();
    for (String line : sql.split("\n")) {
      if (!line.startsWith("--") && !line.isBlank()) {
        b.append(line.strip()).append('\n');
      }
    }
    return b.toString();
  }

  private static void runScript(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      for (String statement : withoutComments(sql).split(";\n")) {
        if (!statement.isBlank()) {
          s.execute(statement.replace(";", ""));
        }
      }
    }
  }

  private static List<String> describe(DataSource ds) throws SQLException {
    return describe(ds, "mikrolan_");
  }

  /** Tables, columns (type, size, nullability), primary keys and indexes, as sorted lines. */
  private static List<String> describe(DataSource ds, String prefix) throws SQLException {
    TreeSet<String> lines = new TreeSet<>();
    try (Connection c = ds.getConnection()) {
      DatabaseMetaData md = c.getMetaData();
      String catalog = c.getCatalog();
      String schema = c.getSchema();
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = md.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          String t = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
          if (t.startsWith(prefix) && !t.endsWith("schema_history")) {
            tables.add(rs.getString("TABLE_NAME"));
          }
        }
      }
      for (String t : tables) {
        String table = t.toLowerCase(Locale.ROOT);
        try (ResultSet rs = md.getColumns(catalog, schema, t, "%")) {
          while (rs.next()) {
            lines.add(table + "." + rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT) + " "
                + rs.getString("TYPE_NAME") + "(" + rs.getInt("COLUMN_SIZE") + ") nullable=" + rs.getString("IS_NULLABLE"));
          }
        }
        try (ResultSet rs = md.getPrimaryKeys(catalog, schema, t)) {
          while (rs.next()) {
            lines.add(table + " pk " + rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT) + "#" + rs.getInt("KEY_SEQ"));
          }
        }
        try (ResultSet rs = md.getIndexInfo(catalog, schema, t, false, false)) {
          while (rs.next()) {
            if (rs.getString("COLUMN_NAME") != null) {
              lines.add(table + " index " + indexName(rs.getString("INDEX_NAME")) + " "
                  + rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT) + "#" + rs.getInt("ORDINAL_POSITION")
                  + " unique=" + !rs.getBoolean("NON_UNIQUE"));
            }
          }
        }
      }
    }
    return new ArrayList<>(lines);
  }
}
