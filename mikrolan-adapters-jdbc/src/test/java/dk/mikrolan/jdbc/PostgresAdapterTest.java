package dk.mikrolan.jdbc;

/** The assembled adapter on Postgres. */
class PostgresAdapterTest extends AdapterContract {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }

  @Override
  int examples() {
    return 60;
  }
}
