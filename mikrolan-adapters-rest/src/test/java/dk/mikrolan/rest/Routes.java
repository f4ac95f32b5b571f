package dk.mikrolan.rest;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.TreeSet;

/** Every route the adapter's resources serve, as "METHOD /path/{param}", read from their annotations. */
final class Routes {

  private Routes() {}

  static Set<String> served(MikrolanRest rest) {
    Set<String> routes = new TreeSet<>();
    for (Object resource : rest.resources()) {
      Class<?> type = resource.getClass();
      String base = "/" + type.getAnnotation(Path.class).value();
      for (Method m : type.getMethods()) {
        String verb = m.isAnnotationPresent(GET.class) ? "GET" : m.isAnnotationPresent(POST.class) ? "POST"
            : m.isAnnotationPresent(PUT.class) ? "PUT" : m.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
        if (verb != null) {
          Path sub = m.getAnnotation(Path.class);
          String path = sub == null ? base : base + "/" + sub.value().replaceAll("^/", "");
          routes.add(verb + " " + path.replaceAll("\\{([a-zA-Z]+)(:[^}]*)?}", "{$1}"));
        }
      }
    }
    return routes;
  }
}
