package dk.mikrolan.jdbc;

/** The use cases through the shell on Postgres. */
class PostgresUseCaseTest extends UseCaseContract {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }
}
