package dk.mikrolan.report;

import dk.mikrolan.loan.ArrearsBucket;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.programme.Stage;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * The programme report for a scope on a date.
 *
 * @param scope the cases covered
 * @param asOf the date of the figures
 * @param cases the number of cases
 * @param funnel how many cases reached each stage of the main path (a case that reached the
 *     seminar also counts for every stage before it)
 * @param exits ended cases by reason code: each rule id a rejection rests on (a rejection resting on
 *     two rules counts under both), or {@code WITHDRAWN}
 * @param loansGranted the number of approved loans
 * @param amountGranted their total
 * @param amountDisbursed what has been paid out
 * @param onTime loans in repayment without arrears, out of loans in repayment
 * @param arrearsByBucket loans in arrears by bucket
 * @param writtenOff the total written off
 * @param selfSupporting per follow-up point, self-supporting participants out of those followed up
 * @param repaymentsByMonth per calendar month up to the report's date, the instalments due and the
 *     payments received across the loans
 */
public record ProgrammeReport(
    ReportScope scope,
    LocalDate asOf,
    long cases,
    Map<Stage, Long> funnel,
    SortedMap<String, Long> exits,
    long loansGranted,
    DkkAmount amountGranted,
    DkkAmount amountDisbursed,
    Share onTime,
    Map<ArrearsBucket, Long> arrearsByBucket,
    DkkAmount writtenOff,
    SortedMap<Integer, Share> selfSupporting,
    SortedMap<java.time.YearMonth, MonthlyRepayment> repaymentsByMonth) {

  /** Checks that every component is present. */
  public ProgrammeReport {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(funnel, "funnel");
    Objects.requireNonNull(exits, "exits");
    Objects.requireNonNull(amountGranted, "amountGranted");
    Objects.requireNonNull(amountDisbursed, "amountDisbursed");
    Objects.requireNonNull(onTime, "onTime");
    Objects.requireNonNull(arrearsByBucket, "arrearsByBucket");
    Objects.requireNonNull(writtenOff, "writtenOff");
    Objects.requireNonNull(selfSupporting, "selfSupporting");
    Objects.requireNonNull(repaymentsByMonth, "repaymentsByMonth");
  }
}
