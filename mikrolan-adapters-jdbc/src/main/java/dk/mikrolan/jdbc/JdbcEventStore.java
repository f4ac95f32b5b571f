package dk.mikrolan.jdbc;

import dk.mikrolan.port.AppendBatch;
import dk.mikrolan.port.AppendOutcome;
import dk.mikrolan.port.EventStore;
import dk.mikrolan.port.EventStores;
import dk.mikrolan.port.IdempotencyKey;
import dk.mikrolan.port.IdempotencyRecord;
import dk.mikrolan.port.RecordedEvent;
import dk.mikrolan.port.StreamAppend;
import dk.mikrolan.port.StreamId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The durable {@link EventStore}: one append-only table with {@code UNIQUE(stream, version)}.
 *
 * <p>An append reads each stream's current version and refuses a stale one; two writers that
 * pass that check at once both insert the same version and the unique constraint rejects the
 * second — the constraint is the truth, never a counter read and then written. A batch, its
 * idempotency record and the read models it touches are written in one transaction (the
 * adapter's own, or the host's, under a savepoint), so nothing is ever half-written.
 *
 * <p>Appends take turns: each first updates the one row of {@code <prefix>append_lock} (schema
 * version 3) and holds it to its commit, so global positions become visible in their order and
 * {@link #readAll} never misses an event committed later with a lower position. A lock the
 * database gives up on (a deadlock, a serialization failure, a lock wait timeout) is tried again
 * up to {@value #LOCK_ATTEMPTS} times in the adapter's own transaction; in a host's transaction
 * it is an {@link EventStoreException} marked unavailable (the host retries its transaction).
 *
 * <p>This class is thread-safe.
 */
public final class JdbcEventStore implements EventStore {

  private final ConnectionSource connections;
  private final JdbcOptions options;
  private final EventCodec codec;
  private final List<Projection> projections;
  private final String events;
  private final String idempotency;
  private final String appendLock;

  /**
   * Creates the store.
   *
   * @param connections where connections come from, not null
   * @param options table prefix and clock, not null
   * @param codec the payload codec, not null
   * @param projections the read models to keep in step, not null
   */
  JdbcEventStore(ConnectionSource connections, JdbcOptions options, EventCodec codec, List<Projection> projections) {
    this.connections = Objects.requireNonNull(connections, "connections");
    this.options = Objects.requireNonNull(options, "options");
    this.codec = Objects.requireNonNull(codec, "codec");
    this.projections = List.copyOf(projections);
    this.events = options.table("events");
    this.idempotency = options.table("idempotency");
    this.appendLock = options.table("append_lock");
  }

  @Override
  public <E> List<E> load(StreamId stream, Class<E> type) {
    return withConnection("load " + stream, c -> {
      List<E> result = new ArrayList<>();
      for (Object e : loadAll(c, stream).events()) {
        result.add(type.cast(e));
      }
      return Collections.unmodifiableList(result);
    });
  }

  @Override
  public long version(StreamId stream) {
    return withConnection("version " + stream, c -> currentVersion(c, stream));
  }

  @Override
  public Optional<AppendOutcome> seen(IdempotencyKey key) {
    return withConnection("idempotency", c -> seen(c, key));
  }

  /** How often an append in its own transaction is tried when the database gives up on a lock. */
  static final int LOCK_ATTEMPTS = 3;

  @Override
  public AppendOutcome append(AppendBatch batch) {
    for (int attempt = 1; ; attempt++) {
      try {
        return appendOnce(batch);
      } catch (LockFailure e) {
        // A deadlock, a serialization failure or a lock wait that timed out: nothing was written. In
        // its own transaction the append is tried again; a host's transaction is the host's to retry.
        if (!connections.ownsTransactions() || attempt == LOCK_ATTEMPTS) {
          throw new EventStoreException("Append gave up waiting for a lock (" + attempt + " attempts)", e.getCause(),
              true);
        }
      }
    }
  }

  /** A lock the database gave up on; the append wrote nothing. */
  private static final class LockFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LockFailure(SQLException cause) {
      super(cause.getMessage(), cause, false, false);
    }
  }

  private AppendOutcome appendOnce(AppendBatch batch) {
    Connection c = null;
    boolean own = connections.ownsTransactions();
    boolean autoCommit = true;
    Savepoint savepoint = null;
    boolean raced = false;
    try {
      c = connections.acquire();
      if (own) {
        autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
      } else {
        savepoint = c.setSavepoint();
      }
      AppendOutcome outcome = appendIn(c, batch);
      if (outcome instanceof AppendOutcome.Appended) {
        if (own) {
          c.commit();
        } else {
          c.releaseSavepoint(savepoint);
        }
      } else {
        undo(c, own, savepoint);
      }
      return outcome;
    } catch (SQLException e) {
      Transactions.rollbackQuietly(c, own, savepoint, e);
      if (isLockFailure(e)) {
        throw new LockFailure(e);
      } else if (!isUniqueViolation(e)) {
        throw new EventStoreException("Append failed for " + batch.appends().size() + " stream(s)", e, c == null);
      }
      raced = true; // answered below, once this connection is back in the pool
    } catch (RuntimeException | Error e) {
      // A codec or read model failing must not leave half an append for the autocommit reset to commit.
      Transactions.rollbackQuietly(c, own, savepoint, e);
      throw e;
    } finally {
      Transactions.release(connections, c, own, autoCommit);
    }
    // Only a lost race gets here (every other path returned or threw): someone else wrote
    // first, so report which stream, or the earlier idempotent request.
    assert raced;
    return afterRace(batch);
  }

  /** A read model's rows worked out before the turn, for a stream, to be written in it. */
  private record Pending(StreamId stream, Projection.Write write) {}

  private AppendOutcome appendIn(Connection c, AppendBatch batch) throws SQLException {
    // Everything that only reads comes before the turn, which is held until the commit: the
    // idempotency and version checks, loading the streams the read models follow, working out
    // their rows, and encoding. Two appends that both pass the checks still cannot both write: the
    // event table's unique version and the idempotency table's unique key stop the second
    // (answered in afterRace), so what was read still holds when the turn comes.
    if (batch.idempotency().isPresent()) {
      Optional<AppendOutcome> earlier = seen(c, batch.idempotency().get().key());
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    List<EventCodec.Encoded> encoded = new ArrayList<>();
    for (StreamAppend a : batch.appends()) {
      for (Object event : a.events()) {
        encoded.add(codec.encode(event));
      }
    }
    List<Pending> pending = new ArrayList<>();
    int first = 0;
    for (StreamAppend a : batch.appends()) {
      List<Projection> interested = projections.stream().filter(p -> p.handles(a.stream())).toList();
      Loaded loaded = interested.isEmpty() ? null : loadAll(c, a.stream());
      long actual = loaded == null ? currentVersion(c, a.stream()) : loaded.version();
      if (actual != a.expectedVersion()) {
        // The stream may have moved by this very request's first try, committed after the key was
        // looked up (each statement reads afresh at READ COMMITTED): its answer, not a conflict.
        if (batch.idempotency().isPresent()) {
          Optional<AppendOutcome> earlier = seen(c, batch.idempotency().get().key());
          if (earlier.isPresent()) {
            return earlier.get();
          }
        }
        return new AppendOutcome.Conflict(a.stream(), a.expectedVersion(), actual);
      }
      if (loaded != null) {
        // The read models see the new events as they will be read back: through the codec.
        List<Object> all = new ArrayList<>(loaded.events().size() + a.events().size());
        all.addAll(loaded.events());
        for (EventCodec.Encoded e : encoded.subList(first, first + a.events().size())) {
          all.add(codec.decode(e.type(), e.schemaVersion(), e.json()));
        }
        List<Object> stream = Collections.unmodifiableList(all);
        for (Projection p : interested) {
          pending.add(new Pending(a.stream(), p.prepare(c, a.stream(), stream)));
        }
      }
      first += a.events().size();
    }
    takeTurn(c);
    Timestamp now = Timestamp.from(options.clock().instant());
    Map<StreamId, Long> versions = new LinkedHashMap<>();
    Map<StreamId, Long> lastPositions = new HashMap<>();
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + events
        + " (stream_type, stream_id, stream_version, event_type, schema_version, payload, actor, correlation_id,"
        + " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"global_position"})) {
      int next = 0;
      for (StreamAppend a : batch.appends()) {
        long version = a.expectedVersion();
        for (int k = 0; k < a.events().size(); k++) {
          EventCodec.Encoded e = encoded.get(next++);
          insert.setString(1, a.stream().type());
          insert.setString(2, a.stream().id());
          insert.setLong(3, ++version);
          insert.setString(4, e.type());
          insert.setInt(5, e.schemaVersion());
          insert.setString(6, e.json());
          insert.setString(7, batch.actor());
          insert.setString(8, batch.correlationId());
          insert.setTimestamp(9, now);
          insert.addBatch();
        }
        versions.put(a.stream(), version);
      }
      insert.executeBatch();
      // The positions drawn, in the order the rows were added: each stream's last is its newest.
      try (ResultSet keys = insert.getGeneratedKeys()) {
        for (StreamAppend a : batch.appends()) {
          for (int k = 0; k < a.events().size(); k++) {
            if (!keys.next()) {
              throw new SQLException("The database returned fewer positions than events were inserted");
            }
            lastPositions.merge(a.stream(), keys.getLong(1), Math::max);
          }
        }
      }
    }
    if (batch.idempotency().isPresent()) {
      IdempotencyRecord record = batch.idempotency().get();
      IdempotencyKey key = record.key();
      try (PreparedStatement s = c.prepareStatement("INSERT INTO " + idempotency
          + " (client, idem_key, fingerprint, result_body, recorded_at) VALUES (?, ?, ?, ?, ?)")) {
        s.setString(1, key.client());
        s.setString(2, key.key());
        s.setString(3, key.fingerprint());
        s.setString(4, record.result());
        s.setTimestamp(5, now);
        s.executeUpdate();
      }
    }
    for (Pending p : pending) {
      p.write().write(c, lastPositions.get(p.stream()));
    }
    return new AppendOutcome.Appended(versions);
  }

  @Override
  public List<StreamId> streamsAtVersion(String type, long version, int limit) {
    if (version < 1 || limit < 1) {
      throw new IllegalArgumentException("Version and limit must be one or more: " + version + ", " + limit);
    }
    // Grouped on the unique (stream_type, stream_id, stream_version) index; oldest stream first.
    String sql = "SELECT stream_id FROM " + events + " WHERE stream_type = ? GROUP BY stream_id"
        + " HAVING MAX(stream_version) = ? ORDER BY MIN(global_position)";
    return withConnection("list streams of type " + type, c -> {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setString(1, type);
        s.setLong(2, version);
        s.setMaxRows(limit);
        try (ResultSet rs = s.executeQuery()) {
          List<StreamId> found = new ArrayList<>();
          while (rs.next() && found.size() < limit) {
            found.add(StreamId.of(type, rs.getString(1)));
          }
          return Collections.unmodifiableList(found);
        }
      }
    });
  }

  @Override
  public List<RecordedEvent> readAll(long afterPosition, int limit) {
    EventStores.requireFeedArguments(afterPosition, limit);
    return withConnection("read events after " + afterPosition, c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT global_position, stream_type, stream_id, stream_version,"
          + " event_type, schema_version, payload, actor, correlation_id, recorded_at FROM " + events
          + " WHERE global_position > ? ORDER BY global_position")) {
        s.setLong(1, afterPosition);
        s.setMaxRows(limit);
        try (ResultSet rs = s.executeQuery()) {
          List<RecordedEvent> found = new ArrayList<>();
          while (rs.next() && found.size() < limit) {
            found.add(new RecordedEvent(rs.getLong(1), StreamId.of(rs.getString(2), rs.getString(3)), rs.getLong(4),
                codec.decode(rs.getString(5), rs.getInt(6), rs.getString(7)), rs.getString(8), rs.getString(9),
                Optional.of(rs.getTimestamp(10).toInstant())));
          }
          return Collections.unmodifiableList(found);
        }
      }
    });
  }

  /**
   * Waits for this append's turn: the update locks the one row of the append lock until the
   * transaction ends, so appends draw their global positions one after another and become visible
   * in that order (schema version 3). An event feed reading after the last position it saw then
   * never misses an event committed later with a lower position.
   */
  private void takeTurn(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE " + appendLock + " SET appends = appends + 1 WHERE lock_id = 1")) {
      if (s.executeUpdate() != 1) {
        throw new SQLException("The table " + appendLock + " has no row: migrate the schema to version 3");
      }
    }
  }

  @Override
  public int purgeIdempotency(Instant recordedBefore) {
    Objects.requireNonNull(recordedBefore, "recordedBefore");
    return Transactions.inTransaction(connections, "purge idempotency keys", c -> {
      try (PreparedStatement s = c.prepareStatement("DELETE FROM " + idempotency + " WHERE recorded_at < ?")) {
        s.setTimestamp(1, Timestamp.from(recordedBefore));
        return s.executeUpdate();
      }
    });
  }

  private AppendOutcome afterRace(AppendBatch batch) {
    // A unique violation on an events row or on the idempotency key: the winner has committed
    // (the databases make the loser wait for it), so its writes are visible now.
    if (batch.idempotency().isPresent()) {
      Optional<AppendOutcome> earlier = seen(batch.idempotency().get().key());
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    for (StreamAppend a : batch.appends()) {
      long actual = version(a.stream());
      if (actual != a.expectedVersion()) {
        return new AppendOutcome.Conflict(a.stream(), a.expectedVersion(), actual);
      }
    }
    // In a host's transaction at REPEATABLE READ the reads above see the snapshot the transaction
    // began with, which predates the winner: the host retries its transaction.
    if (!connections.ownsTransactions()) {
      throw new EventStoreException("A concurrent append won a unique constraint that this transaction's"
          + " snapshot does not show; retry the transaction", null, true);
    }
    throw new EventStoreException("A unique constraint failed, but no stream moved and no key was"
        + " seen: not a concurrent append", null);
  }

  /** The events of a stream, decoded, with the global position and the version of the last. */
  record Loaded(List<Object> events, long lastPosition, long version) {}

  Loaded loadAll(Connection c, StreamId stream) throws SQLException {
    List<Object> result = new ArrayList<>();
    long last = 0;
    long version = 0;
    try (PreparedStatement s = c.prepareStatement("SELECT event_type, schema_version, payload, global_position,"
        + " stream_version FROM " + events + " WHERE stream_type = ? AND stream_id = ? ORDER BY stream_version")) {
      s.setString(1, stream.type());
      s.setString(2, stream.id());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          result.add(codec.decode(rs.getString(1), rs.getInt(2), rs.getString(3)));
          last = rs.getLong(4);
          version = rs.getLong(5);
        }
      }
    }
    return new Loaded(result, last, version);
  }

  private long currentVersion(Connection c, StreamId stream) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT MAX(stream_version) FROM " + events + " WHERE stream_type = ? AND stream_id = ?")) {
      s.setString(1, stream.type());
      s.setString(2, stream.id());
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private Optional<AppendOutcome> seen(Connection c, IdempotencyKey key) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT fingerprint, result_body FROM " + idempotency + " WHERE client = ? AND idem_key = ?")) {
      s.setString(1, key.client());
      s.setString(2, key.key());
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(rs.getString(1).equals(key.fingerprint())
            ? new AppendOutcome.Repeated(rs.getString(2))
            : new AppendOutcome.KeyReused(key.client(), key.key()));
      }
    }
  }

  private static void undo(Connection c, boolean own, Savepoint savepoint) throws SQLException {
    if (own) {
      c.rollback();
    } else {
      c.rollback(savepoint);
    }
  }

  /**
   * Returns whether the database gave up on a lock, writing nothing: a serialization failure or
   * deadlock (SQLState 40001 on every dialect, 40P01 on PostgreSQL), a lock not available (55P03),
   * a lock wait timeout (H2's error 50200, MariaDB's 1205).
   */
  private static boolean isLockFailure(SQLException e) {
    for (SQLException x = e; x != null; x = x.getNextException()) {
      String state = x.getSQLState();
      if ("40001".equals(state) || "40P01".equals(state) || "55P03".equals(state) || x.getErrorCode() == 50200
          || x.getErrorCode() == 1205 || x.getErrorCode() == 1213) {
        return true;
      }
      if (x.getNextException() == x) {
        break;
      }
    }
    return false;
  }

  /**
   * Returns whether the error is a duplicate key: SQLState 23505 on H2 and PostgreSQL, error 1062
   * on MariaDB (whose SQLState 23000 also covers NOT NULL and foreign-key errors, which are not
   * races but bugs and must surface).
   */
  private static boolean isUniqueViolation(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      for (SQLException x = t instanceof SQLException sql ? sql : null; x != null; x = x.getNextException()) {
        if ("23505".equals(x.getSQLState()) || ("23000".equals(x.getSQLState()) && x.getErrorCode() == 1062)) {
          return true;
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private <T> T withConnection(String what, Transactions.Work<T> work) {
    return Transactions.withConnection(connections, what, work);
  }
}
