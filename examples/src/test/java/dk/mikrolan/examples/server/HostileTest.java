package dk.mikrolan.examples.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test of the hostile-conditions suite: a {@link HostileRig} of its own for each test (its
 * PostgreSQL schema created before and dropped after), named after the test class in a skip notice.
 */
abstract class HostileTest {

  @TempDir
  Path dir;

  HostileRig rig;

  /** What the clients saw; each test counts what it does. */
  static final class Tally {
    final AtomicLong sent = new AtomicLong();
    final AtomicLong retries = new AtomicLong();
    final AtomicLong outage503 = new AtomicLong();
    final AtomicLong conflicts = new AtomicLong();
    final AtomicLong unreachable = new AtomicLong();
    final AtomicLong retriedSame = new AtomicLong();
    final AtomicLong retriedOther = new AtomicLong();
    final AtomicLong answeredDifferently = new AtomicLong();
    final AtomicLong fiveHundreds = new AtomicLong();
    final List<String> faults = Collections.synchronizedList(new ArrayList<>());
    final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final AtomicInteger ended = new AtomicInteger();
    /** Completes when every client has ended, however: a test waiting for a share of the load waits for this too. */
    final CompletableFuture<Void> allEnded = new CompletableFuture<>();

    /** Called by each client as it ends, in a {@code finally}. */
    void clientEnded(int clients) {
      if (ended.incrementAndGet() == clients) {
        allEnded.complete(null);
      }
    }

    /** An answer the client did not expect: recorded, and counted if it is a 5xx. */
    void unexpected(String id, HostileRig.Answer a) {
      if (a.status() >= 500) {
        fiveHundreds.incrementAndGet();
      }
      faults.add(id + ": " + a.status() + " " + a.contentType() + " " + a.body());
    }
  }

  @BeforeEach
  void createRig() {
    rig = HostileRig.create(dir, getClass().getSimpleName());
  }

  @AfterEach
  void dropRig() throws Exception {
    if (rig != null) {
      rig.close();
    }
  }
}
