package dk.mikrolan.rest;

/** The portable contract on RESTEasy 6.2 (Jakarta REST 3.1, the EE 10 level the adapter is compiled for). */
class RestEasyPortableTest extends PortableContract {
  @Override
  AutoCloseable start(MikrolanRest rest) {
    return new RestEasyServer(rest);
  }

  @Override
  Api api(AutoCloseable server) {
    return ((RestEasyServer) server).api;
  }
}
