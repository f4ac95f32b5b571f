package dk.mikrolan.jdbc;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dk.mikrolan.policy.PolicyEvent;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

/**
 * The JSON payload format of every domain event, with Jackson: a stable type name such as {@code
 * loan.PaymentReceived}, a schema version, and a flat object whose fields are the event record's
 * components. {@code EVENTS.md} in this module documents every type with an example.
 *
 * <p>A CPR number is written only as {@link CprProtector#protect} makes it and read back with
 * {@link CprProtector#reveal}: the plain number never reaches a payload.
 *
 * <p>Reading is strict, so that a broken row is found when it is read rather than turning into a
 * subtly different event: every field of the record must be present and not null, except an
 * {@code Optional}, which may be null or absent; unknown fields, duplicate fields, numbers where
 * strings belong and trailing content are refused. Payloads of an older schema version are
 * brought up to the current one before they are bound ({@link EventType}).
 *
 * <p>Messages of exceptions name the event type, the schema version, the path of the field at fault
 * and what is wrong with it, never the payload's values, and they do not chain Jackson's
 * exception, whose message quotes them: a payload holds personal data (a note may hold anything),
 * and messages reach logs. Only a refusal by a domain type's own check is passed on as it is, since
 * core's messages never carry personal data.
 *
 * <p>A policy version is decoded from its policy file, which is parsed and checked in full; the
 * policy history is read by every command and query, so the events of that one type are kept once
 * decoded, by their stored text (up to {@value #MEMO_LIMIT} of them): the same text always decodes
 * to the same immutable event, in whatever transaction it was read, and a policy holds no personal
 * data.
 *
 * <p>This class is thread-safe.
 */
public final class JacksonEventCodec implements EventCodec {

  /** How many decoded policy versions are kept; past it the memo starts afresh. */
  static final int MEMO_LIMIT = 256;

  private final ObjectMapper mapper;
  private final EventTypes types;
  private final ConcurrentMap<String, Object> decodedPolicies = new ConcurrentHashMap<>();

  /**
   * Creates the codec.
   *
   * @param protector what encrypts CPR numbers into tokens and decrypts them, not null
   */
  public JacksonEventCodec(CprProtector protector) {
    this(protector, new EventTypes(EventTypes.ALL));
  }

  /**
   * Creates the codec over a registry, so that a test can show a later schema version at work.
   *
   * @param protector what encrypts CPR numbers into tokens and decrypts them, not null
   * @param types the registry, not null
   */
  JacksonEventCodec(CprProtector protector, EventTypes types) {
    Objects.requireNonNull(protector, "protector");
    this.types = Objects.requireNonNull(types, "types");
    this.mapper = JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(PayloadModule.create(protector))
        .annotationIntrospector(new RequiredUnlessOptional())
        // A record's fields are its components; Text.isBlank() and the like are not data.
        .visibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .withCoercionConfig(LogicalType.Textual, text -> text
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  /**
   * Encodes an event at its type's current schema version. An exception of the protector (no key
   * to encrypt with) passes through unchanged.
   *
   * @param event a domain event, not null
   * @return the stored form, never null
   * @throws IllegalArgumentException naming the class if the event's type is not registered
   * @throws IllegalStateException if the event cannot be written (a bug), naming its type and field
   */
  @Override
  public Encoded encode(Object event) {
    EventType type = types.of(event.getClass());
    try {
      return new Encoded(type.name(), type.currentVersion(), mapper.writeValueAsString(event));
    } catch (JsonProcessingException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause; // such as the protector's refusal, which the caller should see as it is
      }
      throw new IllegalStateException(
          "Cannot encode " + type.name() + " v" + type.currentVersion() + describe(e));
    }
  }

  /**
   * Decodes a stored event of any schema version of its type that was ever written.
   *
   * @param type the stored type name, not null
   * @param schemaVersion the stored schema version
   * @param json the payload, not null
   * @return the event, never null
   * @throws IllegalArgumentException naming the type and version if either is unknown, and also
   *     the field at fault if the payload is broken
   */
  @Override
  public Object decode(String type, int schemaVersion, String json) {
    Objects.requireNonNull(json, "json");
    EventType eventType = types.named(type, schemaVersion);
    if (eventType.javaClass() != PolicyEvent.VersionAdopted.class) {
      return decode(eventType, type, schemaVersion, json);
    }
    String key = schemaVersion + ":" + json;
    Object decoded = decodedPolicies.get(key);
    if (decoded == null) {
      decoded = decode(eventType, type, schemaVersion, json);
      if (decodedPolicies.size() >= MEMO_LIMIT) {
        decodedPolicies.clear();
      }
      decodedPolicies.put(key, decoded);
    }
    return decoded;
  }

  private Object decode(EventType eventType, String type, int schemaVersion, String json) {
    try {
      if (schemaVersion == eventType.currentVersion()) {
        return mapper.readValue(json, eventType.javaClass());
      }
      JsonNode stored = mapper.readTree(json);
      if (!(stored instanceof ObjectNode payload)) {
        throw new IllegalArgumentException(
            "Cannot decode " + type + " v" + schemaVersion + ": the payload is not a JSON object");
      }
      return mapper.treeToValue(eventType.upcast(schemaVersion, payload), eventType.javaClass());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot decode " + type + " v" + schemaVersion + describe(e));
    }
  }

  /**
   * Returns where and what: the path of the field at fault and the problem, in words that never
   * quote the payload (Jackson's own messages quote the values they refuse).
   */
  private static String describe(JsonProcessingException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof StreamReadException malformed) {
        JsonLocation at = malformed.getLocation();
        return ": not well-formed JSON" + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr());
      }
    }
    if (!(e instanceof JsonMappingException m)) {
      return ": " + e.getClass().getSimpleName();
    }
    String path = m.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
    return (path.isEmpty() ? "" : " at " + path) + ": " + problem(m);
  }

  private static String problem(JsonMappingException e) {
    if (e instanceof PayloadModule.Refusal) {
      return e.getOriginalMessage();
    }
    if (e instanceof UnrecognizedPropertyException) {
      return "unknown field";
    }
    if (e instanceof ValueInstantiationException v) {
      // The record's own check refused it; core's messages never carry personal data (STYLE rule 6).
      Throwable cause = v.getCause();
      return "refused by " + v.getType().getRawClass().getSimpleName() + ": "
          + (cause == null || cause.getMessage() == null ? String.valueOf(cause) : cause.getMessage());
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      return "missing, null or not of type " + mismatch.getTargetType().getSimpleName();
    }
    return e.getClass().getSimpleName();
  }

  /**
   * Makes every creator property required unless it is an {@code Optional}, so a missing field is
   * refused rather than read as {@code null} or {@code 0}.
   */
  private static final class RequiredUnlessOptional extends JacksonAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    @Override
    public Boolean hasRequiredMarker(AnnotatedMember m) {
      Boolean marked = super.hasRequiredMarker(m);
      return marked != null ? marked : !Optional.class.isAssignableFrom(m.getRawType());
    }
  }
}
