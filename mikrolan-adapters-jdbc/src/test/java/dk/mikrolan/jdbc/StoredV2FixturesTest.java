package dk.mikrolan.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stored payloads of schema version 2 keep reading and writing as they were stored: {@code
 * fixtures/events-v2.jsonl} holds one payload of every type whose current version is 2, and is never
 * edited. When such a type moves to version 3, its line still decodes through the upcaster, and the
 * write check below moves to a version-3 fixture.
 */
class StoredV2FixturesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JacksonEventCodec codec = new JacksonEventCodec(new ReversingCprProtector());

  private static List<JsonNode> storedLines() throws IOException {
    return StoredV1FixturesTest.lines(List.of("/fixtures/events-v2.jsonl"));
  }

  @Test
  void holdsOneVersionTwoLineOfEveryTypeAtVersionTwo() throws IOException {
    assertThat(storedLines()).extracting(l -> l.get("type").asText())
        .containsExactlyElementsOf(EventTypes.ALL.stream().filter(t -> t.currentVersion() == 2).map(EventType::name)
            .toList());
    assertThat(storedLines()).extracting(l -> l.get("schemaVersion").asInt()).containsOnly(2);
  }

  @Test
  void decodesEveryStoredLineToTheExpectedEvent() throws IOException {
    List<JsonNode> lines = storedLines();
    List<Object> expected = EventExamples.oneOfEachAtVersionTwo();

    assertThat(lines).hasSameSizeAs(expected);
    for (int i = 0; i < lines.size(); i++) {
      JsonNode line = lines.get(i);
      assertThat(codec.decode(line.get("type").asText(), line.get("schemaVersion").asInt(),
          line.get("payload").toString())).as(line.get("type").asText()).isEqualTo(expected.get(i));
    }
  }

  /** Guards against changing a version-2 format without a version 3. */
  @Test
  void writesTypesAtVersionTwoExactlyAsStored() throws IOException {
    List<JsonNode> lines = storedLines();
    List<Object> expected = EventExamples.oneOfEachAtVersionTwo();

    for (int i = 0; i < lines.size(); i++) {
      EventCodec.Encoded encoded = codec.encode(expected.get(i));
      if (encoded.schemaVersion() == 2) {
        assertThat(JSON.readTree(encoded.json())).as(encoded.type()).isEqualTo(lines.get(i).get("payload"));
      }
    }
  }
}
