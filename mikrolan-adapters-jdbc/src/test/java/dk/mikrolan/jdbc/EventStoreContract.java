package dk.mikrolan.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.mikrolan.port.AppendBatch;
import dk.mikrolan.port.AppendOutcome;
import dk.mikrolan.port.IdempotencyKey;
import dk.mikrolan.port.IdempotencyRecord;
import dk.mikrolan.port.RecordedEvent;
import dk.mikrolan.port.StreamAppend;
import dk.mikrolan.port.StreamId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The event store's contract, run against every database: atomic multi-stream appends at expected
 * versions, conflicts reported as conflicts, nothing half-written, idempotent retries.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EventStoreContract {

  private TestDatabase db;
  private JdbcEventStore store;

  abstract Dialect dialect();

  @BeforeAll
  void createDatabase() throws SQLException {
    db = TestDatabase.create(dialect());
    MikrolanSchema.migrate(db.dataSource());
    store = store(List.of());
  }

  @AfterAll
  void dropDatabase() throws SQLException {
    if (db != null) {
      db.close();
    }
  }

  private JdbcEventStore store(List<Projection> projections) {
    return new JdbcEventStore(ConnectionSource.of(db.dataSource()), JdbcOptions.DEFAULTS, new NoteCodec(), projections);
  }

  private static StreamId stream() {
    return StreamId.of("test", UUID.randomUUID().toString().substring(0, 13));
  }

  private static StreamAppend notes(StreamId stream, long expected, String writer, int... seqs) {
    List<Object> events = new ArrayList<>();
    for (int s : seqs) {
      events.add(new NoteCodec.Note(writer, s));
    }
    return new StreamAppend(stream, expected, events);
  }

  private long rows(String sql, String param) throws SQLException {
    try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, param);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private long eventRows(StreamId stream) throws SQLException {
    return rows("SELECT COUNT(*) FROM mikrolan_events WHERE stream_id = ?", stream.id());
  }

  @Test
  void appendsAndLoadsInOrder() {
    StreamId s = stream();
    assertThat(store.append(AppendBatch.of("cw", "c1", notes(s, 0, "a", 1, 2)))).isInstanceOf(AppendOutcome.Appended.class);
    assertThat(store.append(AppendBatch.of("cw", "c2", notes(s, 2, "a", 3)))).isInstanceOf(AppendOutcome.Appended.class);
    assertThat(store.load(s, NoteCodec.Note.class)).extracting(NoteCodec.Note::seq).containsExactly(1, 2, 3);
    assertThat(store.version(s)).isEqualTo(3);
    assertThat(store.load(stream(), NoteCodec.Note.class)).isEmpty();
  }

  @Test
  void idsAndKeysThatDifferOnlyInLetterCaseAreDifferent() {
    String id = "Case-" + UUID.randomUUID().toString().substring(0, 8);
    StreamId upper = StreamId.of("test", id.toUpperCase(java.util.Locale.ROOT));
    StreamId lower = StreamId.of("test", id.toLowerCase(java.util.Locale.ROOT));
    store.append(AppendBatch.of("cw", "c", notes(upper, 0, "a", 1)));
    assertThat(store.version(lower)).isZero();
    assertThat(store.append(AppendBatch.of("cw", "c", notes(lower, 0, "b", 1)))).isInstanceOf(AppendOutcome.Appended.class);
    String k = "Key-" + UUID.randomUUID().toString().substring(0, 8);
    IdempotencyRecord first = new IdempotencyRecord(IdempotencyKey.of("ui", k.toUpperCase(java.util.Locale.ROOT), "f1"), "one");
    IdempotencyRecord second = new IdempotencyRecord(IdempotencyKey.of("ui", k.toLowerCase(java.util.Locale.ROOT), "f2"), "two");
    store.append(new AppendBatch(List.of(notes(stream(), 0, "a", 1)), "cw", "c", Optional.of(first)));
    assertThat(store.append(new AppendBatch(List.of(notes(stream(), 0, "a", 1)), "cw", "c", Optional.of(second))))
        .isInstanceOf(AppendOutcome.Appended.class);
  }

  @Test
  void refusesStaleVersionsBothBehindAndAhead() {
    StreamId s = stream();
    store.append(AppendBatch.of("cw", "c", notes(s, 0, "a", 1, 2)));
    assertThat(store.append(AppendBatch.of("cw", "c", notes(s, 1, "b", 9))))
        .isEqualTo(new AppendOutcome.Conflict(s, 1, 2));
    assertThat(store.append(AppendBatch.of("cw", "c", notes(s, 5, "b", 9))))
        .isEqualTo(new AppendOutcome.Conflict(s, 5, 2));
    assertThat(store.version(s)).isEqualTo(2);
  }

  @Test
  void aBatchWithOneStaleStreamWritesNothing() throws SQLException {
    StreamId fresh = stream();
    StreamId used = stream();
    store.append(AppendBatch.of("cw", "c", notes(used, 0, "a", 1)));
    AppendOutcome outcome = store.append(AppendBatch.of("cw", "c", notes(fresh, 0, "b", 1), notes(used, 0, "b", 2)));
    assertThat(outcome).isEqualTo(new AppendOutcome.Conflict(used, 0, 1));
    assertThat(eventRows(fresh)).isZero();
  }

  @Test
  void sixteenWritersLoseAndDuplicateNothing() throws Exception {
    List<StreamId> streams = List.of(stream(), stream(), stream());
    int writers = 16;
    int perWriter = 12;
    AtomicInteger conflicts = new AtomicInteger();
    Set<String> written = ConcurrentHashMap.newKeySet();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        String writer = "w" + w;
        futures.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < perWriter; i++) {
            StreamId s = streams.get((i + writer.length()) % streams.size());
            while (true) {
              long v = store.version(s);
              AppendOutcome o = store.append(AppendBatch.of(writer, "c", notes(s, v, writer, i)));
              if (o instanceof AppendOutcome.Appended) {
                written.add(writer + "/" + i);
                break;
              }
              assertThat(o).isInstanceOf(AppendOutcome.Conflict.class);
              conflicts.incrementAndGet();
            }
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    Set<String> stored = new HashSet<>();
    long total = 0;
    for (StreamId s : streams) {
      List<NoteCodec.Note> events = store.load(s, NoteCodec.Note.class);
      total += events.size();
      events.forEach(n -> stored.add(n.writer() + "/" + n.seq()));
      assertThat(store.version(s)).isEqualTo(events.size());
    }
    assertThat(total).isEqualTo((long) writers * perWriter);
    assertThat(stored).isEqualTo(written).hasSize(writers * perWriter);
    System.out.println(db + ": 16 writers, " + conflicts.get() + " conflicts reported and retried");
  }

  private long lastPosition() throws SQLException {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(global_position), 0) FROM mikrolan_events");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void readsEveryStreamsEventsAfterAPositionInGlobalOrder() throws SQLException {
    long start = lastPosition();
    StreamId a = stream();
    StreamId b = stream();
    store.append(AppendBatch.of("cw", "c1", notes(a, 0, "a", 1, 2)));
    store.append(AppendBatch.of("fi", "c2", notes(b, 0, "b", 1), notes(a, 2, "a", 3)));

    List<RecordedEvent> all = store.readAll(start, 10);
    assertThat(all).extracting(e -> e.stream().id() + "#" + e.version() + " " + e.actor() + " " + e.correlationId())
        .containsExactly(a.id() + "#1 cw c1", a.id() + "#2 cw c1", b.id() + "#1 fi c2", a.id() + "#3 fi c2");
    assertThat(all).extracting(RecordedEvent::event).containsExactly(new NoteCodec.Note("a", 1), new NoteCodec.Note("a", 2),
        new NoteCodec.Note("b", 1), new NoteCodec.Note("a", 3));
    assertThat(all).extracting(RecordedEvent::position).isSorted().doesNotHaveDuplicates();
    assertThat(all).allSatisfy(e -> assertThat(e.recordedAt()).isPresent());
    assertThat(store.readAll(start, 3)).hasSize(3);
    assertThat(store.readAll(all.get(1).position(), 10)).containsExactlyElementsOf(all.subList(2, 4));
    assertThat(store.readAll(all.get(3).position(), 10)).isEmpty();
    assertThatThrownBy(() -> store.readAll(-1, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.readAll(0, 1001)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFollowerOfConcurrentWritersSeesEveryEventOnce() throws Exception {
    long start = lastPosition();
    int writers = 6;
    int perWriter = 20;
    Set<String> written = ConcurrentHashMap.newKeySet();
    List<String> followed = new ArrayList<>();
    CountDownLatch go = new CountDownLatch(1);
    java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        String writer = "f" + w;
        StreamId own = stream();
        futures.add(pool.submit(() -> {
          go.await();
          for (int i = 0; i < perWriter; i++) {
            assertThat(store.append(AppendBatch.of(writer, "c", notes(own, i, writer, i))))
                .isInstanceOf(AppendOutcome.Appended.class);
            written.add(writer + "/" + i);
          }
          return null;
        }));
      }
      Future<?> follower = pool.submit(() -> {
        long after = start;
        go.await();
        while (true) {
          boolean stillWriting = writing.get();
          List<RecordedEvent> page = store.readAll(after, 7);
          for (RecordedEvent e : page) {
            NoteCodec.Note n = (NoteCodec.Note) e.event();
            followed.add(n.writer() + "/" + n.seq());
            after = e.position();
          }
          if (page.isEmpty() && !stillWriting) {
            return null;
          }
        }
      });
      go.countDown();
      for (Future<?> f : futures) {
        f.get(120, TimeUnit.SECONDS);
      }
      writing.set(false);
      follower.get(120, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    assertThat(followed).doesNotHaveDuplicates().hasSize(writers * perWriter);
    assertThat(new HashSet<>(followed)).isEqualTo(written);
  }

  @Test
  void aReadModelSeesEveryEventOfItsStreamAndIsWrittenWithThePositionOfTheLast() throws SQLException {
    StreamId first = stream();
    StreamId second = stream();
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    Projection recording = new Projection() {
      @Override
      public boolean handles(StreamId stream) {
        return stream.equals(first) || stream.equals(second);
      }

      @Override
      public Write prepare(Connection c, StreamId stream, List<Object> events) {
        String name = stream.equals(first) ? "first" : "second";
        String notes = events.stream().map(e -> String.valueOf(((NoteCodec.Note) e).seq())).toList().toString();
        return (w, lastPosition) -> seen.add(name + " " + notes + " @" + lastPosition);
      }
    };
    JdbcEventStore recorded = store(List.of(recording));
    assertThat(recorded.append(AppendBatch.of("cw", "c1", notes(first, 0, "a", 1, 2))))
        .isInstanceOf(AppendOutcome.Appended.class);
    assertThat(recorded.append(new AppendBatch(List.of(notes(first, 2, "a", 3), notes(second, 0, "a", 7, 8, 9)),
        "cw", "c2", Optional.empty()))).isInstanceOf(AppendOutcome.Appended.class);
    long firstLast = rows("SELECT MAX(global_position) FROM mikrolan_events WHERE stream_id = ?", first.id());
    long secondLast = rows("SELECT MAX(global_position) FROM mikrolan_events WHERE stream_id = ?", second.id());
    long firstBefore = rows("SELECT MIN(global_position) FROM mikrolan_events WHERE stream_id = ?", first.id()) + 1;
    assertThat(seen).containsExactly(
        "first [1, 2] @" + firstBefore,
        "first [1, 2, 3] @" + firstLast,
        "second [7, 8, 9] @" + secondLast);
    assertThat(secondLast).isEqualTo(firstLast + 3);
  }

  @Test
  void aFailureAfterTheFirstInsertLeavesNothingBehind() throws SQLException {
    StreamId s = stream();
    Projection failing = new Projection() {
      @Override
      public boolean handles(StreamId stream) {
        return stream.equals(s);
      }

      @Override
      public Write prepare(Connection c, StreamId stream, List<Object> events) {
        // Fails in the append's turn, after the events were inserted.
        return (w, lastPosition) -> {
          throw new SQLException("read model broke", "XX000");
        };
      }
    };
    IdempotencyRecord key = new IdempotencyRecord(IdempotencyKey.of("ui", UUID.randomUUID().toString(), "f"), "r");
    assertThatThrownBy(() -> store(List.of(failing)).append(new AppendBatch(List.of(notes(s, 0, "a", 1, 2)), "cw", "c",
        Optional.of(key)))).isInstanceOf(EventStoreException.class);
    assertThat(eventRows(s)).isZero();
    assertThat(rows("SELECT COUNT(*) FROM mikrolan_idempotency WHERE idem_key = ?", key.key().key())).isZero();
  }

  @Test
  void anUncheckedFailureInAReadModelLeavesNothingBehind() throws SQLException {
    StreamId s = stream();
    Projection throwing = new Projection() {
      @Override
      public boolean handles(StreamId stream) {
        return stream.equals(s);
      }

      @Override
      public Write prepare(Connection c, StreamId stream, List<Object> events) {
        // Fails in the append's turn, after the events were inserted.
        return (w, lastPosition) -> {
          throw new IllegalStateException("a bug in a read model");
        };
      }
    };
    assertThatThrownBy(() -> store(List.of(throwing)).append(AppendBatch.of("cw", "c", notes(s, 0, "a", 1, 2))))
        .isInstanceOf(IllegalStateException.class);
    assertThat(eventRows(s)).isZero();
  }

  @Test
  void aConnectionClosedMidwayLeavesNothingBehind() throws SQLException {
    StreamId s = stream();
    Projection closing = new Projection() {
      @Override
      public boolean handles(StreamId stream) {
        return stream.equals(s);
      }

      @Override
      public Write prepare(Connection c, StreamId stream, List<Object> events) {
        // Fails in the append's turn, after the events were inserted.
        return (w, lastPosition) -> {
          w.close();
          throw new SQLException("connection lost", "08006");
        };
      }
    };
    assertThatThrownBy(() -> store(List.of(closing)).append(AppendBatch.of("cw", "c", notes(s, 0, "a", 1))))
        .isInstanceOf(EventStoreException.class);
    assertThat(eventRows(s)).isZero();
  }

  @Test
  void theSameKeyRetriedReturnsTheFirstResultWithOneEffect() throws SQLException {
    StreamId s = stream();
    String k = UUID.randomUUID().toString();
    IdempotencyKey key = IdempotencyKey.of("ui", k, "fp-1");
    IdempotencyRecord record = new IdempotencyRecord(key, "{\"approved\":true}");
    for (int i = 0; i < 5; i++) {
      AppendOutcome o = store.append(new AppendBatch(List.of(notes(s, 0, "a", 1)), "cw", "c", Optional.of(record)));
      if (i == 0) {
        assertThat(o).isInstanceOf(AppendOutcome.Appended.class);
      } else {
        assertThat(o).isEqualTo(new AppendOutcome.Repeated("{\"approved\":true}"));
      }
    }
    assertThat(eventRows(s)).isEqualTo(1);
    assertThat(store.seen(key)).contains(new AppendOutcome.Repeated("{\"approved\":true}"));
    IdempotencyRecord other = new IdempotencyRecord(IdempotencyKey.of("ui", k, "fp-2"), "");
    assertThat(store.append(new AppendBatch(List.of(notes(stream(), 0, "a", 1)), "cw", "c", Optional.of(other))))
        .isEqualTo(new AppendOutcome.KeyReused("ui", k));
  }

  @Test
  void aRetryWhoseFirstTryCommitsBetweenItsChecksGetsTheFirstAnswer() throws SQLException {
    StreamId s = stream();
    IdempotencyRecord record = new IdempotencyRecord(IdempotencyKey.of("ui", UUID.randomUUID().toString(), "fp"),
        "{\"first\":true}");
    AppendBatch batch = new AppendBatch(List.of(notes(s, 0, "a", 1)), "cw", "c", Optional.of(record));
    // The first try commits just after the retry looked its key up and before it reads the stream.
    AtomicBoolean once = new AtomicBoolean();
    DataSource interleaving = interceptingPrepare(db.dataSource(), sql -> {
      if (sql.contains("MAX(stream_version)") && once.compareAndSet(false, true)) {
        assertThat(store.append(batch)).isInstanceOf(AppendOutcome.Appended.class);
      }
    });
    JdbcEventStore retry = new JdbcEventStore(ConnectionSource.of(interleaving), JdbcOptions.DEFAULTS, new NoteCodec(),
        List.of());
    assertThat(retry.append(batch)).isEqualTo(new AppendOutcome.Repeated("{\"first\":true}"));
    assertThat(once).isTrue();
    assertThat(eventRows(s)).isEqualTo(1);
  }

  /** A data source whose connections run a hook before preparing each statement. */
  private static DataSource interceptingPrepare(DataSource ds, java.util.function.Consumer<String> beforePrepare) {
    return (DataSource) java.lang.reflect.Proxy.newProxyInstance(EventStoreContract.class.getClassLoader(),
        new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
          Object result = invoke(method, ds, args);
          if (!(result instanceof Connection c)) {
            return result;
          }
          return java.lang.reflect.Proxy.newProxyInstance(EventStoreContract.class.getClassLoader(),
              new Class<?>[] {Connection.class}, (p, m, a) -> {
                if (m.getName().equals("prepareStatement") && a != null && a[0] instanceof String sql) {
                  beforePrepare.accept(sql);
                }
                return invoke(m, c, a);
              });
        });
  }

  private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Test
  void joinsTheHostsTransaction() throws SQLException {
    StreamId rolledBack = stream();
    StreamId committed = stream();
    try (Connection host = db.dataSource().getConnection()) {
      host.setAutoCommit(false);
      JdbcEventStore joined = new JdbcEventStore(ConnectionSource.joining(() -> host), JdbcOptions.DEFAULTS,
          new NoteCodec(), List.of());
      assertThat(joined.append(AppendBatch.of("cw", "c", notes(rolledBack, 0, "a", 1)))).isInstanceOf(AppendOutcome.Appended.class);
      assertThat(joined.append(AppendBatch.of("cw", "c", notes(rolledBack, 0, "b", 1)))).isInstanceOf(AppendOutcome.Conflict.class);
      host.rollback();
      assertThat(joined.append(AppendBatch.of("cw", "c", notes(committed, 0, "a", 1)))).isInstanceOf(AppendOutcome.Appended.class);
      host.commit();
    }
    assertThat(eventRows(rolledBack)).isZero();
    assertThat(eventRows(committed)).isEqualTo(1);
  }
}
