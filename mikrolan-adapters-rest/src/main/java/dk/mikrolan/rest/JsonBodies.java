package dk.mikrolan.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * The adapter's own JSON provider, so every runtime reads and writes the same way: a body is read
 * into a tree (decimals exact, duplicate keys refused, at most the route's limit of bytes) and the
 * resources read the tree property by property ({@link Body}); responses are trees the resources
 * build. A body that is not parseable JSON is a 400; one over the limit a 413.
 */
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
final class JsonBodies implements MessageBodyReader<JsonNode>, MessageBodyWriter<JsonNode> {

  static final ObjectMapper MAPPER = JsonMapper.builder(new com.fasterxml.jackson.core.JsonFactory())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .disable(JsonParser.Feature.ALLOW_COMMENTS)
      .build();

  private final long limit;

  JsonBodies(long limit) {
    this.limit = limit;
  }

  @Override
  public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return JsonNode.class.isAssignableFrom(type);
  }

  @Override
  public JsonNode readFrom(Class<JsonNode> type, Type genericType, Annotation[] annotations, MediaType mediaType,
      MultivaluedMap<String, String> headers, InputStream in) throws IOException {
    byte[] bytes = readAtMost(in, limit);
    if (bytes.length == 0) {
      throw new ProblemException(Problem.Kind.MALFORMED, "The request needs a JSON body.");
    }
    try {
      JsonNode node = MAPPER.readTree(bytes);
      if (node == null || node.isMissingNode()) {
        throw new ProblemException(Problem.Kind.MALFORMED, "The request needs a JSON body.");
      }
      return node;
    } catch (JsonProcessingException e) {
      // The parser's location only, never the text it choked on: a body may hold personal data.
      throw new ProblemException(Problem.Kind.MALFORMED, "The body is not parseable JSON (line "
          + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ", column "
          + (e.getLocation() == null ? "?" : e.getLocation().getColumnNr()) + ").");
    }
  }

  static byte[] readAtMost(InputStream in, long limit) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    try {
      for (int n; (n = in.read(buffer)) != -1; ) {
        total += n;
        if (total > limit) {
          drain(in);
          throw new ProblemException(Problem.Kind.TOO_LARGE, "The body is larger than this route's limit of " + limit
              + " bytes.");
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException e) {
      // The body ended before the length its headers promised, or a chunk was broken: the client's
      // request, not the server, is at fault (and if the client went away, no one reads the answer).
      throw new ProblemException(Problem.Kind.MALFORMED, "The body ended before its stated length, or its chunks"
          + " were broken.");
    }
    return out.toByteArray();
  }

  /** The most of a refused body that is read and thrown away, so the connection ends cleanly. */
  static final long DRAIN_LIMIT = 16L << 20;

  /**
   * Reads and discards what is left of a refused body, up to {@link #DRAIN_LIMIT}: a server that
   * answers before the client has sent its body and then closes makes many clients see a reset
   * connection instead of the answer. Beyond the limit the connection is left to the runtime.
   */
  static void drain(InputStream in) {
    byte[] buffer = new byte[8192];
    long read = 0;
    try {
      for (int n; read < DRAIN_LIMIT && (n = in.read(buffer)) != -1; ) {
        read += n;
      }
    } catch (IOException e) {
      // the client went away: nothing left to drain
    }
  }

  @Override
  public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return JsonNode.class.isAssignableFrom(type);
  }

  @Override
  public void writeTo(JsonNode node, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
      MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
    MAPPER.writeValue(new NonClosing(out), node);
  }

  /** Jackson closes what it writes to; the runtime owns the response stream. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
