package dk.mikrolan.examples.server;

import static org.assertj.core.api.Assertions.assertThat;

import dk.mikrolan.identity.CaseRef;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two reference servers on one PostgreSQL database, as a vendor hosting many municipalities runs
 * them: 8 clients spread over both post 100 payments each against 10 loans (the CI size; the {@code
 * hostile-full} profile runs 32 clients × 500 payments on 50 loans), and one payment in five
 * is sent again with the same Idempotency-Key once answered, half of those to the other server.
 * Every twentieth step a client also decides on one of the loans as the DECIDER (the loans in
 * turn): a deferral (henstand) or a write-off of DKK 1.00 (eftergivelse), every other client the
 * other kind, so that each loan gets both, with If-Match on the loan's ETag, sent again with the
 * same key and If-Match to the other server once answered; every other one of those is first sent
 * with a stale If-Match, which must be a 412 and never stored. Every retry must get exactly the
 * first answer (status, ETag and body), every acknowledged payment and decision is stored exactly
 * once, every loan balances and its read model agrees with the replayed account.
 *
 * <p>The second test kills one server with SIGKILL when a third of the payments are acknowledged
 * and starts it again; its clients go on against the other server meanwhile, retrying what was in
 * flight with the same key; afterwards every payment acknowledged before the kill is there. The
 * third runs the first's load on a revolving loan fund, where every repayment also returns room to
 * the municipality's one fund stream, and prints what that shared stream costs against the first
 * run. Each test prints one line of figures.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoServersIT extends HostileTest {

  private static final HostileRig.Size SIZE = HostileRig.Size.fromProperties();
  private static final int CLIENTS = SIZE.clients();
  private static final int PAYMENTS_PER_CLIENT = SIZE.payments();
  private static final int LOANS = SIZE.loans();
  private static final int DECISION_EVERY = 20;

  /** The non-revolving run's figures, for the revolving run to compare with: elapsed ms, conflicts. */
  private static final AtomicReference<long[]> BASELINE = new AtomicReference<>();

  private enum Mode { TWO_SERVERS, CRASH, REVOLVING }

  @Test
  @Order(1)
  void twoServersRecordEachPaymentOnceAndEveryRetryGetsTheFirstAnswer() throws Exception {
    run(Mode.TWO_SERVERS);
  }

  @Test
  @Order(2)
  void aServerKilledMidRunLosesNoAcknowledgedPayment() throws Exception {
    run(Mode.CRASH);
  }

  @Test
  @Order(3)
  void aRevolvingFundSharesOneStreamAndStillLosesNothing() throws Exception {
    run(Mode.REVOLVING);
  }

  /** What the decisions mixed in came to. */
  private static final class Decisions {
    final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    final AtomicLong deferrals = new AtomicLong();
    final AtomicLong writeOffs = new AtomicLong();
    final AtomicLong staleRefused = new AtomicLong();
    final AtomicLong reread = new AtomicLong();
    final AtomicLong resentOther = new AtomicLong();
    final AtomicLong resentSame = new AtomicLong();
  }

  private void run(Mode mode) throws Exception {
    boolean crash = mode == Mode.CRASH;
    String name = switch (mode) {
      case TWO_SERVERS -> "two servers";
      case CRASH -> "crash";
      case REVOLVING -> "revolving fund";
    };
    List<CaseRef> loans = rig.seed(SIZE.municipalities(), mode == Mode.REVOLVING);
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
      String prefix = mode.name().toLowerCase(java.util.Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8)
          + "-";
      Tally tally = new Tally();
      Decisions decisions = new Decisions();
      CompletableFuture<Void> third = new CompletableFuture<>();
      List<Future<?>> clients = new ArrayList<>();
      long fundBefore = rig.fundEvents();
      long begun = System.nanoTime();
      for (int c = 0; c < CLIENTS; c++) {
        int clientNo = c;
        clients.add(pool.submit(() -> {
          try {
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
                same(id, answer, again, tally);
              }
              if (decisionStep(i)) {
                // Spread over the loans: the client's step, not the payment's loan, picks the one decided
                // on; the client picks the kind, so each loan gets deferrals and write-offs from different clients.
                int d = i / DECISION_EVERY;
                decide(bases, home, targets.get((clientNo + d) % LOANS), clientNo % 2 == 0
                    ? HostileRig.Decision.DEFERRAL : HostileRig.Decision.WRITE_OFF, id + "-decision", d % 2 == 1, tally,
                    decisions);
              }
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
      Set<String> acknowledgedBeforeKill = Set.of();
      long restartMs = 0;
      if (crash) {
        // A third acknowledged, or every client ended before that (its failure is reported below).
        CompletableFuture.anyOf(third, tally.allEnded).get(30, TimeUnit.MINUTES);
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
      long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begun);

      HostileRig.Stored stored = rig.stored(prefix, tally.acknowledged);
      long lost = stored.lost();
      long lostBeforeKill = acknowledgedBeforeKill.stream().filter(id -> !stored.counts().containsKey(id)).count();
      HostileRig.Stored decided = rig.storedDecisions(prefix, decisions.acknowledged);
      for (int k = 0; k < targets.size(); k++) {
        rig.checkLoan(bases.get(k % 2), targets.get(k));
      }
      long fundEvents = rig.fundEvents();
      String cost = "";
      if (mode == Mode.TWO_SERVERS) {
        BASELINE.set(new long[] {elapsedMs, tally.conflicts.get()});
      } else if (mode == Mode.REVOLVING) {
        long[] baseline = BASELINE.get();
        cost = String.format("; %d events appended to the fund stream%s", fundEvents - fundBefore,
            baseline == null ? " (the non-revolving run did not run first: no comparison)" : String.format(
                "; %d ms against %d ms for the non-revolving run (%s times as long), %d conflicts against %d",
                elapsedMs, baseline[0], new BigDecimal(elapsedMs).divide(new BigDecimal(baseline[0]), 2,
                    RoundingMode.HALF_UP), tally.conflicts.get(), baseline[1]));
      }
      System.out.printf("%s: 2 servers, %d clients x %d payments on %d loans in %d ms; sent %d, acknowledged %d,"
              + " retries absorbed %d (%d of answered payments to the same server, %d to the other, %d after a 409"
              + " conflict, %d while a server was unreachable), answered differently %d, lost %d, duplicated %d,"
              + " stored but never acknowledged %d, 5xx %d; decisions %d deferrals and %d write-offs acknowledged"
              + " (sent again: %d to the other server, %d to the same while the other could not be reached; %d read"
              + " again after a payment came first), %d sent with a"
              + " stale If-Match and refused with 412, lost %d, duplicated %d, stored but never acknowledged %d%s%s%n",
          name, CLIENTS, PAYMENTS_PER_CLIENT, LOANS, elapsedMs, tally.sent.get(), tally.acknowledged.size(),
          tally.retriedSame.get() + tally.retriedOther.get() + tally.conflicts.get() + tally.unreachable.get(),
          tally.retriedSame.get(), tally.retriedOther.get(), tally.conflicts.get(), tally.unreachable.get(),
          tally.answeredDifferently.get(), lost, stored.duplicated(), stored.unacknowledged(), tally.fiveHundreds.get(),
          decisions.deferrals.get(), decisions.writeOffs.get(), decisions.resentOther.get(), decisions.resentSame.get(),
          decisions.reread.get(),
          decisions.staleRefused.get(), decided.lost(), decided.duplicated(), decided.unacknowledged(),
          crash ? String.format("; killed with SIGKILL after %d acknowledged, running again in %d ms, lost of those"
              + " %d", acknowledgedBeforeKill.size(), restartMs, lostBeforeKill) : "", cost);
      // A 5xx is asserted before the faults that also hold it, so that it is named as one.
      assertThat(tally.fiveHundreds.get()).as("5xx").isZero();
      assertThat(tally.faults).as("answers other than expected, and retries answered differently").isEmpty();
      assertThat(tally.acknowledged).hasSize(CLIENTS * PAYMENTS_PER_CLIENT);
      assertThat(lost).as("acknowledged but not stored").isZero();
      assertThat(lostBeforeKill).as("acknowledged before the kill but not stored").isZero();
      assertThat(stored.duplicated()).as("stored twice").isZero();
      assertThat(stored.unacknowledged()).as("stored but never acknowledged").isZero();
      long decisionSteps = IntStream.range(0, PAYMENTS_PER_CLIENT).filter(TwoServersIT::decisionStep).count();
      long staleSteps = IntStream.range(0, PAYMENTS_PER_CLIENT).filter(i -> decisionStep(i)
          && (i / DECISION_EVERY) % 2 == 1).count();
      assertThat(decisions.acknowledged).as("decisions acknowledged").hasSize((int) (CLIENTS * decisionSteps));
      assertThat(decisions.staleRefused.get()).as("stale decisions refused").isEqualTo(CLIENTS * staleSteps);
      // Every repayment returns room to a revolving fund; a non-revolving one is written by none.
      if (mode == Mode.REVOLVING) {
        assertThat(fundEvents - fundBefore).as("events appended to the fund streams")
            .isGreaterThanOrEqualTo(tally.acknowledged.size());
      } else {
        assertThat(fundEvents - fundBefore).as("events appended to the fund streams").isZero();
      }
      assertThat(List.of(decided.lost(), decided.duplicated(), decided.unacknowledged()))
          .as("decisions lost, stored twice, stored but never acknowledged (a stale one among them)")
          .containsExactly(0L, 0L, 0L);
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
    System.out.printf("%s: no CPR number or token in %d log lines, file names and table cells%n", name, searched);
  }

  /** A retry's answer must be the first one: status, ETag and body. */
  private static void same(String id, HostileRig.Answer first, HostileRig.Answer again, Tally tally) {
    if (again == null || again.status() != first.status() || !again.etag().equals(first.etag())
        || !again.body().equals(first.body())) {
      tally.answeredDifferently.incrementAndGet();
      tally.faults.add(id + ": first " + first + ", then " + again);
    }
  }

  /** Whether a client's step is one where it also decides on a loan. */
  private static boolean decisionStep(int i) {
    return i % DECISION_EVERY == DECISION_EVERY / 2;
  }

  /** One request, to whichever server it is sent to. */
  @FunctionalInterface
  private interface Send {
    HostileRig.Answer to(String base) throws IOException, InterruptedException;
  }

  /** An answer, and the server that gave it (0 or 1). */
  private record Reached(HostileRig.Answer answer, int server) {}

  /**
   * Sends a request to a server or, while that one cannot be reached (killed, or not yet started
   * again), the same request to the other; null after no answer within the client's timeout or no
   * server reached before the deadline (recorded).
   */
  private static Reached reach(AtomicReferenceArray<String> bases, int server, String id, Tally tally, long deadline,
      Send send) throws InterruptedException {
    int target = server;
    while (System.nanoTime() < deadline) {
      tally.sent.incrementAndGet();
      try {
        return new Reached(send.to(bases.get(target)), target);
      } catch (HttpTimeoutException e) {
        tally.faults.add(id + ": no answer within the client's timeout");
        return null;
      } catch (IOException e) {
        tally.unreachable.incrementAndGet();
        target = 1 - target;
      }
    }
    tally.faults.add(id + ": no server reached within two minutes");
    return null;
  }

  /**
   * A decision on a loan as a decider makes it: read the loan's ETag, post with If-Match, and when
   * a payment came first (412) read it again and send the same request with the same key. A stale
   * one is first sent under a key of its own with the version before the one read, and must be
   * refused with 412. Once answered, the decision is sent again with the same key and If-Match to
   * the other server and must get the first answer, though its If-Match is stale by then.
   */
  private void decide(AtomicReferenceArray<String> bases, int server, CaseRef loan, HostileRig.Decision kind,
      String id, boolean staleFirst, Tally tally, Decisions decisions) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    if (staleFirst) {
      Reached stale = reach(bases, server, id, tally, deadline, base -> rig.decide(base, loan, kind, id + "-stale",
          "\"" + (Long.parseLong(rig.etag(base, loan).replace("\"", "")) - 1) + "\""));
      if (stale == null) {
        return;
      } else if (!stale.answer().stale()) {
        tally.faults.add(id + "-stale: a stale If-Match answered " + stale.answer());
      } else {
        decisions.staleRefused.incrementAndGet();
      }
    }
    int target = server;
    AtomicReference<String> seen = new AtomicReference<>();
    while (System.nanoTime() < deadline) {
      Reached r = reach(bases, target, id, tally, deadline, base -> {
        seen.set(rig.etag(base, loan));
        return rig.decide(base, loan, kind, id, seen.get());
      });
      if (r == null) {
        return;
      }
      target = r.server();
      HostileRig.Answer a = r.answer();
      if (a.acknowledged()) {
        decisions.acknowledged.add(id);
        (kind == HostileRig.Decision.DEFERRAL ? decisions.deferrals : decisions.writeOffs).incrementAndGet();
        Reached again = reach(bases, 1 - target, id, tally, deadline, base -> rig.decide(base, loan, kind, id,
            seen.get()));
        if (again != null) {
          (again.server() != target ? decisions.resentOther : decisions.resentSame).incrementAndGet();
        }
        same(id, a, again == null ? null : again.answer(), tally);
        return;
      } else if (a.stale()) {
        decisions.reread.incrementAndGet();
      } else if (a.conflict()) {
        tally.conflicts.incrementAndGet();
      } else {
        tally.unexpected(id, a);
        return;
      }
    }
    tally.faults.add(id + ": not decided within two minutes");
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
      Reached r = reach(bases, target, id, tally, deadline, base -> rig.pay(base, loan, id));
      if (r == null) {
        return null;
      }
      target = r.server();
      HostileRig.Answer a = r.answer();
      if (a.acknowledged()) {
        tally.acknowledged.add(id);
        return a;
      } else if (a.conflict() && retryConflicts) {
        tally.conflicts.incrementAndGet();
        continue;
      }
      tally.unexpected(id, a);
      return null;
    }
    tally.faults.add(id + ": not answered within two minutes");
    return null;
  }
}
