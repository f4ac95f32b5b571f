package dk.mikrolan.examples.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mikrolan.identity.CaseRef;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A generated corpus of hostile requests against the reference server's jar: every operation its
 * {@code openapi.json} lists, each with hostile path parameters (path traversal, SQL-looking,
 * control and other Unicode characters, numeric overflow, very long), hostile query strings and
 * headers (a wrong or abused token, Accept, Content-Type, Idempotency-Key, If-Match, a long
 * X-Request-Id), and for commands hostile bodies built from the operation's own schema (each field
 * of the wrong type, overflowing, SQL-looking, full of control characters, huge, nested deep),
 * beside bodies that are not JSON at all. Every answer must be below 500, every error an {@code
 * application/problem+json} without a stack trace, a class name or SQL. A few requests malformed
 * at the level of HTTP itself go over a raw socket; those must not get a 5xx either (the HTTP
 * server may answer them itself or close the connection). Afterwards the server is healthy and
 * still answers a good request. One line of figures is printed.
 */
class BadInputIT extends HostileTest {

  private static final int AT_LEAST = 1_000;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LEAK = Pattern.compile(
      "(?i)exception|\\bat (dk|org|java|jakarta|com)\\.|org\\.postgresql|\\bSQL\\b|syntax error|stack ?trace");
  private static final List<String> HOSTILE_SEGMENTS = List.of("..%2F..%2Fetc%2Fpasswd", "%2e%2e", "'%20OR%20'1'%3D'1",
      "1%3B%20DROP%20TABLE%20mikrolan_events", "%00", "%0d%0aX-Injected%3A%201", "%F0%9F%98%80", "%E2%80%AE",
      "-1", "99999999999999999999999", "a".repeat(3000), "%25", "%C0%AE%C0%AE");
  private static final List<String> HOSTILE_VALUES = List.of("' OR 1=1 --", "'; DROP TABLE mikrolan_events; --",
      "\u0000\u0001\u001b[31m", "\u202e\u200b\ufeff", "😀".repeat(50), "x".repeat(100_000), "../../etc/passwd",
      "${jndi:ldap://127.0.0.1/x}", "<script>alert(1)</script>");
  private static final List<String> HOSTILE_NUMBERS = List.of("1e400", "-1e400", "99999999999999999999999999999",
      "-0", "0.000000000000000000001", "NaN");

  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  /** One request of the corpus. */
  private record Probe(String name, String method, String path, Map<String, String> headers, byte[] body) {}

  @Test
  void aThousandHostileRequestsGetNoServerErrorAndEveryErrorIsAProblem() throws Exception {
    List<CaseRef> loans = rig.seed();
    List<String> output = Collections.synchronizedList(new ArrayList<>());
    try (ServerProcess server = ServerProcess.start(rig.environment(rig.directUrl()), output)) {
      JsonNode api = JSON.readTree(rig.get(server.base(), "/api/v1/openapi.json").body());
      List<Probe> corpus = corpus(api, loans.get(0));
      assertThat(corpus).hasSizeGreaterThanOrEqualTo(AT_LEAST);
      Map<Integer, Integer> statuses = new TreeMap<>();
      List<String> faults = new ArrayList<>();
      Map<Long, String> slowest = new TreeMap<>(java.util.Comparator.reverseOrder());
      for (Probe p : corpus) {
        HttpResponse<String> r;
        long t0 = System.nanoTime();
        try {
          r = client.send(request(server, p), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
          faults.add(p.name() + ": no answer (" + e.getClass().getSimpleName() + ")");
          continue;
        } finally {
          slowest.put(System.nanoTime() - t0, p.name());
          while (slowest.size() > 3) {
            slowest.remove(((TreeMap<Long, String>) slowest).lastKey());
          }
        }
        statuses.merge(r.statusCode(), 1, Integer::sum);
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (r.statusCode() >= 500) {
          faults.add(p.name() + ": " + r.statusCode() + " " + r.body());
        } else if (r.statusCode() >= 400 && !type.startsWith("application/problem+json")) {
          faults.add(p.name() + ": " + r.statusCode() + " as " + type);
        } else if (r.statusCode() >= 400 && LEAK.matcher(r.body()).find()) {
          faults.add(p.name() + ": " + r.statusCode() + " leaks " + r.body());
        }
      }
      long rawStart = System.nanoTime();
      Map<String, String> raw = raw(server);
      long rawMs = (System.nanoTime() - rawStart) / 1_000_000;
      for (Map.Entry<String, String> r : raw.entrySet()) {
        if (r.getValue().startsWith("HTTP/1.1 5")) {
          faults.add("raw " + r.getKey() + ": " + r.getValue());
        }
      }
      HttpResponse<String> health = rig.get(server.base(), "/health");
      HttpResponse<String> good = rig.get(server.base(), HostileRig.loanPath(loans.get(0)));
      System.out.printf("bad input: %d generated requests over %d operations, %d malformed at the HTTP level (%d ms;"
              + " answered %s); statuses %s; slowest %s; 5xx %d, errors not a problem %d, leaks %d; healthy after:"
              + " %s%n", corpus.size(), operations(api), raw.size(), rawMs, raw.values(), statuses,
          slowest.entrySet().stream().map(e -> e.getValue() + " " + e.getKey() / 1_000_000 + " ms").toList(),
          faults.stream().filter(f -> f.contains(": 5")).count(),
          faults.stream().filter(f -> f.contains(" as ")).count(),
          faults.stream().filter(f -> f.contains(" leaks ")).count(), health.statusCode() == 200);
      assertThat(faults).as("5xx, errors that are not problems, leaks, no answer").isEmpty();
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(good.statusCode()).as(good.body()).isEqualTo(200);
    }
    // Once the server has stopped, so that every line it printed is searched.
    System.out.printf("bad input: no CPR number or token in %d log lines, file names and table cells%n",
        rig.assertNoSecrets(output));
  }

  private HttpRequest request(ServerProcess server, Probe p) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.base() + p.path())).timeout(HostileRig.CLIENT_TIMEOUT);
    p.headers().forEach(b::header);
    return b.method(p.method(), p.body() == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofByteArray(p.body())).build();
  }

  private static int operations(JsonNode api) {
    int n = 0;
    for (Iterator<JsonNode> it = api.path("paths").elements(); it.hasNext(); ) {
      JsonNode item = it.next();
      n += item.has("get") ? 1 : 0;
      n += item.has("post") ? 1 : 0;
    }
    return n;
  }

  /** Every operation, with hostile parameters, queries, headers and bodies. */
  private List<Probe> corpus(JsonNode api, CaseRef loan) {
    Map<String, String> good = Map.of("municipality", "751", "caseId", loan.caseId().value(), "period", "2026",
        "participantId", "P-1", "cohortId", "H2025-1", "number", "1");
    List<Probe> corpus = new ArrayList<>();
    int key = 0;
    for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").properties().iterator(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = paths.next();
      String template = entry.getKey();
      for (String method : List.of("get", "post")) {
        JsonNode op = entry.getValue().get(method);
        if (op == null) {
          continue;
        }
        String verb = method.toUpperCase(java.util.Locale.ROOT);
        String path = fill(template, good, null, null);
        String name = verb + " " + template;
        // Hostile path parameters, one parameter at a time.
        Matcher params = Pattern.compile("\\{(\\w+)\\}").matcher(template);
        while (params.find()) {
          for (String segment : HOSTILE_SEGMENTS) {
            corpus.add(new Probe(name + " with " + params.group(1) + "=" + abbreviate(segment), verb,
                fill(template, good, params.group(1), segment), headers(verb, "k" + key++), verb.equals("POST")
                    ? "{}".getBytes(StandardCharsets.UTF_8) : null));
          }
        }
        // Hostile query strings and headers.
        for (String value : HOSTILE_VALUES) {
          String q = URLEncoder.encode(value.length() > 2000 ? value.substring(0, 2000) : value, StandardCharsets.UTF_8);
          corpus.add(new Probe(name + " with a query of " + abbreviate(value), verb, path + "?municipality=" + q
              + "&after=" + q + "&limit=" + q + "&asOf=" + q, headers(verb, "k" + key++), verb.equals("POST")
                  ? "{}".getBytes(StandardCharsets.UTF_8) : null));
        }
        for (Map.Entry<String, String> h : abusedHeaders().entrySet()) {
          Map<String, String> headers = new java.util.HashMap<>(headers(verb, "k" + key++));
          headers.put(h.getKey(), h.getValue());
          corpus.add(new Probe(name + " with " + h.getKey() + " abused", verb, path, headers,
              verb.equals("POST") ? "{}".getBytes(StandardCharsets.UTF_8) : null));
        }
        if (!verb.equals("POST")) {
          continue;
        }
        // Hostile bodies: not JSON, and the operation's own fields each made hostile.
        for (String body : List.of("", "{", "{}}", "null", "[]", "42", "\"x\"", "{\"a\":1,\"a\":2}", "[".repeat(20_000),
            "{\"x\":" + "{\"x\":".repeat(5_000) + "1" + "}".repeat(5_001), "{\"x\": \"" + "y".repeat(2_000_000) + "\"}")) {
          corpus.add(new Probe(name + " with a body of " + abbreviate(body), verb, path, headers(verb, "k" + key++),
              body.getBytes(StandardCharsets.UTF_8)));
        }
        corpus.add(new Probe(name + " with bytes that are not UTF-8", verb, path, headers(verb, "k" + key++),
            new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'}));
        for (String field : fields(api, op)) {
          List<String> values = new ArrayList<>();
          HOSTILE_VALUES.forEach(v -> values.add(JSON.valueToTree(v).toString()));
          values.addAll(HOSTILE_NUMBERS);
          values.addAll(List.of("true", "null", "[]", "{}", "{\"amount\": \"1e400\", \"currency\": \"DKK\"}",
              "{\"amount\": \"-1.00\", \"currency\": \"XXX\"}", "[" + "1,".repeat(10_000) + "1]"));
          for (String value : values) {
            corpus.add(new Probe(name + " with " + field + "=" + abbreviate(value), verb, path,
                headers(verb, "k" + key++), ("{\"" + field + "\": " + value + "}").getBytes(StandardCharsets.UTF_8)));
          }
        }
      }
    }
    return corpus;
  }

  /** The top-level property names of an operation's request body. */
  private static List<String> fields(JsonNode api, JsonNode op) {
    JsonNode schema = op.path("requestBody").path("content").path("application/json").path("schema");
    String ref = schema.path("$ref").asText("");
    if (ref.startsWith("#/components/schemas/")) {
      schema = api.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
    }
    List<String> fields = new ArrayList<>();
    schema.path("properties").fieldNames().forEachRemaining(fields::add);
    return fields;
  }

  private Map<String, String> headers(String verb, String key) {
    Map<String, String> h = new java.util.HashMap<>();
    h.put("Authorization", "Bearer " + rig.finance);
    if (verb.equals("POST")) {
      h.put("Content-Type", "application/json");
      h.put("Idempotency-Key", "bad-input-" + key);
    }
    return h;
  }

  private Map<String, String> abusedHeaders() {
    Map<String, String> h = new java.util.LinkedHashMap<>();
    h.put("Authorization", "Bearer " + rig.finance + "x");
    h.put("Accept", "application/xml");
    h.put("Content-Type", "application/json; charset=ebcdic");
    h.put("Idempotency-Key", "k".repeat(500));
    h.put("If-Match", "\"" + "9".repeat(40) + "\"");
    h.put("X-Request-Id", "r".repeat(8_000));
    return h;
  }

  private static String fill(String template, Map<String, String> good, String hostileParam, String hostile) {
    Matcher m = Pattern.compile("\\{(\\w+)\\}").matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1).equals(hostileParam) ? hostile
          : good.getOrDefault(m.group(1), "x")));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String abbreviate(String s) {
    String shown = s.length() > 24 ? s.substring(0, 24) + "…(" + s.length() + ")" : s;
    return shown.replaceAll("\\p{Cntrl}", "?");
  }

  /** Requests malformed at the level of HTTP, over a raw socket; the first line of each answer. */
  private Map<String, String> raw(ServerProcess server) throws IOException {
    String auth = "Authorization: Bearer " + rig.finance + "\r\n";
    Map<String, String> requests = new java.util.LinkedHashMap<>();
    requests.put("a header with a bare CR LF inside", "GET /health HTTP/1.1\r\nHost: x\r\nX-A: a\rb\r\n\r\n");
    requests.put("a request line with spaces", "GET /api/v1/cases/751 /x HTTP/1.1\r\nHost: x\r\n\r\n");
    requests.put("a 64 KB header", "GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(65_536) + "\r\n\r\n");
    requests.put("a Content-Length larger than the body", "POST /api/v1/schedule-previews HTTP/1.1\r\nHost: x\r\n" + auth
        + "Content-Type: application/json\r\nContent-Length: 99999\r\nConnection: close\r\n\r\n{}");
    requests.put("a negative Content-Length", "POST /api/v1/schedule-previews HTTP/1.1\r\nHost: x\r\n" + auth
        + "Content-Type: application/json\r\nContent-Length: -5\r\n\r\n{}");
    requests.put("an unknown method", "BREW /api/v1/cases HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n");
    requests.put("HTTP/0.9", "GET /health\r\n\r\n");
    requests.put("a path that is not a path", "GET ../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n");
    requests.put("a raw NUL in the path", "GET /api/v1/cases\u0000 HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n");
    requests.put("a chunk size that overflows", "POST /api/v1/schedule-previews HTTP/1.1\r\nHost: x\r\n" + auth
        + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFFF\r\n{}\r\n0\r\n\r\n");
    Map<String, String> answers = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, String> r : requests.entrySet()) {
      answers.put(r.getKey(), send(server.port(), r.getValue().getBytes(StandardCharsets.ISO_8859_1)));
    }
    return answers;
  }

  /** Sends raw bytes and reads the answer's first line, or says the connection ended without one. */
  private static String send(int port, byte[] request) throws IOException {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
      s.setSoTimeout((int) HostileRig.CLIENT_TIMEOUT.toMillis());
      OutputStream out = s.getOutputStream();
      try {
        out.write(request);
        out.flush();
        s.shutdownOutput();
      } catch (IOException e) {
        return "closed while sending";
      }
      InputStream in = s.getInputStream();
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      try {
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
          line.write(b);
        }
      } catch (java.net.SocketTimeoutException e) {
        throw new AssertionError("no answer within the client's timeout and the connection kept open", e);
      } catch (IOException e) {
        return "reset";
      }
      return line.size() == 0 ? "closed without an answer" : line.toString(StandardCharsets.ISO_8859_1).strip();
    }
  }
}
