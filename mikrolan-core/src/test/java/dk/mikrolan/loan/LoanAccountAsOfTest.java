package dk.mikrolan.loan;

import static org.assertj.core.api.Assertions.assertThat;

import dk.mikrolan.money.DkkAmount;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Examples of the account's queries as of a date. */
class LoanAccountAsOfTest {

  private static String row(ScheduledInstalment i) {
    return i.number() + " " + i.dueDate() + " " + i.remaining();
  }

  @Test
  void instalmentsStillDueWhilePayoutIsOpenAreTheScheduleOfWhatWasPaidOut() {
    TestAccount t = TestAccount.opened("4000", LocalDate.of(2026, 3, 2), 4, LocalDate.of(2026, 1, 15));
    t.accept(new LoanCommand.Disburse(DkkAmount.ofKroner(2_000), LocalDate.of(2026, 1, 20), "T1"));
    LocalDate asOf = LocalDate.of(2026, 2, 1);
    // Payout is still open: the schedule shown is on the granted principal ...
    assertThat(t.remaining(asOf)).containsOnly("DKK 1000.00");
    // ... but payout ends on the first due date, so what falls due is the schedule on DKK 2,000
    // (2 April 2026 is Maundy Thursday, 2 May a Saturday).
    assertThat(t.account().instalmentsStillDue(asOf)).extracting(LoanAccountAsOfTest::row).containsExactly(
        "1 2026-03-02 DKK 500.00", "2 2026-04-07 DKK 500.00", "3 2026-05-04 DKK 500.00", "4 2026-06-02 DKK 500.00");
    assertThat(t.account().arrears(LocalDate.of(2026, 4, 8)))
        .isEqualTo(new Arrears(DkkAmount.ofKroner(1_000), 37, ArrearsBucket.DAYS_31_60));
  }

  @Test
  void instalmentsStillDueLeaveOutWhatIsSettled() {
    TestAccount t = TestAccount.disbursed("3000", LocalDate.of(2026, 3, 2), 3, LocalDate.of(2026, 2, 2));
    t.pay("1500", LocalDate.of(2026, 3, 2));
    assertThat(t.account().instalmentsStillDue(LocalDate.of(2026, 3, 2))).extracting(LoanAccountAsOfTest::row)
        .containsExactly("2 2026-04-07 DKK 1000.00", "3 2026-05-04 DKK 500.00");
    t.pay("1500", LocalDate.of(2026, 3, 3));
    assertThat(t.account().instalmentsStillDue(LocalDate.of(2026, 3, 3))).isEmpty();
  }
}
