package dk.mikrolan.jdbc;

/** The assembled adapter on H2. */
class H2AdapterTest extends AdapterContract {
  @Override
  Dialect dialect() {
    return Dialect.H2;
  }

  @Override
  int examples() {
    return 200;
  }
}
