package dk.mikrolan.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.mikrolan.access.Actor;
import dk.mikrolan.office.Mikrolan;
import dk.mikrolan.office.RequestKey;
import dk.mikrolan.port.StreamId;
import dk.mikrolan.rules.Refusal;
import dk.mikrolan.usecase.UseCaseResult;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One state-changing request, translated to the entry point and back: the actor from the request's
 * security context; the {@code Idempotency-Key} (required) tied to the actor, with a fingerprint of
 * the method, path and canonical body, its first answer stored with the events and replayed
 * exactly (status, ETag, Location, body); {@code If-Match} (required for decisions and stage
 * changes, 428 without it, 412 when stale); and the entry point's result as a status: refusals of
 * the permission table as 403/404, of the domain as 422 with the stage and every reason, conflicts
 * as 409.
 */
final class Exchange {

  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,120}");
  private static final Pattern VERSION_TAG = Pattern.compile("\"([0-9]{1,18})\"");

  /** What a successful command answers. */
  record Reply(int status, JsonNode body, Optional<Long> version, Optional<URI> location) {}

  private final Mikrolan office;
  private final Actor actor;
  private final String method;
  private final String path;
  private final HttpHeaders headers;
  private final JsonNode body;

  private Exchange(Mikrolan office, Actor actor, String method, String path, HttpHeaders headers, JsonNode body) {
    this.office = office;
    this.actor = actor;
    this.method = method;
    this.path = path;
    this.headers = headers;
    this.body = body;
  }

  static Exchange of(Mikrolan office, SecurityContext security, UriInfo uri, HttpHeaders headers, JsonNode body) {
    Actor actor = Authentication.actor(security);
    return new Exchange(correlated(office, headers), actor, "POST", "/" + Problems.stripSlash(uri.getPath()),
        headers, body);
  }

  /** The entry point for one request: its {@code X-Request-Id}, or a fresh id, goes with what it writes and logs. */
  static Mikrolan correlated(Mikrolan office, HttpHeaders headers) {
    return office.correlated(Optional.ofNullable(headers.getHeaderString("X-Request-Id"))
        .filter(id -> KEY.matcher(id).matches() && !dk.mikrolan.identity.Cpr.mayAppearIn(id))
        .orElseGet(Exchange::newCorrelationId));
  }

  Actor actor() {
    return actor;
  }

  /** A fresh correlation id: a random UUID, drawn again in the rare case its digits line up like a CPR number. */
  static String newCorrelationId() {
    String id;
    do {
      id = "http-" + java.util.UUID.randomUUID();
    } while (dk.mikrolan.identity.Cpr.mayAppearIn(id));
    return id;
  }

  /** Where in the body a field of the core's refusal lies, when the route knows it (a world date). */
  private Map<String, String> pointers = Map.of();

  /**
   * Places the core's reasons about one of its fields at the body's pointer, such as the core's
   * {@code date} of a café meeting at {@code /heldOn}.
   */
  Exchange placing(String coreField, String pointer) {
    this.pointers = Map.of(coreField, pointer);
    return this;
  }

  /** The state in which what the route addresses does not exist yet (a case never referred): a 404. */
  private Optional<String> absent = Optional.empty();

  /**
   * Says which refusal state means the addressed resource does not exist, so that a command on a
   * case never referred or a cohort never planned is a 404 rather than a refusal.
   */
  Exchange absentIn(String state) {
    this.absent = Optional.of(state);
    return this;
  }

  /**
   * Runs a command.
   *
   * @param ifMatch whether {@code If-Match} is required (a decision or a stage change)
   * @param stream the stream whose version is the ETag
   * @param call the command, given the entry point (carrying the expected version) and the key
   * @param reply the answer from what was decided and the streams' new versions
   */
  <T> Response run(boolean ifMatch, StreamId stream,
      java.util.function.BiFunction<Mikrolan, Optional<RequestKey<? super T>>, UseCaseResult<T>> call,
      java.util.function.BiFunction<T, Map<StreamId, Long>, Reply> reply) {
    String key = headers.getHeaderString("Idempotency-Key");
    if (key == null) {
      throw new ProblemException(Problem.Kind.MALFORMED, "A state-changing request needs an Idempotency-Key header.");
    } else if (!KEY.matcher(key).matches() || dk.mikrolan.identity.Cpr.mayAppearIn(key)) {
      throw new ProblemException(Problem.Kind.MALFORMED, "An Idempotency-Key is 1–120 visible ASCII characters and never a CPR number.");
    }
    Optional<Long> expected = ifMatch(ifMatch);
    Mikrolan entry = expected.map(office::expecting).orElse(office);
    RequestKey<T> requestKey = new RequestKey<>(key, fingerprint(), (value, versions) -> stored(reply.apply(value,
        versions)));
    UseCaseResult<T> result = call.apply(entry, Optional.of(requestKey));
    if (result instanceof UseCaseResult.Done<T> done) {
      return response(reply.apply(done.value(), done.versions()));
    } else if (result instanceof UseCaseResult.Repeated<T> repeated) {
      return replay(repeated.storedResult());
    } else if (result instanceof UseCaseResult.KeyReused<T>) {
      throw new ProblemException(Problem.Kind.KEY_REUSED, "This Idempotency-Key was used for another request.");
    } else if (result instanceof UseCaseResult.Conflicted<T>) {
      throw new ProblemException(Problem.Kind.CONFLICT, "Another change came first; fetch the resource and retry.");
    }
    Refusal refusal = ((UseCaseResult.Refused<T>) result).refusal();
    if (absent.isPresent() && absent.get().equals(refusal.state())) {
      throw new ProblemException(Problem.Kind.NOT_FOUND, "There is no such resource.");
    }
    throw refused(new Refusal(refusal.state(), refusal.reasons().map(v -> pointers.containsKey(v.field())
        ? dk.mikrolan.rules.Violation.of(v.code(), pointers.get(v.field()), v.danish(), v.english()) : v)));
  }

  /** {@code Cache-Control} of an answer that holds a full CPR number: never stored, never reused. */
  static jakarta.ws.rs.core.CacheControl noStore() {
    jakarta.ws.rs.core.CacheControl c = new jakarta.ws.rs.core.CacheControl();
    c.setNoStore(true);
    c.setNoCache(true);
    return c;
  }

  /** A query's refusal, or its answer. */
  static <T> T answer(io.vavr.control.Either<Refusal, T> result) {
    if (result.isLeft()) {
      throw refused(result.getLeft());
    }
    return result.get();
  }

  static ProblemException refused(Refusal refusal) {
    return switch (refusal.state()) {
      case "FORBIDDEN" -> new ProblemException(Problem.Kind.FORBIDDEN, "Your role may not do this.");
      case "NOT_FOUND" -> new ProblemException(Problem.Kind.NOT_FOUND, "There is no such resource.");
      case "STALE" -> new ProblemException(new Problem(Problem.Kind.PRECONDITION_FAILED,
          "The resource changed since the version in If-Match.", refusal.reasons().toJavaList(), Optional.empty(),
          Map.of()));
      case "DATE", "PURPOSE" -> new ProblemException(new Problem(Problem.Kind.INVALID, "The request has a problem.",
          refusal.reasons().toJavaList(), Optional.empty(), Map.of()));
      default -> new ProblemException(new Problem(Problem.Kind.REFUSED, "The command was refused in stage "
          + refusal.state() + ".", refusal.reasons().toJavaList(), Optional.of(refusal.state()), Map.of()));
    };
  }

  private Optional<Long> ifMatch(boolean required) {
    String tag = headers.getHeaderString(HttpHeaders.IF_MATCH);
    if (tag == null) {
      if (required) {
        throw new ProblemException(Problem.Kind.PRECONDITION_REQUIRED,
            "This change needs If-Match with the ETag of the version you saw.");
      }
      return Optional.empty();
    }
    var m = VERSION_TAG.matcher(tag.strip());
    if (!m.matches()) {
      throw new ProblemException(Problem.Kind.PRECONDITION_FAILED, "If-Match must be one ETag of this resource.");
    }
    return Optional.of(Long.parseLong(m.group(1)));
  }

  /** A digest of the method, the path and the body with its keys in order: the same request, the same print. */
  private String fingerprint() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
      sha.update(JsonBodies.MAPPER.writeValueAsBytes(canonical(body)));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException | JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode canonical(JsonNode node) {
    if (node instanceof ObjectNode o) {
      TreeMap<String, JsonNode> fields = new TreeMap<>();
      o.properties().forEach(e -> fields.put(e.getKey(), e.getValue()));
      ObjectNode sorted = Views.object();
      fields.forEach((k, v) -> sorted.set(k, canonical(v)));
      return sorted;
    } else if (node instanceof ArrayNode a) {
      ArrayNode copy = a.arrayNode();
      a.forEach(e -> copy.add(canonical(e)));
      return copy;
    }
    return node;
  }

  private static String stored(Reply r) {
    ObjectNode o = Views.object();
    o.put("status", r.status());
    r.version().ifPresent(v -> o.put("version", v));
    r.location().ifPresent(l -> o.put("location", l.toString()));
    o.set("body", r.body());
    try {
      return JsonBodies.MAPPER.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Response replay(String stored) {
    try {
      JsonNode o = JsonBodies.MAPPER.readTree(stored);
      return response(new Reply(o.get("status").asInt(), o.get("body"),
          o.has("version") ? Optional.of(o.get("version").asLong()) : Optional.empty(),
          o.has("location") ? Optional.of(URI.create(o.get("location").asText())) : Optional.empty()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored answer is not JSON", e);
    }
  }

  static Response response(Reply r) {
    Response.ResponseBuilder b = Response.status(r.status()).entity(r.body());
    r.version().ifPresent(v -> b.tag(new EntityTag(Long.toString(v))));
    r.location().ifPresent(b::location);
    return b.build();
  }

  /** A plain answer with the version as its ETag. */
  static Response ok(JsonNode body, long version) {
    return response(new Reply(200, body, Optional.of(version), Optional.empty()));
  }

  /** The 422 of every problem found in a request. */
  static ProblemException invalid(java.util.List<dk.mikrolan.rules.Violation> violations) {
    return new ProblemException(new Problem(Problem.Kind.INVALID, "The request has " + violations.size()
        + (violations.size() == 1 ? " problem." : " problems."), violations, Optional.empty(), Map.of()));
  }

  /**
   * Reads a date from a query parameter (ISO-8601, 2000–2100), or the 422 naming the parameter.
   *
   * @param text the parameter, or null when absent
   * @param name the parameter's name
   * @return the date, empty when absent
   */
  static Optional<LocalDate> queryDate(String text, String name) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      LocalDate d = LocalDate.parse(text);
      if (d.getYear() >= 2000 && d.getYear() <= 2100) {
        return Optional.of(d);
      }
    } catch (java.time.format.DateTimeParseException e) {
      // reported below
    }
    throw invalid(java.util.List.of(Body.at("/" + name, RequestRule.NOT_A_DATE)));
  }

  /** Reads a body, throwing the 422 of every problem found. */
  static <T> T read(JsonNode root, Function<Body, Optional<T>> reader) {
    java.util.List<dk.mikrolan.rules.Violation> violations = new java.util.ArrayList<>();
    Optional<Body> b = Body.of(root, violations);
    Optional<T> value = b.flatMap(reader);
    b.ifPresent(Body::refuseUnknown);
    if (!violations.isEmpty() || value.isEmpty()) {
      throw invalid(violations.isEmpty()
          ? java.util.List.of(Body.at(Body.ROOT, RequestRule.MALFORMED)) : violations);
    }
    return value.get();
  }
}
