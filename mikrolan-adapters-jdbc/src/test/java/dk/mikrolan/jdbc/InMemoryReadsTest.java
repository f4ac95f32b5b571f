package dk.mikrolan.jdbc;

/** The read port on core's in-memory store, by the same contract as the databases. */
class InMemoryReadsTest extends ReadsContract {
  @Override
  Backend open() {
    return inMemory();
  }
}
