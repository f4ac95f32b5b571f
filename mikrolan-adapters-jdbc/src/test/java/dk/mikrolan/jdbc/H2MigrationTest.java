package dk.mikrolan.jdbc;

/** Schema version 1 data migrating to version 2 on H2. */
class H2MigrationTest extends MigrationContract {
  @Override
  Dialect dialect() {
    return Dialect.H2;
  }
}
