package dk.mikrolan.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The in-memory event store: atomic batches, idempotency records, the outbox query and the purge. */
class InMemoryEventStoreTest {

  private static final StreamId LETTER_1 = StreamId.of("letter", "751:C1:10");
  private static final StreamId LETTER_2 = StreamId.of("letter", "751:C2:10");
  private static final StreamId LETTER_3 = StreamId.of("letter", "101:C1:10");
  private static final StreamId CASE = StreamId.of("case", "751:C1");

  private final InMemoryEventStore store = new InMemoryEventStore();

  private AppendOutcome append(StreamId stream, long expected, String... events) {
    return store.append(AppendBatch.of("cw-1", "corr", new StreamAppend(stream, expected, List.of(events))));
  }

  private AppendOutcome appendWithKey(StreamId stream, String key, String result) {
    return store.append(new AppendBatch(List.of(new StreamAppend(stream, store.version(stream), List.of("e"))),
        "cw-1", "corr", Optional.of(new IdempotencyRecord(IdempotencyKey.of("cw-1", key, "fp"), result))));
  }

  @Test
  void listsTheStreamsOfATypeAtAVersionInTheOrderOfTheirFirstAppend() {
    append(LETTER_2, 0, "issued");
    append(CASE, 0, "referred");
    append(LETTER_1, 0, "issued");
    append(LETTER_3, 0, "issued");
    append(LETTER_2, 1, "delivered"); // a later event does not move a stream back in the order

    assertThat(store.streamsAtVersion("letter", 1, 10)).containsExactly(LETTER_1, LETTER_3);
    assertThat(store.streamsAtVersion("letter", 2, 10)).containsExactly(LETTER_2);
    assertThat(store.streamsAtVersion("letter", 3, 10)).isEmpty();
    assertThat(store.streamsAtVersion("case", 1, 10)).containsExactly(CASE);
    assertThat(store.streamsAtVersion("loan", 1, 10)).isEmpty();
  }

  @Test
  void listsAtMostTheLimitOldestFirst() {
    append(LETTER_3, 0, "issued");
    append(LETTER_1, 0, "issued");
    append(LETTER_2, 0, "issued");

    assertThat(store.streamsAtVersion("letter", 1, 2)).containsExactly(LETTER_3, LETTER_1);
    assertThat(store.streamsAtVersion("letter", 1, 1)).containsExactly(LETTER_3);
  }

  @Test
  void listsEveryStreamOfATypeInTheOrderOfItsFirstAppend() {
    append(LETTER_2, 0, "issued");
    append(CASE, 0, "referred");
    append(LETTER_1, 0, "issued");
    append(LETTER_2, 1, "delivered");
    store.load(LETTER_3, String.class); // only looked at: never written

    assertThat(store.streams("letter")).containsExactly(LETTER_2, LETTER_1);
    assertThat(store.streams("case")).containsExactly(CASE);
    assertThat(store.streams("loan")).isEmpty();
  }

  @Test
  void refusesAVersionOrALimitBelowOne() {
    assertThatThrownBy(() -> store.streamsAtVersion("letter", 0, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.streamsAtVersion("letter", 1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.streamsAtVersion("letter", -1, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aStreamOnlyLoadedOrAskedAboutIsNotListed() {
    store.load(LETTER_1, String.class);
    store.version(LETTER_2);
    append(LETTER_3, 0, "issued");

    assertThat(store.streamsAtVersion("letter", 1, 10)).containsExactly(LETTER_3);
  }

  @Test
  void writesABatchWhollyOrNotAtAll() {
    append(CASE, 0, "referred");

    AppendOutcome outcome = store.append(AppendBatch.of("cw-1", "corr",
        new StreamAppend(LETTER_1, 0, List.of("issued")), new StreamAppend(CASE, 0, List.of("approved"))));

    assertThat(outcome).isEqualTo(new AppendOutcome.Conflict(CASE, 0, 1));
    assertThat(store.version(LETTER_1)).isZero();
    assertThat(store.load(CASE, String.class)).containsExactly("referred");
  }

  @Test
  void answersAKeyWithItsResultOrAsReusedAndWritesNothingForIt() {
    assertThat(appendWithKey(CASE, "k-1", "created")).isEqualTo(new AppendOutcome.Appended(java.util.Map.of(CASE, 1L)));

    assertThat(store.seen(IdempotencyKey.of("cw-1", "k-1", "fp"))).contains(new AppendOutcome.Repeated("created"));
    assertThat(store.seen(IdempotencyKey.of("cw-1", "k-1", "another"))).contains(new AppendOutcome.KeyReused("cw-1", "k-1"));
    assertThat(store.seen(IdempotencyKey.of("cw-2", "k-1", "fp"))).isEmpty();
    assertThat(appendWithKey(CASE, "k-1", "created again")).isEqualTo(new AppendOutcome.Repeated("created"));
    assertThat(store.version(CASE)).isEqualTo(1);
  }

  @Test
  void refusesToLoadAStreamAsAnotherType() {
    append(CASE, 0, "referred");

    assertThatThrownBy(() -> store.load(CASE, Integer.class)).isInstanceOf(ClassCastException.class);
  }

  @Test
  void purgesTheRecordsWrittenBeforeTheCutOffWhenItHasAClock() {
    TestClock clock = TestClock.at("2026-06-01T08:00:00Z");
    InMemoryEventStore dated = InMemoryEventStore.withClock(clock);
    dated.append(new AppendBatch(List.of(new StreamAppend(CASE, 0, List.of("e"))), "cw-1", "corr",
        Optional.of(new IdempotencyRecord(IdempotencyKey.of("cw-1", "old", "fp"), "r-old"))));
    clock.advance(Duration.ofHours(1));
    dated.append(new AppendBatch(List.of(new StreamAppend(CASE, 1, List.of("e"))), "cw-1", "corr",
        Optional.of(new IdempotencyRecord(IdempotencyKey.of("cw-1", "new", "fp"), "r-new"))));

    // A record written exactly at the cut-off is not written before it.
    assertThat(dated.purgeIdempotency(Instant.parse("2026-06-01T08:00:00Z"))).isZero();
    assertThat(dated.purgeIdempotency(Instant.parse("2026-06-01T08:00:00.001Z"))).isEqualTo(1);
    assertThat(dated.seen(IdempotencyKey.of("cw-1", "old", "fp"))).isEmpty();
    assertThat(dated.seen(IdempotencyKey.of("cw-1", "new", "fp"))).contains(new AppendOutcome.Repeated("r-new"));
    assertThat(dated.purgeIdempotency(Instant.parse("2026-06-01T08:00:00.001Z"))).isZero();
    assertThat(dated.purgeIdempotency(Instant.parse("2026-07-01T00:00:00Z"))).isEqualTo(1);
    assertThat(dated.version(CASE)).as("purging keys never touches events").isEqualTo(2);
  }

  @Test
  void keepsEveryRecordWithoutAClock() {
    appendWithKey(CASE, "k-1", "created");

    assertThat(store.purgeIdempotency(Instant.parse("2999-01-01T00:00:00Z"))).isZero();
    assertThat(store.seen(IdempotencyKey.of("cw-1", "k-1", "fp"))).contains(new AppendOutcome.Repeated("created"));
  }

  @Test
  void refusesANullClock() {
    assertThatThrownBy(() -> InMemoryEventStore.withClock(null)).isInstanceOf(NullPointerException.class);
  }
}
