package dk.mikrolan.jdbc;

/** The use cases through the shell on MariaDb. */
class MariaDbUseCaseTest extends UseCaseContract {
  @Override
  Dialect dialect() {
    return Dialect.MARIADB;
  }
}
