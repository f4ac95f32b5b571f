package dk.mikrolan.jdbc;

/** Schema version 1 data migrating to version 2 on Postgres. */
class PostgresMigrationTest extends MigrationContract {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }
}
