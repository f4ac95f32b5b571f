package dk.mikrolan.jdbc;

/** The read port on MariaDB. */
class MariaDbReadsTest extends ReadsContract {
  @Override
  Backend open() {
    return jdbc(Dialect.MARIADB, dataSource -> { });
  }
}
