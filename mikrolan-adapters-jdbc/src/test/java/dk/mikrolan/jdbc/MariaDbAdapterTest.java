package dk.mikrolan.jdbc;

/** The assembled adapter on MariaDb. */
class MariaDbAdapterTest extends AdapterContract {
  @Override
  Dialect dialect() {
    return Dialect.MARIADB;
  }

  @Override
  int examples() {
    return 60;
  }
}
