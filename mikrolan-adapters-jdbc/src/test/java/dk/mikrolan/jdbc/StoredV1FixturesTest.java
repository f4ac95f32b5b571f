package dk.mikrolan.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mikrolan.programme.CaseEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stored payloads keep reading: {@code fixtures/events-v1.jsonl} holds one payload of every event
 * type as schema version 1 wrote it, and is never edited. When a type moves to version 2, its
 * line still decodes (through the upcaster) to the expected event.
 */
class StoredV1FixturesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JacksonEventCodec codec = new JacksonEventCodec(new ReversingCprProtector());

  /**
   * The frozen fixtures, in the order their types were added: events-v1.jsonl was written by
   * version 0.1, events-0.2.jsonl holds the types 0.2 added, events-0.3.jsonl those 0.3 added. None
   * is ever rewritten.
   */
  private static final List<String> FIXTURES =
      List.of("/fixtures/events-v1.jsonl", "/fixtures/events-0.2.jsonl", "/fixtures/events-0.3.jsonl");

  private static List<JsonNode> storedLines() throws IOException {
    return lines(FIXTURES);
  }

  /** Reads the lines of fixtures, in order. */
  static List<JsonNode> lines(List<String> fixtures) throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    for (String fixture : fixtures) {
      try (InputStream in = StoredV1FixturesTest.class.getResourceAsStream(fixture)) {
        assertThat(in).as(fixture).isNotNull();
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          if (!line.isBlank()) {
            lines.add(JSON.readTree(line));
          }
        }
      }
    }
    return lines;
  }

  private Object decode(JsonNode line) {
    return codec.decode(line.get("type").asText(), line.get("schemaVersion").asInt(), line.get("payload").toString());
  }

  @Test
  void holdsOneVersionOneLineOfEveryEventType() throws IOException {
    List<JsonNode> lines = storedLines();

    assertThat(lines).extracting(l -> l.get("type").asText())
        .containsExactlyElementsOf(EventTypes.ALL.stream().map(EventType::name).toList());
    assertThat(lines).extracting(l -> l.get("schemaVersion").asInt()).containsOnly(1);
  }

  @Test
  void decodesEveryStoredLineToTheExpectedEvent() throws IOException {
    List<JsonNode> lines = storedLines();
    List<Object> expected = EventExamples.oneOfEach();

    for (int i = 0; i < lines.size(); i++) {
      assertThat(decode(lines.get(i))).as(lines.get(i).get("type").asText()).isEqualTo(expected.get(i));
    }
  }

  @Test
  void decodesTheStoredReferralsCprTokenToTheNumber() throws IOException {
    JsonNode referral = storedLines().stream()
        .filter(l -> l.get("type").asText().equals("case.Referred")).findFirst().orElseThrow();

    assertThat(referral.toString()).doesNotContain("150390-4000");
    assertThat(((CaseEvent.Referred) decode(referral)).participant().cpr()).isEqualTo(EventExamples.CPR);
  }

  /**
   * Guards against changing the format without a new schema version: while a type is at version 1,
   * the codec must write exactly what the fixture stored.
   */
  @Test
  void writesTypesStillAtVersionOneExactlyAsStored() throws IOException {
    List<JsonNode> lines = storedLines();
    List<Object> expected = EventExamples.oneOfEach();

    for (int i = 0; i < lines.size(); i++) {
      EventCodec.Encoded encoded = codec.encode(expected.get(i));
      if (encoded.schemaVersion() == 1) {
        assertThat(JSON.readTree(encoded.json())).as(encoded.type()).isEqualTo(lines.get(i).get("payload"));
      }
    }
  }
}
