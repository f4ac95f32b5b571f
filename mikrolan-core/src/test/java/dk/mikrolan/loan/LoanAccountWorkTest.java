package dk.mikrolan.loan;

import static org.assertj.core.api.Assertions.assertThat;

import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentTerms;
import dk.mikrolan.schedule.RoundingUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Loading an account is linear in its events and instalments. The work is counted (instalment
 * visits and date-cursor steps), not timed: timings belong in the benchmarks.
 */
class LoanAccountWorkTest {

  private static final LocalDate OPENED = LocalDate.of(2030, 1, 2);

  /** An account of {@code m} monthly instalments with a long, varied history of about 4m events. */
  private static List<LoanEvent> history(int m) {
    RepaymentTerms terms = RepaymentTerms.builder()
        .principal(DkkAmount.ofKroner(100L * m))
        .firstDueDate(OPENED.plusMonths(1))
        .frequency(Frequency.MONTHLY)
        .plan(RepaymentPlan.byCount(m))
        .roundingUnit(RoundingUnit.ORE)
        .build();
    List<LoanEvent> events = new ArrayList<>();
    events.add(new LoanEvent.Opened(terms, OPENED));
    events.add(new LoanEvent.TrancheDisbursed(terms.principal(), OPENED, "T"));
    events.add(new LoanEvent.DisbursementClosed(OPENED.plusMonths(1)));
    for (int k = 0; k < m / 2; k++) {
      LocalDate date = OPENED.plusMonths(1 + k);
      // Each month: a short payment, a top-up, a reversed extra payment; sometimes a deferral.
      events.add(new LoanEvent.PaymentReceived("A" + k, DkkAmount.ofKroner(60), date, "bank", PrepaymentHandling.SHORTEN_TERM));
      events.add(new LoanEvent.PaymentReceived("B" + k, DkkAmount.ofKroner(40), date, "bank", PrepaymentHandling.SHORTEN_TERM));
      events.add(new LoanEvent.PaymentReceived("C" + k, DkkAmount.ofKroner(30), date, "bank", PrepaymentHandling.SHORTEN_TERM));
      events.add(new LoanEvent.PaymentReversed("C" + k, date, "returned"));
      if (k % 10 == 9) {
        events.add(new LoanEvent.Deferred(1, date, "illness", "caseworker"));
      }
    }
    events.add(new LoanEvent.WrittenOff(Optional.of(DkkAmount.ofKroner(100)), OPENED.plusMonths(m / 2 + 1), "hardship", "head"));
    return events;
  }

  private static long work(List<LoanEvent> events) {
    LoanAccount account = LoanAccount.replay(BankingCalendar.danish(), events);
    Ledger ledger = account.ledgerAsOf(OPENED.plusYears(20));
    assertThat(ledger.outstandingOre()).isPositive();
    return ledger.work();
  }

  @Test
  void loadingWorkGrowsLinearlyWithEventsAndInstalments() {
    List<LoanEvent> small = history(50);
    List<LoanEvent> large = history(200);
    long smallWork = work(small);
    long largeWork = work(large);
    long smallSize = small.size() + 50L;
    long largeSize = large.size() + 200L;
    // Four times the events and instalments: about four times the work, never sixteen.
    assertThat(largeWork * smallSize).isLessThan(largeSize * smallWork * 5 / 4);
    assertThat(largeWork).isLessThan(10 * largeSize);
  }

  @Test
  void evolveDoesNoLedgerWorkUntilAskedAndThenOnlyOnce() {
    LoanAccount account = LoanAccount.replay(BankingCalendar.danish(), history(100));
    Ledger first = account.ledgerAsOf(OPENED.plusYears(20));
    assertThat(account.ledgerAsOf(OPENED.plusYears(20))).isSameAs(first);
  }

  @Test
  void aQueryBeforeTheLatestEventKeepsItsCutAndLeavesTheUsualLedgerAlone() {
    LoanAccount account = LoanAccount.replay(BankingCalendar.danish(), history(100));
    Ledger latest = account.ledgerAsOf(OPENED.plusYears(20));
    Ledger past = account.ledgerAsOf(OPENED.plusMonths(20));
    // Another date with the same events on or before it is the same cut.
    assertThat(account.ledgerAsOf(OPENED.plusMonths(20).plusDays(1))).isSameAs(past);
    assertThat(past).isNotSameAs(latest);
    assertThat(account.ledgerAsOf(OPENED.plusYears(20))).isSameAs(latest);
  }
}
