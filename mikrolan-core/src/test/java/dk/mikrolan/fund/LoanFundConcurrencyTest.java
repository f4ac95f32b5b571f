package dk.mikrolan.fund;

import static org.assertj.core.api.Assertions.assertThat;

import dk.mikrolan.identity.CaseId;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.port.AppendBatch;
import dk.mikrolan.port.AppendOutcome;
import dk.mikrolan.port.EventStore;
import dk.mikrolan.port.InMemoryEventStore;
import dk.mikrolan.port.StreamAppend;
import dk.mikrolan.port.StreamId;
import dk.mikrolan.rules.Refusal;
import java.util.List;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Sixteen approvals at once against one fund through the event-store port: each loads the fund,
 * decides its commitment and appends at the version it read, retrying on a conflict. The fund
 * must never pass its ceiling and every accepted commitment must be in the stream exactly once.
 */
class LoanFundConcurrencyTest {

  private static final int THREADS = 16;
  private static final FundPeriod PERIOD = FundPeriod.ofYear(2026);
  private static final StreamId STREAM = LoanFund.streamId("751", PERIOD);
  private static final DkkAmount CEILING = DkkAmount.ofKroner(100_000);
  private static final LocalDate DAY = LocalDate.of(2026, 5, 4);

  private record Result(CaseId caseId, DkkAmount amount, boolean committed, int attempts) {}

  @RepeatedTest(20)
  void neverOvercommitsAndRecordsEveryAcceptedCommitmentOnce() throws Exception {
    EventStore store = new InMemoryEventStore();
    LoanFund empty = LoanFund.empty();
    List<LoanFundEvent> opened =
        empty.decide(new LoanFundCommand.Open("751", PERIOD, CEILING, false, LocalDate.of(2026, 1, 2))).get();
    assertThat(store.append(AppendBatch.of("setup", "open", new StreamAppend(STREAM, 0, opened))))
        .isInstanceOf(AppendOutcome.Appended.class);

    // Every thread's first load happens before any append, so at least 15 first appends conflict
    // and the retry path is always exercised.
    CyclicBarrier firstLoadDone = new CyclicBarrier(THREADS);
    AtomicInteger conflicts = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    java.util.List<Result> results = new ArrayList<>();
    try {
      java.util.List<Future<Result>> futures = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        CaseId caseId = CaseId.of("2026-" + (100 + i));
        DkkAmount amount = DkkAmount.ofKroner(5_000 + 500L * i); // 140,000 asked in all
        futures.add(pool.submit(() -> approve(store, caseId, amount, firstLoadDone, conflicts)));
      }
      for (Future<Result> f : futures) {
        results.add(f.get(30, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }

    LoanFund fund = LoanFund.replay(store.load(STREAM, LoanFundEvent.class));
    java.util.List<CaseId> inStream = fund.events().stream()
        .filter(e -> e instanceof LoanFundEvent.Committed)
        .map(e -> ((LoanFundEvent.Committed) e).caseId())
        .toList();
    java.util.Set<CaseId> accepted =
        results.stream().filter(Result::committed).map(Result::caseId).collect(Collectors.toSet());

    assertThat(fund.committed().isGreaterThan(CEILING)).isFalse();
    assertThat(fund.remainingRoom().isNegative()).isFalse();
    assertThat(inStream).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(accepted);
    DkkAmount sumAccepted = results.stream().filter(Result::committed).map(Result::amount)
        .reduce(DkkAmount.ZERO, DkkAmount::plus);
    assertThat(fund.committed()).isEqualTo(sumAccepted);
    // The room only shrinks here, so every refused commitment is above what is left at the end.
    results.stream().filter(r -> !r.committed())
        .forEach(r -> assertThat(r.amount().isGreaterThan(fund.remainingRoom())).as("%s", r).isTrue());
    assertThat(accepted).isNotEmpty();
    assertThat(conflicts.get()).isGreaterThanOrEqualTo(THREADS - 1);
  }

  private static Result approve(
      EventStore store, CaseId caseId, DkkAmount amount, CyclicBarrier firstLoadDone, AtomicInteger conflicts)
      throws Exception {
    for (int attempt = 1; ; attempt++) {
      LoanFund fund = LoanFund.replay(store.load(STREAM, LoanFundEvent.class));
      if (attempt == 1) {
        firstLoadDone.await(30, TimeUnit.SECONDS);
      }
      Either<Refusal, List<LoanFundEvent>> decision = fund.decide(new LoanFundCommand.Commit(caseId, amount, DAY));
      if (decision.isLeft()) {
        assertThat(decision.getLeft().hasReason("ABOVE_REMAINING_ROOM")).as("%s", decision.getLeft()).isTrue();
        return new Result(caseId, amount, false, attempt);
      }
      AppendOutcome outcome = store.append(AppendBatch.of(
          "caseworker", "approval-" + caseId, new StreamAppend(STREAM, fund.version(), decision.get())));
      if (outcome instanceof AppendOutcome.Appended) {
        return new Result(caseId, amount, true, attempt);
      } else if (outcome instanceof AppendOutcome.Conflict) {
        conflicts.incrementAndGet();
      } else {
        throw new AssertionError("Unexpected outcome " + outcome);
      }
    }
  }
}
