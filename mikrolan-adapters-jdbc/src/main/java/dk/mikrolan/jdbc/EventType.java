package dk.mikrolan.jdbc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One stored event type: the stable name stored with every payload, the Java record it decodes
 * to, the schema version new payloads are written at, and one upcaster per older version.
 *
 * <p>A payload of schema version {@code v} is read by upcasting it to {@code v + 1}, and so on up
 * to {@link #currentVersion()}, then binding it to the record. So every version ever written keeps
 * a decoder: version {@code v}'s decoder is its chain of upcasters followed by the current
 * binding. Adding version 2 of a type means: change the record, raise {@code currentVersion} to 2
 * and add an upcaster under key 1 that turns a version-1 payload into a version-2 one (a renamed
 * field moved, a new field given the value the old events meant). Stored payloads are never
 * rewritten.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the stable name, {@code <aggregate>.<EventName>}, such as {@code loan.PaymentReceived}
 * @param javaClass the event record
 * @param currentVersion the version payloads are written at, 1 or more
 * @param upcasters for each version from 1 to {@code currentVersion - 1}, how a payload of that
 *     version becomes one of the next
 */
record EventType(
    String name, Class<?> javaClass, int currentVersion, Map<Integer, UnaryOperator<ObjectNode>> upcasters) {

  /**
   * Checks that every older version has its upcaster.
   *
   * @throws IllegalArgumentException if the version is below 1 or an upcaster is missing or extra
   */
  EventType {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(javaClass, "javaClass");
    upcasters = Map.copyOf(upcasters);
    if (currentVersion < 1) {
      throw new IllegalArgumentException("Schema versions start at 1: " + name + " v" + currentVersion);
    }
    for (int v = 1; v < currentVersion; v++) {
      if (!upcasters.containsKey(v)) {
        throw new IllegalArgumentException("No upcaster from v" + v + " of " + name);
      }
    }
    if (upcasters.size() != currentVersion - 1) {
      throw new IllegalArgumentException("Upcasters of " + name + " beyond its versions: " + upcasters.keySet());
    }
  }

  /**
   * Obtains a type at schema version 1, which needs no upcaster.
   *
   * @param name the stable name, not null
   * @param javaClass the event record, not null
   * @return the type, never null
   */
  static EventType v1(String name, Class<?> javaClass) {
    return new EventType(name, javaClass, 1, Map.of());
  }

  /**
   * Returns whether payloads of a schema version can be read.
   *
   * @param version the stored version
   * @return true from 1 up to the current version
   */
  boolean reads(int version) {
    return version >= 1 && version <= currentVersion;
  }

  /**
   * Brings a stored payload up to the current version.
   *
   * @param version the stored version, one {@link #reads(int) read}
   * @param payload the stored payload, not null; may be changed in place
   * @return the payload at the current version, never null
   */
  ObjectNode upcast(int version, ObjectNode payload) {
    ObjectNode current = payload;
    for (int v = version; v < currentVersion; v++) {
      current = upcasters.get(v).apply(current);
    }
    return current;
  }
}
