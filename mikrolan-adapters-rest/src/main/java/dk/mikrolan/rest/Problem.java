package dk.mikrolan.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.mikrolan.rules.Violation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An RFC 9457 problem: {@code type}, {@code title}, {@code status}, {@code detail}, {@code
 * instance}, and where it applies the {@code violations} of an invalid request, or the {@code
 * stage} and {@code reasons} of a refused command. Never a stack trace, a class name or SQL.
 *
 * @param kind what went wrong
 * @param detail a sentence for a person, never personal data
 * @param violations what is invalid, each at its JSON Pointer (or, for a refusal, the reasons)
 * @param stage the current stage or status of what refused, for a refusal
 * @param headers response headers that go with the problem (WWW-Authenticate, Retry-After, Allow)
 */
record Problem(Kind kind, String detail, List<Violation> violations, Optional<String> stage,
    Map<String, String> headers) {

  /** The media type of a problem. */
  static final String MEDIA_TYPE = "application/problem+json";

  /** The kinds of problem, each with its status and stable type. */
  enum Kind {
    /** The body is not parseable JSON, or a required header is missing. */
    MALFORMED(400, "malformed-request", "Malformed request"),
    /** No or invalid credentials. */
    UNAUTHENTICATED(401, "unauthenticated", "Authentication required"),
    /** A role that may not. */
    FORBIDDEN(403, "forbidden", "Forbidden"),
    /** No such resource, or one of a municipality the caller does not act for. */
    NOT_FOUND(404, "not-found", "Not found"),
    /** The method is not allowed on the route. */
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    /** The response cannot be given in an accepted media type. */
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    /** A concurrent write won the race. */
    CONFLICT(409, "conflict", "Conflict"),
    /** {@code If-Match} names a version that is no longer current. */
    PRECONDITION_FAILED(412, "precondition-failed", "Precondition failed"),
    /** The body exceeds the route's limit. */
    TOO_LARGE(413, "payload-too-large", "Payload too large"),
    /** The body's media type is not accepted. */
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    /** The request is well-formed but invalid: every violation at once. */
    INVALID(422, "invalid-request", "Invalid request"),
    /** The domain refused the command: the stage and every reason. */
    REFUSED(422, "refused", "Refused"),
    /** The idempotency key was used for another request. */
    KEY_REUSED(422, "idempotency-key-reused", "Idempotency key reused"),
    /** {@code If-Match} is required and missing. */
    PRECONDITION_REQUIRED(428, "precondition-required", "Precondition required"),
    /** A fault of the server: logged, never described. */
    INTERNAL(500, "internal-error", "Internal server error"),
    /** The database cannot be reached: try again. */
    UNAVAILABLE(503, "service-unavailable", "Service unavailable");

    private final int status;
    private final String slug;
    private final String title;

    Kind(int status, String slug, String title) {
      this.status = status;
      this.slug = slug;
      this.title = title;
    }

    int status() {
      return status;
    }

    String type() {
      return "urn:mikrolan:problem:" + slug;
    }

    String title() {
      return title;
    }

    /** The kind for a status the runtime produced itself, such as 404 for an unknown route. */
    static Kind ofStatus(int status) {
      for (Kind k : values()) {
        if (k.status == status && k != REFUSED && k != KEY_REUSED) {
          return k;
        }
      }
      return status >= 500 ? INTERNAL : MALFORMED;
    }
  }

  /** Checks and copies the parts. */
  Problem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
    violations = List.copyOf(violations);
    Objects.requireNonNull(stage, "stage");
    headers = Map.copyOf(headers);
  }

  static Problem of(Kind kind, String detail) {
    return new Problem(kind, detail, List.of(), Optional.empty(), Map.of());
  }

  Problem withHeader(String name, String value) {
    Map<String, String> h = new java.util.HashMap<>(headers);
    h.put(name, value);
    return new Problem(kind, detail, violations, stage, h);
  }

  /** The problem as JSON, its texts in the language asked for. */
  ObjectNode toJson(String instance, Locale language) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("type", kind.type());
    o.put("title", kind.title());
    o.put("status", kind.status());
    o.put("detail", detail);
    // A client may put a CPR number in a path; the answer never repeats it.
    o.put("instance", dk.mikrolan.identity.Cpr.redactIn(instance));
    stage.ifPresent(s -> o.put("stage", s));
    if (!violations.isEmpty()) {
      ArrayNode list = o.putArray(kind == Kind.REFUSED ? "reasons" : "violations");
      boolean danish = !"en".equals(language.getLanguage());
      for (Violation v : violations) {
        ObjectNode item = list.addObject();
        item.put("field", v.field().equals(Body.ROOT) ? "" : v.field());
        item.put("code", v.code());
        item.put("message", danish ? v.danish() : v.english());
      }
    }
    return o;
  }
}
