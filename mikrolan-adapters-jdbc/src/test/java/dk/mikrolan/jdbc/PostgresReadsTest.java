package dk.mikrolan.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The read port on PostgreSQL, with the case ids in a Danish locale collation: a database created
 * with {@code da_DK} sorts {@code "a_3" < "a-1" < "A-2" < "b"}, and the contract's order must
 * still be Java's.
 */
class PostgresReadsTest extends ReadsContract {

  @Override
  Backend open() {
    return jdbc(Dialect.POSTGRESQL, PostgresReadsTest::useALocaleCollation);
  }

  private static void useALocaleCollation(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("ALTER TABLE mikrolan_rm_cases ALTER COLUMN case_id TYPE VARCHAR(64) COLLATE \"da-DK-x-icu\"");
    }
  }

  @Test
  void theColumnsOwnCollationReallyOrdersTheseIdsOtherwise() throws SQLException {
    // Guards the order check: without the adapter's care, ORDER BY would give the locale's order.
    List<String> ids = new ArrayList<>();
    try (Connection c = dataSource().orElseThrow().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT case_id FROM mikrolan_rm_cases WHERE municipality_code = '751'"
            + " AND case_id IN ('a-1', 'A-2', 'a_3', 'b') ORDER BY case_id")) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    assertThat(ids).containsExactly("a_3", "a-1", "A-2", "b");
  }
}
