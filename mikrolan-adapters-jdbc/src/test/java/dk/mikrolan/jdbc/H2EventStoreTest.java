package dk.mikrolan.jdbc;

/** The event store's contract on H2. */
class H2EventStoreTest extends EventStoreContract {
  @Override
  Dialect dialect() {
    return Dialect.H2;
  }
}
