package dk.mikrolan.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** The databases the adapter supports, each with its own migrations. */
public enum Dialect {
  /** H2, embedded (file or in-memory). */
  H2("h2"),
  /** PostgreSQL. */
  POSTGRESQL("postgresql"),
  /** MariaDB. */
  MARIADB("mariadb");

  private final String folder;

  Dialect(String folder) {
    this.folder = folder;
  }

  /**
   * Returns the folder of this dialect's migrations and plain DDL.
   *
   * @return the folder name, never null
   */
  public String folder() {
    return folder;
  }

  /**
   * Returns a text column as comparisons and {@code ORDER BY} must use it to follow Java's {@link
   * String#compareTo} (the order the read port documents). H2 compares strings as Java does, and
   * the MariaDB tables are created {@code utf8mb4_bin}; a PostgreSQL database's default collation
   * may be a locale's ({@code da_DK}, {@code en_US}), which sorts {@code "a-1"} before {@code "A-2"}
   * and ignores punctuation, so there the column is compared in the {@code "C"} collation (byte
   * order, which for the ASCII ids the library allows is Java's order).
   */
  String inJavaOrder(String column) {
    return this == POSTGRESQL ? column + " COLLATE \"C\"" : column;
  }

  /**
   * Detects the dialect of a connection from its metadata.
   *
   * @param connection an open connection, not null
   * @return the dialect, never null
   * @throws SQLException if the metadata cannot be read
   * @throws IllegalArgumentException if the database is not one of the supported ones
   */
  public static Dialect of(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("h2")) {
      return H2;
    } else if (product.contains("postgres")) {
      return POSTGRESQL;
    } else if (product.contains("mariadb") || product.contains("mysql")) {
      return MARIADB;
    }
    throw new IllegalArgumentException("Unsupported database: " + product);
  }
}
