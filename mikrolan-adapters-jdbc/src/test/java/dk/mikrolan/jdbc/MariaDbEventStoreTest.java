package dk.mikrolan.jdbc;

/** The event store's contract on MariaDb. */
class MariaDbEventStoreTest extends EventStoreContract {
  @Override
  Dialect dialect() {
    return Dialect.MARIADB;
  }
}
