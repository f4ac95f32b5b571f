package dk.mikrolan.jdbc;

/** Migrations and plain DDL agree on Postgres. */
class PostgresSchemaTest extends SchemaContract {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }
}
