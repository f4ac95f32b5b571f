package dk.mikrolan.jdbc;

import dk.mikrolan.identity.MunicipalityCode;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/** The municipalities a query is scoped to, as SQL placeholders: every read model query has one. */
final class Municipalities {

  private Municipalities() {}

  /** The codes, checked and sorted, so that a query's text and order never depend on a set's order. */
  static List<String> sorted(Set<String> municipalities) {
    if (municipalities.isEmpty()) {
      throw new IllegalArgumentException("A query needs the municipalities it is scoped to");
    }
    return municipalities.stream().map(MunicipalityCode::require).sorted().toList();
  }

  /** {@code (?, ?, …)} for n codes. */
  static String placeholders(int n) {
    return "(" + String.join(", ", java.util.Collections.nCopies(n, "?")) + ")";
  }

  /** Binds the codes from a parameter index on. */
  static void bind(PreparedStatement s, int from, List<String> codes) throws SQLException {
    for (int i = 0; i < codes.size(); i++) {
      s.setString(from + i, codes.get(i));
    }
  }
}
