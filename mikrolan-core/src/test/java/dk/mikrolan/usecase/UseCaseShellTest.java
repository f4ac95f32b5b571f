package dk.mikrolan.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.mikrolan.port.AppendBatch;
import dk.mikrolan.port.AppendOutcome;
import dk.mikrolan.port.EventStore;
import dk.mikrolan.port.IdempotencyKey;
import dk.mikrolan.port.InMemoryEventStore;
import dk.mikrolan.port.RecordingEventStore;
import dk.mikrolan.port.StreamAppend;
import dk.mikrolan.port.StreamId;
import dk.mikrolan.port.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shell on a tiny aggregate ({@link Tally}), so that what is tested is the shell: refusals,
 * conflicts decided again or reported, idempotency keys and their retention.
 */
class UseCaseShellTest {

  private static final Caller CALLER = Caller.of("cw-1", "corr-1");
  private static final StreamId A = Tally.stream("A");
  private static final StreamId B = Tally.stream("B");

  private final RecordingEventStore store = RecordingEventStore.inMemory();
  private final UseCaseShell shell = UseCaseShell.over(store);

  /** Writes a tally's first events directly, as another writer (or a test's setup) would. */
  private static void seed(EventStore target, StreamId stream, Tally.Event... events) {
    long version = target.version(stream);
    AppendOutcome outcome = target.append(AppendBatch.of("other", "seed", new StreamAppend(stream, version, List.of(events))));
    assertThat(outcome).isInstanceOf(AppendOutcome.Appended.class);
  }

  private static Idempotent<Integer> key(String key, String fingerprint) {
    return Idempotent.of(IdempotencyKey.of("cw-1", key, fingerprint),
        (total, versions) -> "Optalt: " + total + " enheder; tally/A står på version " + versions.get(A));
  }

  @Test
  void writesEveryStreamOfADecisionInOneAppend() {
    seed(store, A, new Tally.Added(5));

    UseCaseResult<Integer> result = shell.run(Tally.move("A", "B", 2), CALLER);

    assertThat(result).isEqualTo(new UseCaseResult.Done<>(3, Map.of(A, 2L, B, 1L)));
    assertThat(store.load(A, Tally.Event.class)).containsExactly(new Tally.Added(5), new Tally.Taken(2));
    assertThat(store.load(B, Tally.Event.class)).containsExactly(new Tally.Added(2));
  }

  @Test
  void aRefusalWritesNothingAndGivesTheReasons() {
    seed(store, A, new Tally.Added(1));
    int appendsBefore = store.appended();

    UseCaseResult<Integer> result = shell.run(Tally.move("A", "B", 2), CALLER);

    assertThat(result).isInstanceOfSatisfying(UseCaseResult.Refused.class,
        r -> assertThat(r.refusal().hasReason("TOO_FEW")).isTrue());
    assertThat(store.versions()).isEqualTo(Map.of(A, 1L, B, 0L));
    assertThat(store.appended()).isEqualTo(appendsBefore);
  }

  @ParameterizedTest(name = "{0} conflict(s)")
  @ValueSource(ints = {1, 2})
  void aFactIsDecidedAgainOnTheNewerStateAfterAConflict(int conflicts) {
    seed(store, A, new Tally.Added(1));
    store.beforeNextAppends(conflicts, other -> seed(other, A, new Tally.Added(10)));

    UseCaseResult<Integer> result = shell.run(Tally.add("A", 2), CALLER);

    // Decided on the tally as the other writer left it: 1 + 10 per conflict + 2.
    assertThat(result).isEqualTo(new UseCaseResult.Done<>(1 + 10 * conflicts + 2, Map.of(A, 2L + conflicts)));
    assertThat(store.loads()).isEqualTo(1 + conflicts);
    assertThat(store.load(A, Tally.Event.class)).endsWith(new Tally.Added(2)).hasSize(2 + conflicts);
  }

  @Test
  void aFactThatKeepsLosingTheRaceIsReportedAfterMaxAttempts() {
    seed(store, A, new Tally.Added(1));
    store.beforeNextAppends(3, other -> seed(other, A, new Tally.Added(10)));

    UseCaseResult<Integer> result = shell.run(Tally.add("A", 2), CALLER);

    // The third attempt read the stream at version 3, and the other writer made it 4.
    assertThat(result).isEqualTo(new UseCaseResult.Conflicted<>(A, 3, 4));
    assertThat(store.loads()).isEqualTo(3);
    assertThat(store.appended()).isEqualTo(1); // the seed only
    assertThat(store.load(A, Tally.Event.class)).doesNotContain(new Tally.Added(2));
  }

  @Test
  void aShellOfOneAttemptReportsAFactsFirstConflict() {
    seed(store, A, new Tally.Added(1));
    store.beforeNextAppends(1, other -> seed(other, A, new Tally.Added(10)));

    UseCaseResult<Integer> result = shell.withMaxAttempts(1).run(Tally.add("A", 2), CALLER);

    assertThat(result).isEqualTo(new UseCaseResult.Conflicted<>(A, 1, 2));
    assertThat(store.loads()).isEqualTo(1);
  }

  @Test
  void aDecisionsConflictIsReportedAtOnceWithoutDecidingAgain() {
    seed(store, A, new Tally.Added(5));
    store.beforeNextAppends(1, other -> seed(other, A, new Tally.Taken(4)));

    UseCaseResult<Integer> result = shell.run(Tally.take("A", 3), CALLER);

    assertThat(result).isEqualTo(new UseCaseResult.Conflicted<>(A, 1, 2));
    assertThat(store.loads()).isEqualTo(1);
    assertThat(store.load(A, Tally.Event.class)).containsExactly(new Tally.Added(5), new Tally.Taken(4));
  }

  @Test
  void aRetriedKeyGetsTheStoredResultByteForByteAndWritesOnce() {
    Idempotent<Integer> idem = key("k-1", "POST /tally/A {add: 2}");
    UseCaseResult<Integer> first = shell.run(Tally.add("A", 2), CALLER, Optional.of(idem));
    assertThat(first).isEqualTo(new UseCaseResult.Done<>(2, Map.of(A, 1L)));
    int loads = store.loads();
    byte[] expected = "Optalt: 2 enheder; tally/A står på version 1".getBytes(StandardCharsets.UTF_8);

    for (int retry = 0; retry < 5; retry++) {
      UseCaseResult<Integer> again = shell.run(Tally.add("A", 2), CALLER, Optional.of(idem));
      assertThat(again).isInstanceOfSatisfying(UseCaseResult.Repeated.class,
          r -> assertThat(r.storedResult().getBytes(StandardCharsets.UTF_8)).isEqualTo(expected));
    }

    assertThat(store.loads()).as("the retries decide nothing, so load nothing").isEqualTo(loads);
    assertThat(store.load(A, Tally.Event.class)).containsExactly(new Tally.Added(2));
  }

  @Test
  void aKeyUsedForAnotherRequestIsRefusedAndWritesNothing() {
    shell.run(Tally.add("A", 2), CALLER, Optional.of(key("k-1", "POST /tally/A {add: 2}")));
    int loads = store.loads();

    UseCaseResult<Integer> reused = shell.run(Tally.add("A", 3), CALLER, Optional.of(key("k-1", "POST /tally/A {add: 3}")));

    assertThat(reused).isEqualTo(new UseCaseResult.KeyReused<>("cw-1", "k-1"));
    assertThat(store.loads()).isEqualTo(loads);
    assertThat(store.versions()).isEqualTo(Map.of(A, 1L));
  }

  @Test
  void keysBelongToTheirClient() {
    shell.run(Tally.add("A", 2), CALLER, Optional.of(key("k-1", "POST /tally/A {add: 2}")));
    Idempotent<Integer> otherClient = Idempotent.of(IdempotencyKey.of("cw-2", "k-1", "POST /tally/A {add: 2}"),
        (total, versions) -> "total " + total);

    UseCaseResult<Integer> result = shell.run(Tally.add("A", 2), Caller.of("cw-2", "corr-2"), Optional.of(otherClient));

    assertThat(result).isEqualTo(new UseCaseResult.Done<>(4, Map.of(A, 2L)));
  }

  @Test
  void refusesAKeyOfAnotherClientThanTheActingUserAndWritesNothing() {
    shell.run(Tally.add("A", 2), CALLER, Optional.of(key("k-1", "POST /tally/A {add: 2}")));
    Map<StreamId, Long> before = store.versions();

    // cw-2 replays cw-1's key and request: it must neither get cw-1's answer nor write.
    assertThatThrownBy(() -> shell.run(Tally.add("A", 2), Caller.of("cw-2", "corr-2"),
        Optional.of(key("k-1", "POST /tally/A {add: 2}"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("acting user");
    assertThat(store.versions()).isEqualTo(before);
  }

  @Test
  void aCallerIsNeverACprNumber() {
    assertThatThrownBy(() -> Caller.of("0101901234", "c")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("0101901234");
    assertThatThrownBy(() -> Caller.of(" ", "c")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRefusalStoresNoKeySoARetryDecidesAgainOnceTheStateAllowsIt() {
    seed(store, A, new Tally.Added(2));
    Idempotent<Integer> idem = key("k-take", "POST /tally/A {take: 5}");

    assertThat(shell.run(Tally.take("A", 5), CALLER, Optional.of(idem))).isInstanceOf(UseCaseResult.Refused.class);
    assertThat(store.seen(idem.key())).isEmpty();
    seed(store, A, new Tally.Added(3));

    assertThat(shell.run(Tally.take("A", 5), CALLER, Optional.of(idem)))
        .isEqualTo(new UseCaseResult.Done<>(0, Map.of(A, 3L)));
    assertThat(shell.run(Tally.take("A", 5), CALLER, Optional.of(idem)))
        .isEqualTo(new UseCaseResult.Repeated<>("Optalt: 0 enheder; tally/A står på version 3"));
  }

  @Test
  void aFirstAttemptThatSeesTheRacingAttemptsWritesGetsItsStoredResult() {
    // The retry passes the key check before the first attempt has appended, and loads after it:
    // it decides on a tally already taken. It must answer as the first did, not refuse.
    seed(store, A, new Tally.Added(1));
    Idempotent<Integer> idem = key("k-race", "POST /tally/A {take: 1}");
    List<UseCaseResult<Integer>> first = new ArrayList<>();
    store.beforeNextLoad(() -> first.add(shell.run(Tally.take("A", 1), CALLER, Optional.of(idem))));

    UseCaseResult<Integer> retry = shell.run(Tally.take("A", 1), CALLER, Optional.of(idem));

    assertThat(first).containsExactly(new UseCaseResult.Done<>(0, Map.of(A, 2L)));
    assertThat(retry).isEqualTo(new UseCaseResult.Repeated<>("Optalt: 0 enheder; tally/A står på version 2"));
    assertThat(store.load(A, Tally.Event.class)).containsExactly(new Tally.Added(1), new Tally.Taken(1));
  }

  @RepeatedTest(50)
  void twoFirstAttemptsWithTheSameKeyAtOnceHaveOneEffectAndOneAnswer() throws Exception {
    InMemoryEventStore memory = new InMemoryEventStore();
    seed(memory, A, new Tally.Added(1));
    UseCaseShell racing = UseCaseShell.over(memory);
    Idempotent<Integer> idem = key("k-both", "POST /tally/A {take: 1}");
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<UseCaseResult<Integer>>> futures = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        futures.add(pool.submit(() -> {
          start.await();
          return racing.run(Tally.take("A", 1), CALLER, Optional.of(idem));
        }));
      }
      start.countDown();
      List<UseCaseResult<Integer>> results = new ArrayList<>();
      for (Future<UseCaseResult<Integer>> f : futures) {
        results.add(f.get(10, TimeUnit.SECONDS));
      }

      assertThat(memory.load(A, Tally.Event.class)).containsExactly(new Tally.Added(1), new Tally.Taken(1));
      String stored = ((AppendOutcome.Repeated) memory.seen(idem.key()).orElseThrow()).storedResult();
      assertThat(stored).isEqualTo("Optalt: 0 enheder; tally/A står på version 2");
      List<String> answers = new ArrayList<>();
      for (UseCaseResult<Integer> r : results) {
        if (r instanceof UseCaseResult.Done<Integer> done) {
          answers.add(idem.writer().write(done.value(), done.versions()));
        } else if (r instanceof UseCaseResult.Repeated<Integer> repeated) {
          answers.add(repeated.storedResult());
        } else {
          answers.add(r.toString());
        }
      }
      assertThat(answers).containsExactly(stored, stored);
      assertThat(results).filteredOn(r -> r instanceof UseCaseResult.Done).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aResultHoldingACprNumberIsRefusedAndNothingIsWritten() {
    Idempotent<Integer> leaky = Idempotent.of(IdempotencyKey.of("cw-1", "k-cpr", "POST /tally/A {add: 2}"),
        (total, versions) -> "{\"deltager\": \"150390-4000\", \"total\": " + total + "}");

    assertThatThrownBy(() -> shell.run(Tally.add("A", 2), CALLER, Optional.of(leaky)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("150390");
    assertThat(store.versions()).isEqualTo(Map.of(A, 0L));
    assertThat(store.seen(leaky.key())).isEmpty();
  }

  @Test
  void aKeyIsKeptForTheRetentionTimeAndThenDecidesAgain() {
    TestClock clock = TestClock.at("2026-06-01T08:00:00Z");
    InMemoryEventStore dated = InMemoryEventStore.withClock(clock);
    UseCaseShell datedShell = UseCaseShell.over(dated);
    Idempotent<Integer> old = key("k-old", "POST /tally/A {add: 2}");
    datedShell.run(Tally.add("A", 2), CALLER, Optional.of(old));
    clock.advance(Duration.ofDays(20));
    Idempotent<Integer> young = key("k-young", "POST /tally/A {add: 3}");
    datedShell.run(Tally.add("A", 3), CALLER, Optional.of(young));

    clock.advance(Duration.ofDays(9)); // the old key is 29 days old
    assertThat(KeyRetention.DEFAULT.purge(dated, clock)).isZero();
    assertThat(datedShell.run(Tally.add("A", 2), CALLER, Optional.of(old)))
        .isEqualTo(new UseCaseResult.Repeated<>("Optalt: 2 enheder; tally/A står på version 1"));

    clock.advance(Duration.ofDays(2)); // 31 days old; the young key is 11 days old
    assertThat(KeyRetention.DEFAULT.purge(dated, clock)).isEqualTo(1);
    assertThat(datedShell.run(Tally.add("A", 2), CALLER, Optional.of(old)))
        .isEqualTo(new UseCaseResult.Done<>(7, Map.of(A, 3L)));
    assertThat(datedShell.run(Tally.add("A", 3), CALLER, Optional.of(young)))
        .isEqualTo(new UseCaseResult.Repeated<>("Optalt: 5 enheder; tally/A står på version 2"));
  }

  @Test
  void triesAFactThreeTimesByDefaultAndOneToTenTimesWhenAsked() {
    assertThat(shell.maxAttempts()).isEqualTo(UseCaseShell.DEFAULT_MAX_ATTEMPTS).isEqualTo(3);
    assertThat(shell.withMaxAttempts(1).maxAttempts()).isEqualTo(1);
    assertThat(shell.withMaxAttempts(10).maxAttempts()).isEqualTo(10);
    assertThatThrownBy(() -> shell.withMaxAttempts(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> shell.withMaxAttempts(11)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aShellOfTenAttemptsOutlastsNineConflicts() {
    seed(store, A, new Tally.Added(1));
    store.beforeNextAppends(9, other -> seed(other, A, new Tally.Added(1)));

    assertThat(shell.withMaxAttempts(10).run(Tally.add("A", 1), CALLER))
        .isEqualTo(new UseCaseResult.Done<>(11, Map.of(A, 11L)));
  }

  @Test
  void aCallerNeedsAnActor() {
    assertThat(Caller.of("cw-1", "")).isEqualTo(new Caller("cw-1", ""));
    assertThatThrownBy(() -> Caller.of(" ", "corr")).isInstanceOf(IllegalArgumentException.class);
  }
}
