package dk.mikrolan.rest;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a request presents to prove who sends it: its {@code Authorization} header and its other
 * headers (for a host whose login puts the user elsewhere, such as a reverse proxy's header).
 *
 * @param authorization the {@code Authorization} header, if present
 * @param headers every header, by name (compared without case)
 */
public record Credentials(Optional<String> authorization, Map<String, List<String>> headers) {

  /** Checks and copies the parts. */
  public Credentials {
    Objects.requireNonNull(authorization, "authorization");
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    headers = java.util.Collections.unmodifiableMap(copy);
  }

  /** Never shows a credential. */
  @Override
  public String toString() {
    return "Credentials[authorization=" + (authorization.isPresent() ? "present" : "absent") + ", "
        + headers.size() + " headers]";
  }
}
