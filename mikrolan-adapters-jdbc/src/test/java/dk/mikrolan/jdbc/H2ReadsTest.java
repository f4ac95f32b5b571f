package dk.mikrolan.jdbc;

/** The read port on H2. */
class H2ReadsTest extends ReadsContract {
  @Override
  Backend open() {
    return jdbc(Dialect.H2, dataSource -> { });
  }
}
