package dk.mikrolan.examples.server;

import static org.assertj.core.api.Assertions.assertThat;

import dk.mikrolan.identity.CaseRef;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A lost database, with nothing lost: the reference server's jar reaches PostgreSQL through a TCP
 * proxy the test controls; 8 clients post 100 payments each against 10 loans (the CI size; the
 * {@code hostile-full} profile runs 32 × 500 on 50), and when a third of
 * them are acknowledged the proxy resets every connection and refuses new ones for 5 seconds.
 * While it is down, requests get a 503 {@code application/problem+json} with {@code Retry-After}
 * (or, begun before the cut, their answer or a conflict), never another 5xx and never a hang past
 * the client's timeout, and {@code /health}, asked every 100 ms from the cut on, says 503 with
 * {@code Retry-After} until the database is back; afterwards the server recovers by itself (the
 * figures give how long {@code /health} took to say 200 again) and the clients' retries (the same
 * Idempotency-Key) succeed. Then every acknowledged payment is stored exactly once, every loan
 * balances (paid − refunded + written off + outstanding = disbursed), and the loans' read model
 * agrees with the account the server replays from the stream. One line of figures is printed.
 */
class LostDatabaseIT extends HostileTest {

  private static final HostileRig.Size SIZE = HostileRig.Size.fromProperties();
  private static final int CLIENTS = SIZE.clients();
  private static final int PAYMENTS_PER_CLIENT = SIZE.payments();
  private static final int LOANS = SIZE.loans();
  private static final Duration OUTAGE = Duration.ofSeconds(5);

  @Test
  void paymentsSurviveTheDatabaseGoingAwayForFiveSeconds() throws Exception {
    List<CaseRef> loans = rig.seed(SIZE.municipalities());
    List<String> output = Collections.synchronizedList(new ArrayList<>());
    try (TcpProxy proxy = new TcpProxy("127.0.0.1", 5432);
        ServerProcess server = ServerProcess.start(rig.environment(rig.urlThrough(proxy.port())), output)) {
      List<CaseRef> active = rig.active(server.base(), loans);
      assertThat(active).as("loans being repaid").hasSizeGreaterThanOrEqualTo(LOANS);
      List<CaseRef> targets = active.subList(0, LOANS);

      Tally tally = new Tally();
      CompletableFuture<Void> third = new CompletableFuture<>();
      CompletableFuture<Void> cut = new CompletableFuture<>();
      CompletableFuture<Long> restored = new CompletableFuture<>();
      AtomicLong firstAckAfterRestore = new AtomicLong();
      String prefix = "lost-db-" + UUID.randomUUID().toString().substring(0, 8) + "-";
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
      List<Future<?>> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int clientNo = c;
        clients.add(pool.submit(() -> {
          try {
            for (int i = 0; i < PAYMENTS_PER_CLIENT; i++) {
              CaseRef loan = targets.get((clientNo * PAYMENTS_PER_CLIENT + i) % LOANS);
              pay(server, loan, prefix + clientNo + "-" + i, tally, cut, restored, firstAckAfterRestore);
              if (tally.acknowledged.size() >= CLIENTS * PAYMENTS_PER_CLIENT / 3) {
                third.complete(null);
              }
            }
          } finally {
            tally.clientEnded(CLIENTS);
          }
          return null;
        }));
      }

      // A third acknowledged, or every client ended before that (its failure is reported below).
      CompletableFuture.anyOf(third, tally.allEnded).get(30, TimeUnit.MINUTES);
      cut.complete(null);
      proxy.cut();
      long cutAt = System.nanoTime();
      CompletableFuture<Void> restoring = new CompletableFuture<>();
      CompletableFuture.runAsync(() -> {
        // Times are counted from the moment the proxy begins to let connections through again.
        long at = System.nanoTime();
        restoring.complete(null);
        proxy.restore();
        restored.complete(at);
      }, CompletableFuture.delayedExecutor(OUTAGE.toMillis(), TimeUnit.MILLISECONDS));
      // A monitor asks every 100 ms, whether or not its last question has been answered.
      Health polled = new Health();
      ExecutorService askers = Executors.newCachedThreadPool();
      ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
      poller.scheduleAtFixedRate(() -> askers.execute(() -> polled.ask(server, restoring)), 0, 100,
          TimeUnit.MILLISECONDS);
      try {
        for (Future<?> f : clients) {
          f.get(30, TimeUnit.MINUTES);
        }
        polled.healthy.get(1, TimeUnit.MINUTES);
      } finally {
        pool.shutdownNow();
        poller.shutdownNow();
        askers.shutdownNow();
      }

      assertThat(restored).isDone();

      HostileRig.Stored stored = rig.stored(prefix, tally.acknowledged);
      long lost = stored.lost();
      long duplicated = stored.duplicated();
      long unacknowledgedStored = stored.unacknowledged();
      for (CaseRef loan : targets) {
        rig.checkLoan(server.base(), loan);
      }
      assertThat(rig.get(server.base(), "/health").statusCode()).isEqualTo(200);
      long recoveryMs = TimeUnit.NANOSECONDS.toMillis(firstAckAfterRestore.get() - restored.get());
      long healthyMs = TimeUnit.NANOSECONDS.toMillis(polled.healthy.get() - restored.get());
      System.out.printf("lost database: %d clients x %d payments on %d loans; sent %d, acknowledged %d, retries"
              + " absorbed %d (%d after a 503 during the %d s outage, %d after a 409 conflict), lost %d, duplicated"
              + " %d, stored but never acknowledged %d, 5xx other than the outage's 503 %d, other answers %d;"
              + " /health asked %d times from the cut on, 503 with Retry-After %d times (slowest answer %d ms), first"
              + " 200 again %d ms after the cut of %d s; recovery %d ms after the database came back (first payment"
              + " acknowledged), /health 200 %d ms after%n",
          CLIENTS, PAYMENTS_PER_CLIENT, LOANS, tally.sent.get(), tally.acknowledged.size(), tally.retries.get(),
          tally.outage503.get(), OUTAGE.toSeconds(), tally.conflicts.get(), lost, duplicated, unacknowledgedStored,
          tally.fiveHundreds.get(), tally.faults.size(), polled.asked.get(), polled.down.get(), polled.slowestMs.get(),
          TimeUnit.NANOSECONDS.toMillis(polled.healthy.get() - cutAt), OUTAGE.toSeconds(), recoveryMs, healthyMs);
      assertThat(tally.acknowledged).hasSize(CLIENTS * PAYMENTS_PER_CLIENT);
      assertThat(lost).as("acknowledged but not stored").isZero();
      assertThat(duplicated).as("stored twice").isZero();
      assertThat(unacknowledgedStored).as("stored but never acknowledged").isZero();
      assertThat(tally.outage503.get()).as("503s while the database was away").isPositive();
      // A 5xx is asserted before the faults that also hold it, so that it is named as one.
      assertThat(tally.fiveHundreds.get()).as("5xx other than the outage's 503").isZero();
      assertThat(tally.faults).as("answers other than 2xx, the outage's 503 or a conflict").isEmpty();
      assertThat(polled.faults).as("/health answers during the outage other than 503 with Retry-After").isEmpty();
      assertThat(polled.down.get()).as("/health answers of 503 during the outage").isPositive();
    }
    // Once the server has stopped, so that every line it printed is searched.
    System.out.printf("lost database: no CPR number or token in %d log lines, file names and table cells%n",
        rig.assertNoSecrets(output));
  }

  /** Posts one payment until it is acknowledged, retrying with the same key through the outage. */
  private void pay(ServerProcess server, CaseRef loan, String id, Tally tally, CompletableFuture<Void> cut,
      CompletableFuture<Long> restored, AtomicLong firstAckAfterRestore) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    for (int attempt = 0; System.nanoTime() < deadline; attempt++) {
      if (attempt > 0) {
        tally.retries.incrementAndGet();
      }
      tally.sent.incrementAndGet();
      HostileRig.Answer a;
      try {
        a = rig.pay(server.base(), loan, id);
      } catch (HttpTimeoutException e) {
        tally.faults.add(id + ": no answer within the client's timeout");
        return;
      }
      if (a.acknowledged()) {
        tally.acknowledged.add(id);
        if (restored.isDone()) {
          firstAckAfterRestore.compareAndSet(0, System.nanoTime());
        }
        return;
      } else if (a.unavailable() && cut.isDone()) {
        tally.outage503.incrementAndGet();
        // A client waits as Retry-After asks; here it waits for the database to come back, then
        // tries again at once (a 503 after that is the pool reconnecting, and is tried again too).
        restored.get(1, TimeUnit.MINUTES);
      } else if (a.conflict()) {
        // Another payment to the same loan came first, more often than the server decides again: a
        // payment is a fact, so the client sends it again with the same key.
        tally.conflicts.incrementAndGet();
      } else {
        tally.unexpected(id, a);
        return;
      }
    }
    tally.faults.add(id + ": not acknowledged within two minutes");
  }

  /** {@code /health} asked again and again from the cut on, until it says 200 after the database came back. */
  private final class Health {
    final AtomicLong asked = new AtomicLong();
    final AtomicLong down = new AtomicLong();
    final AtomicLong slowestMs = new AtomicLong();
    final List<String> faults = Collections.synchronizedList(new ArrayList<>());
    /** When {@code /health} first said 200 after the database came back (nanoTime). */
    final CompletableFuture<Long> healthy = new CompletableFuture<>();

    void ask(ServerProcess server, CompletableFuture<Void> restoring) {
      if (healthy.isDone()) {
        return;
      }
      long begun = System.nanoTime();
      try {
        HttpResponse<String> r = rig.get(server.base(), "/health");
        long at = System.nanoTime();
        // Answered before the proxy began to let connections through again: the database was away
        // for the whole of the request.
        boolean back = restoring.isDone();
        asked.incrementAndGet();
        slowestMs.accumulateAndGet(TimeUnit.NANOSECONDS.toMillis(at - begun), Math::max);
        if (r.statusCode() == 503 && r.headers().firstValue("Retry-After").isPresent()) {
          down.incrementAndGet();
        } else if (r.statusCode() == 200 && back) {
          healthy.complete(at);
        } else if (!back) {
          faults.add(r.statusCode() + " " + r.body());
        } else {
          faults.add("after the database came back: " + r.statusCode() + " " + r.body());
        }
      } catch (IOException e) {
        faults.add("no answer: " + e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
