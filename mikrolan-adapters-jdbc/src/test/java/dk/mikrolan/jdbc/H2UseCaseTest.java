package dk.mikrolan.jdbc;

/** The use cases through the shell on H2. */
class H2UseCaseTest extends UseCaseContract {
  @Override
  Dialect dialect() {
    return Dialect.H2;
  }
}
