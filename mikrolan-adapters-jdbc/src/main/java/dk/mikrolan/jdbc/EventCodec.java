package dk.mikrolan.jdbc;

import java.util.Objects;

/**
 * Turns domain events into stored payloads and back: a stable type name, a schema version and a
 * JSON payload per event. Reading an older schema version keeps working.
 */
public interface EventCodec {

  /**
   * A stored form of an event.
   *
   * @param type the stable type name, such as {@code loan.PaymentReceived}, not null
   * @param schemaVersion the payload's schema version
   * @param json the payload, not null
   */
  record Encoded(String type, int schemaVersion, String json) {

    /** Checks that the type and the payload are present. */
    public Encoded {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(json, "json");
    }
  }

  /**
   * Encodes an event.
   *
   * @param event a domain event, not null
   * @return the stored form, never null
   * @throws IllegalArgumentException if the event's type is unknown
   */
  Encoded encode(Object event);

  /**
   * Decodes a stored event.
   *
   * @param type the stored type name, not null
   * @param schemaVersion the stored schema version
   * @param json the payload, not null
   * @return the event, never null
   * @throws IllegalArgumentException if the type or version is unknown or the payload is broken
   */
  Object decode(String type, int schemaVersion, String json);
}
