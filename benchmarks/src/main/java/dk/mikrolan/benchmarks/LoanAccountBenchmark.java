package dk.mikrolan.benchmarks;

import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.loan.LoanAccount;
import dk.mikrolan.loan.LoanEvent;
import dk.mikrolan.loan.PrepaymentHandling;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentSchedule;
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
 * Loading a loan account from its events and asking for its balances, arrears and instalments,
 * for histories of growing length: the time per event should stay flat (O(n) loading). The
 * schedule computation of the same loan is the in-run baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LoanAccountBenchmark {

  /** Instalments of the loan; the history holds about two events per instalment. */
  @Param({"60", "250", "1000"})
  public int instalments;

  private final BankingCalendar calendar = BankingCalendar.danish();
  private List<LoanEvent> history;
  private RepaymentTerms terms;
  private LocalDate asOf;

  /** Builds a history: monthly payments, every fifth month a reversed extra payment. */
  @Setup
  public void setUp() {
    LocalDate opened = LocalDate.of(2026, 1, 2);
    terms = RepaymentTerms.builder()
        .principal(DkkAmount.ofKroner(50L * instalments))
        .firstDueDate(opened.plusMonths(1))
        .frequency(Frequency.MONTHLY)
        .plan(RepaymentPlan.byCount(instalments))
        .build();
    history = new ArrayList<>();
    history.add(new LoanEvent.Opened(terms, opened));
    history.add(new LoanEvent.TrancheDisbursed(terms.principal(), opened, "T"));
    for (int k = 0; k < instalments - 1; k++) {
      LocalDate d = opened.plusMonths(1 + k);
      history.add(new LoanEvent.PaymentReceived("P" + k, DkkAmount.ofKroner(50), d, "bank", PrepaymentHandling.SHORTEN_TERM));
      if (k % 5 == 4) {
        history.add(new LoanEvent.PaymentReceived("X" + k, DkkAmount.ofKroner(20), d, "bank", PrepaymentHandling.SHORTEN_TERM));
        history.add(new LoanEvent.PaymentReversed("X" + k, d, "returned"));
      }
    }
    asOf = opened.plusMonths(instalments + 1L);
  }

  /**
   * Baseline: computing the loan's repayment schedule.
   *
   * @return the schedule, so the JIT keeps the work
   */
  @Benchmark
  public RepaymentSchedule baselineSchedule() {
    return RepaymentSchedule.of(terms, calendar);
  }

  /**
   * Loads the account from its events and reads balances and arrears.
   *
   * @return the outstanding balance in øre, so the JIT keeps the work
   */
  @Benchmark
  public long loadAndQuery() {
    LoanAccount account = LoanAccount.replay(calendar, history);
    return account.balances(asOf).outstanding().ore() + account.arrears(asOf).daysPastDue();
  }
}
