package dk.mikrolan.jdbc;

/** Schema version 1 data migrating to version 2 on MariaDb. */
class MariaDbMigrationTest extends MigrationContract {
  @Override
  Dialect dialect() {
    return Dialect.MARIADB;
  }
}
