package dk.mikrolan.jdbc;

/** Migrations and plain DDL agree on H2. */
class H2SchemaTest extends SchemaContract {
  @Override
  Dialect dialect() {
    return Dialect.H2;
  }
}
