package dk.mikrolan.loan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.mikrolan.money.DkkAmount;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Examples of the account's queries as of a date. */
class LoanAccountAsOfTest {

  private static String row(ScheduledInstalment i) {
    return i.number() + " " + i.dueDate() + " " + i.remaining();
  }

  @Test
  void arrearsBeforeADeferralCountTheInstalmentsThenOverdue() {
    // The example: asked for 5 June, an account already holding a deferral of 10 June.
    TestAccount t = TestAccount.disbursed("3000", LocalDate.of(2026, 3, 2), 3, LocalDate.of(2026, 2, 2));
    t.accept(new LoanCommand.Defer(4, LocalDate.of(2026, 6, 10), "illness", "caseworker"));
    LocalDate fifthOfJune = LocalDate.of(2026, 6, 5);
    // Due 2 March, 7 April (after Easter) and 4 May; 95 days since the oldest.
    assertThat(t.account().arrears(fifthOfJune))
        .isEqualTo(new Arrears(DkkAmount.ofKroner(3_000), 95, ArrearsBucket.DAYS_90_PLUS));
    assertThat(t.account().instalments(fifthOfJune)).extracting(LoanAccountAsOfTest::row).containsExactly(
        "1 2026-03-02 DKK 1000.00", "2 2026-04-07 DKK 1000.00", "3 2026-05-04 DKK 1000.00");
    assertThat(t.account().nextDue(fifthOfJune).isEmpty()).isTrue();
    assertThat(t.account().status(fifthOfJune)).isEqualTo(LoanStatus.ACTIVE);
    // From the deferral's date on, the instalments are four months later and nothing is overdue.
    assertThat(t.account().arrears(LocalDate.of(2026, 6, 10))).isEqualTo(Arrears.NONE);
    assertThat(t.account().nextDue(LocalDate.of(2026, 6, 10)).get().dueDate()).isEqualTo(LocalDate.of(2026, 7, 2));
  }

  @Test
  void aPaymentCountsUntilTheDateOfItsReversal() {
    TestAccount t = TestAccount.disbursed("2000", LocalDate.of(2026, 3, 2), 2, LocalDate.of(2026, 2, 2));
    String id = t.pay("1000", LocalDate.of(2026, 3, 2));
    t.accept(new LoanCommand.ReversePayment(id, LocalDate.of(2026, 3, 20), "returned by the bank"));
    assertThat(t.account().arrears(LocalDate.of(2026, 3, 19))).isEqualTo(Arrears.NONE);
    assertThat(t.account().balances(LocalDate.of(2026, 3, 19)).paid()).isEqualTo(DkkAmount.ofKroner(1_000));
    assertThat(t.account().arrears(LocalDate.of(2026, 3, 20)))
        .isEqualTo(new Arrears(DkkAmount.ofKroner(1_000), 18, ArrearsBucket.DAYS_1_30));
    assertThat(t.account().balances(LocalDate.of(2026, 3, 20)).paid()).isEqualTo(DkkAmount.ZERO);
  }

  @Test
  void payoutClosedByCommandShapesTheScheduleOnlyFromTheClosingDate() {
    TestAccount t = TestAccount.opened("4000", LocalDate.of(2026, 3, 2), 4, LocalDate.of(2026, 1, 15));
    t.accept(new LoanCommand.Disburse(DkkAmount.ofKroner(2_000), LocalDate.of(2026, 1, 20), "T1"));
    t.accept(new LoanCommand.CloseDisbursement(LocalDate.of(2026, 2, 10)));
    assertThat(t.remaining(LocalDate.of(2026, 2, 9))).containsOnly("DKK 1000.00");
    assertThat(t.remaining(LocalDate.of(2026, 2, 10))).containsOnly("DKK 500.00");
    assertThat(t.account().status(LocalDate.of(2026, 1, 19))).isEqualTo(LoanStatus.AWAITING_DISBURSEMENT);
    assertThat(t.account().balances(LocalDate.of(2026, 1, 20)).disbursed()).isEqualTo(DkkAmount.ofKroner(2_000));
  }

  @Test
  void beforeItsOpeningDateTheAccountIsNotOpened() {
    TestAccount t = TestAccount.disbursed("1000", LocalDate.of(2026, 3, 2), 1, LocalDate.of(2026, 2, 2));
    assertThat(t.account().status(LocalDate.of(2026, 2, 1))).isEqualTo(LoanStatus.NOT_OPENED);
    assertThatThrownBy(() -> t.account().balances(LocalDate.of(2026, 2, 1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("NOT_OPENED");
    assertThat(t.account().status(LocalDate.of(2026, 2, 2))).isEqualTo(LoanStatus.ACTIVE);
  }

  @Test
  void aBackDatedCommandIsRefusedNamingTheStatusAsItStands() {
    TestAccount t = TestAccount.disbursed("1000", LocalDate.of(2026, 3, 2), 1, LocalDate.of(2026, 2, 2));
    t.pay("1000", LocalDate.of(2026, 2, 20));
    assertThat(t.refuse(new LoanCommand.WriteOff(java.util.Optional.empty(), LocalDate.of(2026, 2, 10), "r", "cw")))
        .satisfies(r -> assertThat(r.state()).isEqualTo("REPAID"))
        .satisfies(r -> assertThat(r.reasons()).extracting(v -> v.code())
            .containsExactlyInAnyOrder("DATE_BEFORE_LAST_EVENT", "NOTHING_OUTSTANDING"));
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
