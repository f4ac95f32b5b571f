package dk.mikrolan.examples.server;

import static org.assertj.core.api.Assertions.assertThat;

import dk.mikrolan.identity.CaseRef;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.junit.jupiter.api.Test;

/**
 * Two reference servers on one PostgreSQL database, as a vendor hosting many municipalities runs
 * them: 8 clients spread over both post 100 payments each against 10 loans (the CI size; the {@code
 * hostile-full} profile runs 32 clients × 500 payments on 50 loans), and one payment in five
 * is sent again with the same Idempotency-Key once answered, half of those to the other server.
 * Every retry must get exactly the first answer (status, ETag and body), every acknowledged payment
 * is stored exactly once, every loan balances and its read model agrees with the replayed account.
 * The second test kills one server with SIGKILL when a third of the payments are acknowledged and
 * starts it again; its clients go on against the other server meanwhile, retrying what was in
 * flight with the same key; afterwards every payment acknowledged before the kill is there. Each
 * test prints one line of figures.
 */
class TwoServersIT extends HostileTest {

  private static final HostileRig.Size SIZE = HostileRig.Size.fromProperties();
  private static final int CLIENTS = SIZE.clients();
  private static final int PAYMENTS_PER_CLIENT = SIZE.payments();
  private static final int LOANS = SIZE.loans();

  @Test
  void twoServersRecordEachPaymentOnceAndEveryRetryGetsTheFirstAnswer() throws Exception {
    run(false);
  }

  @Test
  void aServerKilledMidRunLosesNoAcknowledgedPayment() throws Exception {
    run(true);
  }

  private void run(boolean crash) throws Exception {
    List<CaseRef> loans = rig.seed(SIZE.municipalities());
    List<String> output = Collections.synchronizedList(new ArrayList<>());
    Map<String, String> env = rig.environment(rig.directUrl());
    List<ServerProcess> started = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    long searched;
    try {
      ServerProcess first = ServerProcess.start(env, output);
      started.add(first);
      ServerProcess second = ServerProcess.start(env, output);
      started.add(second);
      AtomicReferenceArray<String> bases = new AtomicReferenceArray<>(new String[] {first.base(), second.base()});
      List<CaseRef> active = rig.active(first.base(), loans);
      assertThat(active).as("loans being repaid").hasSizeGreaterThanOrEqualTo(LOANS);
      List<CaseRef> targets = active.subList(0, LOANS);
      String prefix = (crash ? "crash-" : "two-") + UUID.randomUUID().toString().substring(0, 8) + "-";
      Tally tally = new Tally();
      CompletableFuture<Void> third = new CompletableFuture<>();
      List<Future<?>> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int clientNo = c;
        clients.add(pool.submit(() -> {
          for (int i = 0; i < PAYMENTS_PER_CLIENT; i++) {
            CaseRef loan = targets.get((clientNo * PAYMENTS_PER_CLIENT + i) % LOANS);
            String id = prefix + clientNo + "-" + i;
            int home = clientNo % 2;
            HostileRig.Answer answer = pay(bases, home, loan, id, tally, true);
            if (answer != null && i % 5 == 0) {
              // One in five is sent again once answered: every other one of those to the other server.
              // The answer is the stored one, so a conflict would be an answer of its own: not retried.
              boolean other = i % 10 == 0;
              (other ? tally.retriedOther : tally.retriedSame).incrementAndGet();
              HostileRig.Answer again = pay(bases, other ? 1 - home : home, loan, id, tally, false);
              if (again == null || again.status() != answer.status() || !again.etag().equals(answer.etag())
                  || !again.body().equals(answer.body())) {
                tally.answeredDifferently.incrementAndGet();
                tally.faults.add(id + ": first " + answer + ", then " + again);
              }
            }
            if (tally.acknowledged.size() >= CLIENTS * PAYMENTS_PER_CLIENT / 3) {
              third.complete(null);
            }
          }
          return null;
        }));
      }
      Set<String> acknowledgedBeforeKill = Set.of();
      long restartMs = 0;
      if (crash) {
        third.get(30, TimeUnit.MINUTES);
        acknowledgedBeforeKill = Set.copyOf(tally.acknowledged);
        started.get(0).kill();
        long killedAt = System.nanoTime();
        ServerProcess restarted = ServerProcess.start(env, output);
        started.add(restarted);
        restartMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt);
        bases.set(0, restarted.base());
      }
      for (Future<?> f : clients) {
        f.get(30, TimeUnit.MINUTES);
      }

      HostileRig.Stored stored = rig.stored(prefix, tally.acknowledged);
      long lost = stored.lost();
      long lostBeforeKill = acknowledgedBeforeKill.stream().filter(id -> !stored.counts().containsKey(id)).count();
      long duplicated = stored.duplicated();
      long unacknowledgedStored = stored.unacknowledged();
      for (int k = 0; k < targets.size(); k++) {
        rig.checkLoan(bases.get(k % 2), targets.get(k));
      }
      System.out.printf("%s: 2 servers, %d clients x %d payments on %d loans; sent %d, acknowledged %d, retries"
              + " absorbed %d (%d of answered payments to the same server, %d to the other, %d after a 409"
              + " conflict, %d while a server was unreachable), answered differently %d, lost %d, duplicated %d,"
              + " stored but never acknowledged %d, 5xx %d%s%n",
          crash ? "crash" : "two servers", CLIENTS, PAYMENTS_PER_CLIENT, LOANS, tally.sent.get(),
          tally.acknowledged.size(), tally.retriedSame.get() + tally.retriedOther.get() + tally.conflicts.get()
              + tally.unreachable.get(),
          tally.retriedSame.get(), tally.retriedOther.get(), tally.conflicts.get(), tally.unreachable.get(),
          tally.answeredDifferently.get(), lost, duplicated, unacknowledgedStored, tally.fiveHundreds.get(),
          crash ? String.format("; killed with SIGKILL after %d acknowledged, running again in %d ms, lost of those"
              + " %d", acknowledgedBeforeKill.size(), restartMs, lostBeforeKill) : "");
      assertThat(tally.faults).as("answers other than 2xx or a conflict, and retries answered differently").isEmpty();
      assertThat(tally.acknowledged).hasSize(CLIENTS * PAYMENTS_PER_CLIENT);
      assertThat(lost).as("acknowledged but not stored").isZero();
      assertThat(lostBeforeKill).as("acknowledged before the kill but not stored").isZero();
      assertThat(duplicated).as("stored twice").isZero();
      assertThat(unacknowledgedStored).as("stored but never acknowledged").isZero();
      assertThat(tally.fiveHundreds.get()).as("5xx").isZero();
      if (crash) {
        assertThat(acknowledgedBeforeKill).isNotEmpty();
      } else {
        assertThat(tally.unreachable.get()).as("requests that found a server unreachable").isZero();
      }
    } finally {
      pool.shutdownNow();
      for (ServerProcess s : started) {
        s.close();
      }
    }
    // Once the servers have stopped, so that every line they printed is searched.
    searched = rig.assertNoSecrets(output);
    System.out.printf("%s: no CPR number or token in %d log lines, file names and table cells%n",
        crash ? "crash" : "two servers", searched);
  }

  /**
   * Posts a payment until it is answered, on the client's server or, while that one cannot be
   * reached, on the other; returns the answer, or null after a fault (recorded).
   */
  private HostileRig.Answer pay(AtomicReferenceArray<String> bases, int server, CaseRef loan, String id, Tally tally,
      boolean retryConflicts) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    int target = server;
    while (System.nanoTime() < deadline) {
      tally.sent.incrementAndGet();
      HostileRig.Answer a;
      try {
        a = rig.pay(bases.get(target), loan, id);
      } catch (HttpTimeoutException e) {
        tally.faults.add(id + ": no answer within the client's timeout");
        return null;
      } catch (IOException e) {
        // The server is gone (killed, or not yet started again): the same request to the other one.
        tally.unreachable.incrementAndGet();
        target = 1 - target;
        continue;
      }
      if (a.acknowledged()) {
        tally.acknowledged.add(id);
        return a;
      } else if (a.conflict() && retryConflicts) {
        tally.conflicts.incrementAndGet();
        continue;
      } else if (a.status() >= 500) {
        tally.fiveHundreds.incrementAndGet();
      }
      tally.faults.add(id + ": " + a.status() + " " + a.contentType() + " " + a.body());
      return null;
    }
    tally.faults.add(id + ": not answered within two minutes");
    return null;
  }
}
