package dk.mikrolan.loan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.LoanPolicy;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.rules.Refusal;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentTerms;
import dk.mikrolan.schedule.RoundingUnit;
import java.util.List;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Examples of the loan account, many of them the bug classes other loan systems keep meeting. */
class LoanAccountTest {

  private static final PolicyVersions<LoanPolicy> POLICIES = PolicyVersions.of(LoanPolicy.defaults(LocalDate.of(2000, 1, 1)));

  private LoanAccount account = LoanAccount.empty(BankingCalendar.danish());
  private int payments;

  private static RepaymentTerms terms(String principal, LocalDate firstDue, RepaymentPlan plan, RoundingUnit unit) {
    return RepaymentTerms.builder()
        .principal(DkkAmount.parse("DKK " + principal))
        .firstDueDate(firstDue)
        .frequency(Frequency.MONTHLY)
        .plan(plan)
        .roundingUnit(unit)
        .build();
  }

  private void openAndDisburse(RepaymentTerms terms, LocalDate on) {
    accept(new LoanCommand.Open(terms, on));
    accept(new LoanCommand.Disburse(terms.principal(), on, "payout"));
  }

  private List<LoanEvent> accept(LoanCommand command) {
    Either<Refusal, List<LoanEvent>> outcome = account.decide(command, POLICIES);
    assertThat(outcome.isRight()).as("%s", outcome).isTrue();
    account = account.evolveAll(outcome.get());
    return outcome.get();
  }

  private Refusal refuse(LoanCommand command) {
    Either<Refusal, List<LoanEvent>> outcome = account.decide(command, POLICIES);
    assertThat(outcome.isLeft()).as("%s", outcome).isTrue();
    return outcome.getLeft();
  }

  private String pay(String amount, LocalDate on) {
    String id = "P" + (++payments);
    accept(new LoanCommand.ReceivePayment(id, DkkAmount.parse("DKK " + amount), on, "bank", PrepaymentHandling.SHORTEN_TERM));
    return id;
  }

  private java.util.List<String> remaining(LocalDate asOf) {
    return account.instalments(asOf).stream().map(i -> i.remaining().toString()).toList();
  }

  @Test
  void roundingLeftoverGoesToTheFirstInstalmentAndIsRepaidExactly() {
    openAndDisburse(terms("1000.50", LocalDate.of(2026, 2, 27), RepaymentPlan.byCount(3), RoundingUnit.WHOLE_KRONER),
        LocalDate.of(2026, 1, 15));
    assertThat(account.instalments(LocalDate.of(2026, 1, 15)))
        .extracting(i -> i.amount().toString())
        .containsExactly("DKK 334.50", "DKK 333.00", "DKK 333.00");
    pay("334.50", LocalDate.of(2026, 2, 27));
    pay("333.00", LocalDate.of(2026, 3, 27));
    pay("333.00", LocalDate.of(2026, 4, 27));
    assertThat(account.status(LocalDate.of(2026, 4, 27))).isEqualTo(LoanStatus.REPAID);
    assertThat(account.balances(LocalDate.of(2026, 4, 27)).outstanding()).isEqualTo(DkkAmount.ZERO);
  }

  @Test
  void movesFirstInstalmentOffGoodFridayAndCountsArrearsFromTheBankingDay() {
    openAndDisburse(terms("3000", LocalDate.of(2026, 4, 3), RepaymentPlan.byCount(3), RoundingUnit.ORE),
        LocalDate.of(2026, 1, 10));
    ScheduledInstalment first = account.instalments(LocalDate.of(2026, 1, 10)).get(0);
    assertThat(first.nominalDate()).isEqualTo(LocalDate.of(2026, 4, 3));
    assertThat(first.dueDate()).isEqualTo(LocalDate.of(2026, 4, 7)); // Good Friday, Easter Monday
    assertThat(account.arrears(LocalDate.of(2026, 4, 7))).isEqualTo(Arrears.NONE);
    Arrears arrears = account.arrears(LocalDate.of(2026, 4, 8));
    assertThat(arrears.daysPastDue()).isEqualTo(1);
    assertThat(arrears.overdue()).isEqualTo(DkkAmount.ofKroner(1_000));
    assertThat(arrears.bucket()).isEqualTo(ArrearsBucket.DAYS_1_30);
  }

  @Test
  void movesLastInstalmentOffChristmasAndAcrossNewYear() {
    openAndDisburse(terms("2000", LocalDate.of(2026, 11, 24), RepaymentPlan.byCount(2), RoundingUnit.ORE),
        LocalDate.of(2026, 10, 1));
    assertThat(account.instalments(LocalDate.of(2026, 10, 1)).get(1).dueDate()).isEqualTo(LocalDate.of(2026, 12, 28));

    account = LoanAccount.empty(BankingCalendar.danish());
    openAndDisburse(terms("2000", LocalDate.of(2027, 11, 30), RepaymentPlan.byCount(2), RoundingUnit.ORE),
        LocalDate.of(2027, 10, 1));
    ScheduledInstalment last = account.instalments(LocalDate.of(2027, 10, 1)).get(1);
    assertThat(last.nominalDate()).isEqualTo(LocalDate.of(2027, 12, 30));
    account = LoanAccount.empty(BankingCalendar.danish());
    openAndDisburse(terms("2000", LocalDate.of(2027, 10, 31), RepaymentPlan.byCount(3), RoundingUnit.ORE),
        LocalDate.of(2027, 9, 1));
    ScheduledInstalment newYearsEve = account.instalments(LocalDate.of(2027, 9, 1)).get(2);
    assertThat(newYearsEve.nominalDate()).isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat(newYearsEve.dueDate()).isEqualTo(LocalDate.of(2028, 1, 3));
  }

  @Test
  void keepsMonthEndsThroughTheTwentyNinthOfFebruary() {
    openAndDisburse(terms("3000", LocalDate.of(2028, 1, 31), RepaymentPlan.byCount(3), RoundingUnit.ORE),
        LocalDate.of(2027, 12, 1));
    assertThat(account.instalments(LocalDate.of(2027, 12, 1)))
        .extracting(ScheduledInstalment::nominalDate)
        .containsExactly(LocalDate.of(2028, 1, 31), LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 31));
  }

  @Test
  void prepaymentInTheFirstMonthPaysTheComingInstalmentThenShortensTheTerm() {
    openAndDisburse(terms("5000", LocalDate.of(2026, 3, 2), RepaymentPlan.byCount(5), RoundingUnit.ORE),
        LocalDate.of(2026, 2, 2));
    pay("3000", LocalDate.of(2026, 2, 10));
    assertThat(remaining(LocalDate.of(2026, 2, 10)))
        .containsExactly("DKK 0.00", "DKK 1000.00", "DKK 1000.00", "DKK 0.00", "DKK 0.00");
    assertThat(account.nextDue(LocalDate.of(2026, 3, 3)).get().number()).isEqualTo(2);
    assertThat(account.arrears(LocalDate.of(2026, 3, 20))).isEqualTo(Arrears.NONE);
  }

  @Test
  void prepaymentCanLowerTheRemainingInstalmentsInstead() {
    openAndDisburse(terms("4000", LocalDate.of(2026, 3, 2), RepaymentPlan.byCount(4), RoundingUnit.WHOLE_KRONER),
        LocalDate.of(2026, 2, 2));
    accept(new LoanCommand.ReceivePayment("P1", DkkAmount.ofKroner(1_600), LocalDate.of(2026, 2, 27), "bank",
        PrepaymentHandling.REDUCE_INSTALMENTS));
    assertThat(remaining(LocalDate.of(2026, 2, 27)))
        .containsExactly("DKK 0.00", "DKK 800.00", "DKK 800.00", "DKK 800.00");
  }

  @Test
  void payingAFewDaysEarlyPaysTheComingInstalment() {
    openAndDisburse(terms("3000", LocalDate.of(2026, 3, 2), RepaymentPlan.byCount(3), RoundingUnit.ORE),
        LocalDate.of(2026, 2, 2));
    pay("1000", LocalDate.of(2026, 2, 26));
    assertThat(remaining(LocalDate.of(2026, 2, 26))).containsExactly("DKK 0.00", "DKK 1000.00", "DKK 1000.00");
  }

  @Test
  void deferralMovesTheRemainingInstalmentsThenAPaymentSettlesTheMovedOne() {
    openAndDisburse(terms("3000", LocalDate.of(2026, 3, 2), RepaymentPlan.byCount(3), RoundingUnit.ORE),
        LocalDate.of(2026, 2, 2));
    pay("1000", LocalDate.of(2026, 3, 2));
    accept(new LoanCommand.Defer(2, LocalDate.of(2026, 3, 20), "illness", "caseworker"));
    assertThat(account.instalments(LocalDate.of(2026, 3, 20)))
        .extracting(ScheduledInstalment::nominalDate)
        .containsExactly(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 6, 2), LocalDate.of(2026, 7, 2));
    assertThat(account.arrears(LocalDate.of(2026, 5, 1))).isEqualTo(Arrears.NONE);
    pay("1000", LocalDate.of(2026, 6, 2));
    assertThat(remaining(LocalDate.of(2026, 6, 2))).containsExactly("DKK 0.00", "DKK 0.00", "DKK 1000.00");
    assertThat(account.arrears(LocalDate.of(2026, 8, 3)).daysPastDue()).isEqualTo(32);
    assertThat(account.arrears(LocalDate.of(2026, 8, 3)).bucket()).isEqualTo(ArrearsBucket.DAYS_31_60);
  }

  @Test
  void reversalAfterFullRepaymentReopensTheLoan() {
    openAndDisburse(terms("2000", LocalDate.of(2026, 3, 2), RepaymentPlan.byCount(2), RoundingUnit.ORE),
        LocalDate.of(2026, 2, 2));
    pay("1000", LocalDate.of(2026, 3, 2));
    String second = pay("1000", LocalDate.of(2026, 4, 2));
    assertThat(account.status(LocalDate.of(2026, 4, 2))).isEqualTo(LoanStatus.REPAID);
    accept(new LoanCommand.ReversePayment(second, LocalDate.of(2026, 4, 10), "returned by the bank"));
    assertThat(account.status(LocalDate.of(2026, 4, 10))).isEqualTo(LoanStatus.ACTIVE);
    assertThat(account.arrears(LocalDate.of(2026, 4, 10)).overdue()).isEqualTo(DkkAmount.ofKroner(1_000));
    assertThat(account.events()).hasSize(6); // the reversed payment stays in the history
    assertThat(refuse(new LoanCommand.ReversePayment(second, LocalDate.of(2026, 4, 11), "again"))
        .hasReason("PAYMENT_ALREADY_REVERSED")).isTrue();
  }

  @Test
  void writeOffOfTheRestStaysCompleteWhenAnEarlierPaymentIsReversed() {
    openAndDisburse(terms("2000", LocalDate.of(2026, 3, 2), RepaymentPlan.byCount(2), RoundingUnit.ORE),
        LocalDate.of(2026, 2, 2));
    String first = pay("1000", LocalDate.of(2026, 3, 2));
    accept(new LoanCommand.WriteOff(Optional.empty(), LocalDate.of(2026, 3, 10), "business closed", "head of unit"));
    assertThat(account.balances(LocalDate.of(2026, 3, 10)).writtenOff()).isEqualTo(DkkAmount.ofKroner(1_000));
    accept(new LoanCommand.ReversePayment(first, LocalDate.of(2026, 3, 12), "returned by the bank"));
    LoanBalances b = account.balances(LocalDate.of(2026, 3, 12));
    assertThat(b.writtenOff()).isEqualTo(DkkAmount.ofKroner(2_000));
    assertThat(b.outstanding()).isEqualTo(DkkAmount.ZERO);
    assertThat(account.status(LocalDate.of(2026, 3, 12))).isEqualTo(LoanStatus.WRITTEN_OFF);
  }

  @Test
  void trancheNotPaidOutByTheFirstDueDateIsCancelledAndTheScheduleRecomputed() {
    accept(new LoanCommand.Open(terms("10000", LocalDate.of(2026, 6, 1), RepaymentPlan.byCount(4), RoundingUnit.ORE),
        LocalDate.of(2026, 3, 2)));
    accept(new LoanCommand.Disburse(DkkAmount.ofKroner(6_000), LocalDate.of(2026, 3, 2), "T1"));
    assertThat(refuse(new LoanCommand.Disburse(DkkAmount.ofKroner(5_000), LocalDate.of(2026, 4, 1), "T2"))
        .hasReason("TRANCHE_ABOVE_GRANTED")).isTrue();
    assertThat(account.instalments(LocalDate.of(2026, 6, 1)))
        .extracting(i -> i.amount().toString())
        .containsExactly("DKK 1500.00", "DKK 1500.00", "DKK 1500.00", "DKK 1500.00");
    List<LoanEvent> events = accept(new LoanCommand.ReceivePayment("P1", DkkAmount.ofKroner(1_500), LocalDate.of(2026, 6, 1),
        "bank", PrepaymentHandling.SHORTEN_TERM));
    assertThat(events.get(0)).isEqualTo(new LoanEvent.DisbursementClosed(LocalDate.of(2026, 6, 1)));
    assertThat(refuse(new LoanCommand.Disburse(DkkAmount.ofKroner(1_000), LocalDate.of(2026, 6, 2), "T3")).reasons())
        .extracting(v -> v.code())
        .containsExactlyInAnyOrder("DISBURSEMENT_CLOSED", "TRANCHE_NOT_BEFORE_FIRST_DUE_DATE");
  }

  @Test
  void overpaymentIsRefundedBackToRepaid() {
    openAndDisburse(terms("1000", LocalDate.of(2026, 3, 2), RepaymentPlan.byCount(1), RoundingUnit.ORE),
        LocalDate.of(2026, 2, 2));
    pay("1200", LocalDate.of(2026, 3, 2));
    assertThat(account.status(LocalDate.of(2026, 3, 2))).isEqualTo(LoanStatus.OVERPAID);
    assertThat(account.outstanding(LocalDate.of(2026, 3, 2))).isEqualTo(DkkAmount.ofKroner(-200).toMonetaryAmount());
    assertThat(refuse(new LoanCommand.RefundOverpayment(DkkAmount.ofKroner(300), LocalDate.of(2026, 3, 3), "R1"))
        .hasReason("REFUND_ABOVE_OVERPAYMENT")).isTrue();
    accept(new LoanCommand.RefundOverpayment(DkkAmount.ofKroner(200), LocalDate.of(2026, 3, 3), "R1"));
    assertThat(account.status(LocalDate.of(2026, 3, 3))).isEqualTo(LoanStatus.REPAID);
  }

  @Test
  void rescheduleSpreadsTheOutstandingBalanceByAmount() {
    openAndDisburse(terms("5000", LocalDate.of(2026, 3, 2), RepaymentPlan.byCount(2), RoundingUnit.ORE),
        LocalDate.of(2026, 2, 2));
    pay("500", LocalDate.of(2026, 3, 2));
    accept(new LoanCommand.Reschedule(LocalDate.of(2026, 5, 1), Frequency.MONTHLY,
        RepaymentPlan.byAmount(DkkAmount.ofKroner(2_000)), RoundingUnit.WHOLE_KRONER, LocalDate.of(2026, 4, 1),
        "lower income", "caseworker"));
    assertThat(account.instalments(LocalDate.of(2026, 4, 1)))
        .extracting(i -> i.amount().toString())
        .containsExactly("DKK 500.00", "DKK 2000.00", "DKK 2000.00", "DKK 500.00");
    assertThat(account.arrears(LocalDate.of(2026, 4, 1))).isEqualTo(Arrears.NONE);
  }

  @Test
  void refusalNamesTheStatusAndEveryReason() {
    openAndDisburse(terms("1000", LocalDate.of(2026, 3, 2), RepaymentPlan.byCount(1), RoundingUnit.ORE),
        LocalDate.of(2026, 2, 2));
    pay("100", LocalDate.of(2026, 2, 10));
    Refusal refusal = refuse(new LoanCommand.ReceivePayment("P1", DkkAmount.ZERO, LocalDate.of(2026, 2, 1), "bank",
        PrepaymentHandling.SHORTEN_TERM));
    assertThat(refusal.state()).isEqualTo("ACTIVE");
    assertThat(refusal.reasons()).extracting(v -> v.code())
        .containsExactlyInAnyOrder("DATE_BEFORE_LAST_EVENT", "DUPLICATE_PAYMENT_ID", "AMOUNT_NOT_POSITIVE");
    assertThat(refusal.reasons()).allSatisfy(v -> assertThat(v.danish()).isNotBlank());
  }

  @Test
  void refusesEverythingButOpeningBeforeTheAccountIsOpened() {
    Refusal refusal = refuse(new LoanCommand.CloseDisbursement(LocalDate.of(2026, 1, 1)));
    assertThat(refusal.state()).isEqualTo("NOT_OPENED");
    assertThat(refusal.hasReason("NOT_OPENED")).isTrue();
    assertThat(account.status(LocalDate.of(2026, 1, 1))).isEqualTo(LoanStatus.NOT_OPENED);
    assertThatThrownBy(() -> account.balances(LocalDate.of(2026, 1, 1))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("NOT_OPENED");
  }

  @Test
  void writeOffNeedsAReasonAndADeciderAndStaysWithinTheBalance() {
    openAndDisburse(terms("1000", LocalDate.of(2026, 3, 2), RepaymentPlan.byCount(1), RoundingUnit.ORE),
        LocalDate.of(2026, 2, 2));
    Refusal refusal = refuse(new LoanCommand.WriteOff(Optional.of(DkkAmount.ofKroner(2_000)), LocalDate.of(2026, 2, 3), " ", ""));
    assertThat(refusal.reasons()).extracting(v -> v.code())
        .containsExactlyInAnyOrder("DECISION_INCOMPLETE", "WRITE_OFF_ABOVE_OUTSTANDING");
  }

  @Test
  void aRefundThatOutlivesItsPaymentReopensTheInstalmentsItHadSettled() {
    openAndDisburse(terms("2000", LocalDate.of(2026, 3, 2), RepaymentPlan.byCount(2), RoundingUnit.ORE),
        LocalDate.of(2026, 2, 2));
    String big = pay("2000", LocalDate.of(2026, 2, 10));
    pay("200", LocalDate.of(2026, 2, 11));
    accept(new LoanCommand.RefundOverpayment(DkkAmount.ofKroner(200), LocalDate.of(2026, 2, 12), "R1"));
    accept(new LoanCommand.ReversePayment(big, LocalDate.of(2026, 2, 13), "returned by the bank"));
    LoanBalances b = account.balances(LocalDate.of(2026, 2, 13));
    assertThat(b.outstanding()).isEqualTo(DkkAmount.ofKroner(2_000));
    assertThat(remaining(LocalDate.of(2026, 2, 13))).containsExactly("DKK 1000.00", "DKK 1000.00");
    assertThat(account.status(LocalDate.of(2026, 2, 13))).isEqualTo(LoanStatus.ACTIVE);
  }

  @Test
  void aRefundBeyondEverySettledInstalmentFallsDueWithTheLast() {
    openAndDisburse(terms("1000", LocalDate.of(2026, 3, 2), RepaymentPlan.byCount(2), RoundingUnit.ORE),
        LocalDate.of(2026, 2, 2));
    String first = pay("1000", LocalDate.of(2026, 2, 10));
    pay("300", LocalDate.of(2026, 2, 11));
    accept(new LoanCommand.RefundOverpayment(DkkAmount.ofKroner(300), LocalDate.of(2026, 2, 12), "R1"));
    pay("100", LocalDate.of(2026, 2, 13));
    accept(new LoanCommand.ReversePayment(first, LocalDate.of(2026, 2, 14), "returned by the bank"));
    // Paid 300 + 100, refunded 300: 900 is owed on a 1,000 loan.
    assertThat(account.balances(LocalDate.of(2026, 2, 14)).outstanding()).isEqualTo(DkkAmount.ofKroner(900));
    assertThat(remaining(LocalDate.of(2026, 2, 14))).containsExactly("DKK 400.00", "DKK 500.00");
  }

  @Test
  void twoDeferralsAddUpAndOnlyMoveWhatIsUnpaid() {
    openAndDisburse(terms("4000", LocalDate.of(2026, 3, 2), RepaymentPlan.byCount(4), RoundingUnit.ORE),
        LocalDate.of(2026, 2, 2));
    pay("1000", LocalDate.of(2026, 3, 2));
    accept(new LoanCommand.Defer(1, LocalDate.of(2026, 3, 10), "illness", "cw"));
    pay("1000", LocalDate.of(2026, 5, 4));
    accept(new LoanCommand.Defer(2, LocalDate.of(2026, 5, 10), "illness", "cw"));
    assertThat(account.instalments(LocalDate.of(2026, 5, 10)))
        .extracting(ScheduledInstalment::nominalDate)
        .containsExactly(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 5, 2), LocalDate.of(2026, 8, 2),
            LocalDate.of(2026, 9, 2));
    assertThat(account.nextDue(LocalDate.of(2026, 5, 10)).get().dueDate()).isEqualTo(LocalDate.of(2026, 8, 3));
    assertThat(refuse(new LoanCommand.Defer(3_000, LocalDate.of(2026, 5, 11), "illness", "cw"))
        .hasReason("DUE_DATE_OUTSIDE_CALENDAR")).isTrue();
  }

  @Test
  void aDeferralAfterAPrepaymentMovesOnlyTheUnsettledInstalments() {
    openAndDisburse(terms("5000", LocalDate.of(2026, 3, 2), RepaymentPlan.byCount(5), RoundingUnit.ORE),
        LocalDate.of(2026, 2, 2));
    pay("3000", LocalDate.of(2026, 2, 10)); // the first instalment, then the last two from the back
    accept(new LoanCommand.Defer(2, LocalDate.of(2026, 2, 20), "illness", "caseworker"));
    assertThat(account.instalments(LocalDate.of(2026, 2, 20)))
        .extracting(i -> i.number() + " " + i.nominalDate() + " " + i.remaining())
        .containsExactly("1 2026-03-02 DKK 0.00", "2 2026-06-02 DKK 1000.00", "3 2026-07-02 DKK 1000.00",
            "4 2026-06-02 DKK 0.00", "5 2026-07-02 DKK 0.00");
    assertThat(account.nextDue(LocalDate.of(2026, 2, 20)).get().number()).isEqualTo(2);
    assertThat(account.arrears(LocalDate.of(2026, 6, 2))).isEqualTo(Arrears.NONE);
  }

  @Test
  void rescheduleTakesTheBalanceNetOfWhatIsPaidAndKeepsPaidInstalments() {
    openAndDisburse(terms("3000", LocalDate.of(2026, 3, 2), RepaymentPlan.byCount(3), RoundingUnit.ORE),
        LocalDate.of(2026, 2, 2));
    pay("1500", LocalDate.of(2026, 3, 2));
    accept(new LoanCommand.Reschedule(LocalDate.of(2026, 6, 1), Frequency.QUARTERLY, RepaymentPlan.byCount(3),
        RoundingUnit.WHOLE_KRONER, LocalDate.of(2026, 4, 1), "new budget", "cw"));
    assertThat(account.instalments(LocalDate.of(2026, 4, 1)))
        .extracting(i -> i.amount() + "@" + i.nominalDate())
        // The 500 beyond the first instalment was a prepayment, taken from the last (May) instalment.
        .containsExactly("DKK 1000.00@2026-03-02", "DKK 500.00@2026-05-02", "DKK 500.00@2026-06-01",
            "DKK 500.00@2026-09-01", "DKK 500.00@2026-12-01");
    assertThat(account.balances(LocalDate.of(2026, 4, 1)).outstanding()).isEqualTo(DkkAmount.ofKroner(1_500));
    assertThat(refuse(new LoanCommand.Reschedule(LocalDate.of(2026, 4, 1), Frequency.MONTHLY, RepaymentPlan.byCount(300),
        RoundingUnit.ORE, LocalDate.of(2026, 4, 1), "r", "cw")).reasons())
        .extracting(v -> v.code())
        .containsExactlyInAnyOrder("RESCHEDULE_FIRST_DUE_NOT_AFTER_DATE", "RESCHEDULE_ABOVE_MAX_INSTALMENTS");
  }

  @Test
  void aRescheduleAfterADeferralStartsOnItsOwnFirstDueDate() {
    openAndDisburse(terms("3000", LocalDate.of(2026, 3, 2), RepaymentPlan.byCount(3), RoundingUnit.ORE),
        LocalDate.of(2026, 2, 2));
    accept(new LoanCommand.Defer(6, LocalDate.of(2026, 2, 20), "illness", "cw"));
    accept(new LoanCommand.Reschedule(LocalDate.of(2026, 5, 1), Frequency.MONTHLY, RepaymentPlan.byCount(2),
        RoundingUnit.ORE, LocalDate.of(2026, 3, 10), "new plan", "cw"));
    assertThat(account.instalments(LocalDate.of(2026, 3, 10)))
        .extracting(ScheduledInstalment::nominalDate)
        .containsExactly(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1));
    accept(new LoanCommand.Defer(1, LocalDate.of(2026, 3, 11), "illness", "cw"));
    assertThat(account.instalments(LocalDate.of(2026, 3, 11)))
        .extracting(ScheduledInstalment::nominalDate)
        .containsExactly(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1));
  }
}
