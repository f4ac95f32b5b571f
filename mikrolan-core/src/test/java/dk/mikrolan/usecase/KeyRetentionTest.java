package dk.mikrolan.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.mikrolan.port.AppendBatch;
import dk.mikrolan.port.IdempotencyKey;
import dk.mikrolan.port.IdempotencyRecord;
import dk.mikrolan.port.InMemoryEventStore;
import dk.mikrolan.port.StreamAppend;
import dk.mikrolan.port.StreamId;
import dk.mikrolan.port.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyRetentionTest {

  @Test
  void keepsKeysThirtyDaysByDefault() {
    assertThat(KeyRetention.DEFAULT.keep()).isEqualTo(Duration.ofDays(30));
    assertThat(KeyRetention.days(30)).isEqualTo(KeyRetention.DEFAULT);
  }

  @Test
  void keepsKeysAtLeastAnHour() {
    assertThat(new KeyRetention(Duration.ofHours(1)).keep()).isEqualTo(Duration.ofHours(1));
    assertThatThrownBy(() -> new KeyRetention(Duration.ofMinutes(59))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KeyRetention.days(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KeyRetention.days(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new KeyRetention(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void purgesTheKeysOlderThanItKeeps() {
    TestClock clock = TestClock.at("2026-06-01T08:00:00Z");
    InMemoryEventStore store = InMemoryEventStore.withClock(clock);
    StreamId stream = StreamId.of("tally", "A");
    store.append(new AppendBatch(List.of(new StreamAppend(stream, 0, List.of("e"))), "cw-1", "corr",
        Optional.of(new IdempotencyRecord(IdempotencyKey.of("cw-1", "k-1", "fp"), "done"))));

    clock.advance(Duration.ofDays(7));
    assertThat(KeyRetention.days(7).purge(store, clock)).as("exactly seven days old").isZero();
    clock.advance(Duration.ofSeconds(1));
    assertThat(KeyRetention.days(30).purge(store, clock)).isZero();
    assertThat(KeyRetention.days(7).purge(store, clock)).isEqualTo(1);
    assertThat(store.seen(IdempotencyKey.of("cw-1", "k-1", "fp"))).isEmpty();
  }
}
