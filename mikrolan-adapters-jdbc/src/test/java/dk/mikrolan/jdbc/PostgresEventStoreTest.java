package dk.mikrolan.jdbc;

/** The event store's contract on Postgres. */
class PostgresEventStoreTest extends EventStoreContract {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }
}
