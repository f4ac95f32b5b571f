package dk.mikrolan.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.mikrolan.port.AppendBatch;
import dk.mikrolan.port.AppendOutcome;
import dk.mikrolan.port.StreamAppend;
import dk.mikrolan.port.StreamId;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * A lock the database gives up on while an append waits for its turn (a deadlock, a serialization
 * failure, a lock wait timeout): tried again in the adapter's own transaction, and when it keeps
 * failing an error marked unavailable (a 503 the client retries), never a bare failure; nothing is
 * written by a failed try.
 */
class AppendLockTest {

  /** A data source whose first {@code failures} waits for the append lock fail with a SQL state. */
  private static DataSource failingTurns(DataSource real, int failures, String sqlState, int errorCode) {
    AtomicInteger left = new AtomicInteger(failures);
    return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
        (proxy, method, args) -> {
          Object result = invoke(method, real, args);
          if (!method.getName().equals("getConnection")) {
            return result;
          }
          Connection c = (Connection) result;
          InvocationHandler h = (p, m, a) -> {
            if (m.getName().equals("prepareStatement") && a != null && String.valueOf(a[0]).contains("append_lock")
                && left.getAndDecrement() > 0) {
              throw new SQLException("lock gave up", sqlState, errorCode);
            }
            return invoke(m, c, a);
          };
          return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, h);
        });
  }

  private static Object invoke(java.lang.reflect.Method m, Object target, Object[] args) throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static DataSource h2() throws SQLException {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:lock-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    MikrolanSchema.migrate(ds);
    return ds;
  }

  private static JdbcEventStore store(DataSource ds) {
    return new JdbcEventStore(ConnectionSource.of(ds), JdbcOptions.DEFAULTS, new NoteCodec(), List.of());
  }

  private static AppendBatch note(StreamId s) {
    return AppendBatch.of("cw", "c", new StreamAppend(s, 0, List.of(new NoteCodec.Note("a", 1))));
  }

  @Test
  void aDeadlockOrATimeoutWhileWaitingForTheTurnIsTriedAgain() throws SQLException {
    DataSource real = h2();
    for (String[] failure : new String[][] {{"40001", "0"}, {"40P01", "0"}, {"HYT00", "50200"}, {"HY000", "1205"}}) {
      StreamId s = StreamId.of("test", "retry-" + failure[0] + "-" + failure[1]);
      JdbcEventStore store = store(failingTurns(real, JdbcEventStore.LOCK_ATTEMPTS - 1, failure[0],
          Integer.parseInt(failure[1])));
      assertThat(store.append(note(s))).as(failure[0]).isInstanceOf(AppendOutcome.Appended.class);
      assertThat(store(real).version(s)).isEqualTo(1);
    }
  }

  @Test
  void aLockThatKeepsFailingIsUnavailableAndWritesNothing() throws SQLException {
    DataSource real = h2();
    StreamId s = StreamId.of("test", "gives-up");
    JdbcEventStore store = store(failingTurns(real, JdbcEventStore.LOCK_ATTEMPTS, "40001", 0));
    assertThatThrownBy(() -> store.append(note(s))).isInstanceOfSatisfying(EventStoreException.class,
        e -> assertThat(e.unavailable()).isTrue());
    assertThat(store(real).version(s)).isZero();
  }

  @Test
  void anyOtherFailureIsNotRetried() throws SQLException {
    DataSource real = h2();
    StreamId s = StreamId.of("test", "other");
    JdbcEventStore store = store(failingTurns(real, 1, "42000", 0));
    assertThatThrownBy(() -> store.append(note(s))).isInstanceOfSatisfying(EventStoreException.class,
        e -> assertThat(e.unavailable()).isFalse());
    assertThat(store(real).version(s)).isZero();
  }
}
