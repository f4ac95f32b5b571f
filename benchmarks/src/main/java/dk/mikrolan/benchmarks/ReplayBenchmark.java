package dk.mikrolan.benchmarks;

import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.loan.LoanAccount;
import dk.mikrolan.loan.LoanBalances;
import dk.mikrolan.loan.LoanEvent;
import dk.mikrolan.loan.PrepaymentHandling;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentTerms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Replaying a loan account from 1,000, 10,000 and 100,000 events (payments, each taken back by the
 * bank, so the history grows without repaying the loan): replay should be linear — 100k at most 12
 * times 10k. {@code replay} loads the account; {@code replayAndBalances} loads it and asks for its
 * balances, which a decision does. The in-run baseline is a plain loop over the same events summing
 * their amounts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ReplayBenchmark {

  /** The number of events in the history. */
  @Param({"1000", "10000", "100000"})
  public int events;

  private final BankingCalendar calendar = BankingCalendar.danish();
  private List<LoanEvent> history;
  private LocalDate lastDate;

  /** The history: opened, paid out, then payments and their reversals, a day apart. */
  @Setup
  public void setUp() {
    LocalDate opened = LocalDate.of(2026, 1, 2);
    RepaymentTerms terms = RepaymentTerms.builder().principal(DkkAmount.ofKroner(50_000)).firstDueDate(opened.plusMonths(1))
        .frequency(Frequency.MONTHLY).plan(RepaymentPlan.byCount(120)).build();
    history = new ArrayList<>(events);
    lastDate = opened;
    history.add(new LoanEvent.Opened(terms, opened));
    history.add(new LoanEvent.TrancheDisbursed(terms.principal(), opened, "T"));
    for (int k = 0; history.size() + 2 <= events; k++) {
      LocalDate d = opened.plusDays(1 + k % 3000);
      history.add(new LoanEvent.PaymentReceived("P" + k, DkkAmount.ofKroner(100), d, "bank", PrepaymentHandling.SHORTEN_TERM));
      history.add(new LoanEvent.PaymentReversed("P" + k, d, "returned"));
      lastDate = d.isAfter(lastDate) ? d : lastDate;
    }
  }

  /**
   * Baseline: a loop over the same events.
   *
   * @return a checksum
   */
  @Benchmark
  public long baselineLoop() {
    long sum = 0;
    for (LoanEvent e : history) {
      sum += e instanceof LoanEvent.PaymentReceived p ? p.amount().ore() : 1;
    }
    return sum;
  }

  /**
   * Replays the account.
   *
   * @return the account's version, so the JIT keeps the work
   */
  @Benchmark
  public int replay() {
    return LoanAccount.replay(calendar, history).version();
  }

  /**
   * Replays the account and asks what a decision on it asks: the balances on the latest event's
   * date, which applies every payment not reversed (so it builds the index of payments and
   * reversals and the ledger).
   *
   * @return the balances, so the JIT keeps the work
   */
  @Benchmark
  public LoanBalances replayAndBalances() {
    return LoanAccount.replay(calendar, history).balances(lastDate);
  }
}
