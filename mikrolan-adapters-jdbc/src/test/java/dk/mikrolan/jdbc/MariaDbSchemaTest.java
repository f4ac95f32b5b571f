package dk.mikrolan.jdbc;

/** Migrations and plain DDL agree on MariaDb. */
class MariaDbSchemaTest extends SchemaContract {
  @Override
  Dialect dialect() {
    return Dialect.MARIADB;
  }
}
