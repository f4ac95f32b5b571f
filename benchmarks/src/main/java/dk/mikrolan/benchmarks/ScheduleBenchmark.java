package dk.mikrolan.benchmarks;

import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentSchedule;
import dk.mikrolan.schedule.RepaymentTerms;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
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
 * A repayment schedule with banking-day adjustment against an in-run baseline written with plain
 * {@code long} arithmetic and a precomputed set of closing days: the same instalment amounts (the
 * remainder øre on the first ones) and the same due dates, without the library's types, checks and
 * exact money.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScheduleBenchmark {

  /** The number of monthly instalments. */
  @Param({"12", "60", "120"})
  public int instalments;

  private final BankingCalendar calendar = BankingCalendar.danish();
  private final Set<LocalDate> closing = new HashSet<>();
  private RepaymentTerms terms;
  private final LocalDate first = LocalDate.of(2027, 3, 26);
  private final long principalOre = 30_000_00L;

  /** The terms, and every closing day the schedules can meet. */
  @Setup
  public void setUp() {
    terms = RepaymentTerms.builder().principal(DkkAmount.ofOre(principalOre)).firstDueDate(first)
        .frequency(Frequency.MONTHLY).plan(RepaymentPlan.byCount(instalments)).build();
    for (LocalDate d = first; d.isBefore(first.plusYears(12)); d = d.plusDays(1)) {
      if (!calendar.isBankingDay(d)) {
        closing.add(d);
      }
    }
  }

  /**
   * Baseline: amounts and due dates with {@code long}s and the precomputed closing days.
   *
   * @return a checksum, so the JIT keeps the work
   */
  @Benchmark
  public long baselinePlainLong() {
    long base = principalOre / instalments;
    long remainder = principalOre % instalments;
    long checksum = 0;
    for (int k = 0; k < instalments; k++) {
      long amount = base + (k < remainder ? 1 : 0);
      LocalDate due = first.plusMonths(k);
      while (closing.contains(due)) {
        due = due.plusDays(1);
      }
      checksum += amount + due.toEpochDay();
    }
    return checksum;
  }

  /**
   * The library's schedule.
   *
   * @return the schedule
   */
  @Benchmark
  public RepaymentSchedule schedule() {
    return RepaymentSchedule.of(terms, calendar);
  }
}
