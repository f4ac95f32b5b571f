package dk.mikrolan.report;

import dk.mikrolan.loan.Arrears;
import dk.mikrolan.loan.ArrearsBucket;
import dk.mikrolan.loan.LoanAccount;
import dk.mikrolan.loan.LoanStatus;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.programme.AssessmentOutcome;
import dk.mikrolan.programme.CaseEvent;
import dk.mikrolan.programme.ParticipantCase;
import dk.mikrolan.programme.Stage;
import dk.mikrolan.programme.SupportStatus;
import dk.mikrolan.rules.RuleReference;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Builds the programme report from cases and their loan accounts: the funnel and exits, loans
 * granted, repayment (on time, arrears by bucket, written off, due against paid by month) and outcomes (self-supporting at
 * each follow-up point). One pass over the cases; the figures are counts and exact amounts.
 */
public final class ProgrammeReports {

  private static final Stage[] MAIN_PATH = {
    Stage.REFERRED, Stage.SCREENING, Stage.CAFE_MEETINGS, Stage.COMPETENCE_DEVELOPMENT, Stage.FINAL_SEMINAR,
    Stage.APPROVED, Stage.DISBURSED, Stage.REPAYING, Stage.CLOSED
  };

  private ProgrammeReports() {}

  /**
   * Builds the report.
   *
   * @param records the cases, not null
   * @param scope which cases to count, not null
   * @param asOf the date of the figures (arrears are counted on it), not null
   * @return the report, never null
   */
  public static ProgrammeReport of(Iterable<CaseRecord> records, ReportScope scope, LocalDate asOf) {
    long cases = 0;
    Map<Stage, Long> funnel = new EnumMap<>(Stage.class);
    for (Stage s : MAIN_PATH) {
      funnel.put(s, 0L);
    }
    SortedMap<String, Long> exits = new TreeMap<>();
    long granted = 0;
    long grantedOre = 0;
    long disbursedOre = 0;
    long repaying = 0;
    long onTime = 0;
    Map<ArrearsBucket, Long> buckets = new EnumMap<>(ArrearsBucket.class);
    long writtenOffOre = 0;
    SortedMap<Integer, long[]> outcomes = new TreeMap<>();
    SortedMap<java.time.YearMonth, MonthlyRepayment> byMonth = new TreeMap<>();
    for (CaseRecord r : records) {
      ParticipantCase c = r.kase();
      if (!inScope(c, scope)) {
        continue;
      }
      cases++;
      int furthest = furthest(c);
      for (int i = 0; i <= furthest; i++) {
        funnel.merge(MAIN_PATH[i], 1L, Long::sum);
      }
      c.rejection().ifPresent(d -> d.justification().ifPresent(j -> {
        for (RuleReference rule : j.rules()) {
          exits.merge(rule.id(), 1L, Long::sum);
        }
      }));
      if (c.stage() == Stage.WITHDRAWN) {
        // The reason is the participant's or caseworker's free text: it stays in the case, and the
        // report counts the exit by code only.
        if (c.events().stream().anyMatch(e -> e instanceof CaseEvent.Withdrawn)) {
          exits.merge("WITHDRAWN", 1L, Long::sum);
        }
      }
      if (c.approval().isPresent()) {
        granted++;
        grantedOre += c.approvedTerms().get().principal().ore();
      }
      disbursedOre += c.disbursed().ore();
      // A loan counts as it stood on the report's date: one opened later is not in it yet.
      if (r.loan().isPresent() && r.loan().get().status(asOf) != LoanStatus.NOT_OPENED) {
        LoanAccount loan = r.loan().get();
        writtenOffOre += loan.balances(asOf).writtenOff().ore();
        repayments(loan, asOf).forEach((month, figures) -> byMonth.merge(month, figures, MonthlyRepayment::plus));
        if (loan.status(asOf) == LoanStatus.ACTIVE) {
          repaying++;
          Arrears arrears = loan.arrears(asOf);
          if (arrears.bucket() == ArrearsBucket.NONE) {
            onTime++;
          } else {
            buckets.merge(arrears.bucket(), 1L, Long::sum);
          }
        }
      }
      c.outcomes().forEach((months, o) -> {
        long[] counts = outcomes.computeIfAbsent(months, m -> new long[2]);
        counts[1]++;
        if (o.status() == SupportStatus.SELF_SUPPORTING) {
          counts[0]++;
        }
      });
    }
    SortedMap<Integer, Share> selfSupporting = new TreeMap<>();
    outcomes.forEach((m, counts) -> selfSupporting.put(m, new Share(counts[0], counts[1])));
    return new ProgrammeReport(scope, asOf, cases, Collections.unmodifiableMap(funnel),
        Collections.unmodifiableSortedMap(exits), granted, DkkAmount.ofOre(grantedOre), DkkAmount.ofOre(disbursedOre),
        new Share(onTime, repaying), Collections.unmodifiableMap(buckets), DkkAmount.ofOre(writtenOffOre),
        Collections.unmodifiableSortedMap(selfSupporting), Collections.unmodifiableSortedMap(byMonth));
  }

  /** A loan's instalments due and payments received by month, up to the date. */
  private static SortedMap<java.time.YearMonth, MonthlyRepayment> repayments(LoanAccount loan, LocalDate asOf) {
    SortedMap<java.time.YearMonth, MonthlyRepayment> months = new TreeMap<>();
    for (dk.mikrolan.loan.ScheduledInstalment i : loan.instalments(asOf)) {
      if (!i.dueDate().isAfter(asOf)) {
        months.merge(java.time.YearMonth.from(i.dueDate()), new MonthlyRepayment(i.amount(), DkkAmount.ZERO),
            MonthlyRepayment::plus);
      }
    }
    java.util.Set<String> reversed = new java.util.HashSet<>();
    for (dk.mikrolan.loan.LoanEvent e : loan.events()) {
      if (e instanceof dk.mikrolan.loan.LoanEvent.PaymentReversed r && !r.date().isAfter(asOf)) {
        reversed.add(r.paymentId());
      }
    }
    for (dk.mikrolan.loan.LoanEvent e : loan.events()) {
      if (e instanceof dk.mikrolan.loan.LoanEvent.PaymentReceived p && !p.date().isAfter(asOf)
          && !reversed.contains(p.paymentId())) {
        months.merge(java.time.YearMonth.from(p.date()), new MonthlyRepayment(DkkAmount.ZERO, p.amount()),
            MonthlyRepayment::plus);
      }
    }
    return months;
  }

  private static boolean inScope(ParticipantCase c, ReportScope scope) {
    if (!c.isReferred()) {
      return false;
    }
    LocalDate referred = c.events().get(0).date();
    return scope.municipalityCode().map(m -> m.equals(c.municipalityCode())).orElse(true)
        && scope.cohortId().map(id -> c.cohortId().filter(id::equals).isPresent()).orElse(true)
        && scope.referredFrom().map(d -> !referred.isBefore(d)).orElse(true)
        && scope.referredTo().map(d -> !referred.isAfter(d)).orElse(true);
  }

  /** The index in the main path of the furthest stage the case reached. */
  private static int furthest(ParticipantCase c) {
    int furthest = 0;
    for (CaseEvent e : c.events()) {
      Stage s = reached(e);
      if (s != null) {
        for (int i = 0; i < MAIN_PATH.length; i++) {
          if (MAIN_PATH[i] == s && i > furthest) {
            furthest = i;
          }
        }
      }
    }
    return furthest;
  }

  private static @Nullable Stage reached(CaseEvent e) {
    if (e instanceof CaseEvent.ScreeningStarted) {
      return Stage.SCREENING;
    } else if (e instanceof CaseEvent.Screened s && s.outcome().verdict() == AssessmentOutcome.Verdict.ELIGIBLE) {
      return Stage.CAFE_MEETINGS;
    } else if (e instanceof CaseEvent.CompetenceDevelopmentStarted) {
      return Stage.COMPETENCE_DEVELOPMENT;
    } else if (e instanceof CaseEvent.SeminarStarted) {
      return Stage.FINAL_SEMINAR;
    } else if (e instanceof CaseEvent.Approved) {
      return Stage.APPROVED;
    } else if (e instanceof CaseEvent.Disbursed) {
      return Stage.DISBURSED;
    } else if (e instanceof CaseEvent.RepaymentStarted) {
      return Stage.REPAYING;
    } else if (e instanceof CaseEvent.Closed) {
      return Stage.CLOSED;
    }
    return null;
  }
}
