package dk.mikrolan.rest;

/** The portable contract on Jersey 4.0.2 (Jakarta REST 4.0). */
class JerseyPortableTest extends PortableContract {
  @Override
  AutoCloseable start(MikrolanRest rest) {
    return new JerseyServer(rest);
  }

  @Override
  Api api(AutoCloseable server) {
    return ((JerseyServer) server).api;
  }
}
