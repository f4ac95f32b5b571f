package dk.mikrolan.loan;

import static org.assertj.core.api.Assertions.assertThat;

import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.rules.Refusal;
import dk.mikrolan.rules.Violation;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentTerms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Examples of amounts staying within {@link DkkAmount}'s range. */
class LoanAccountRangeTest {

  private static final LocalDate D = LocalDate.of(2026, 2, 10);

  private static LoanCommand.ReceivePayment payment(String id, DkkAmount amount) {
    return new LoanCommand.ReceivePayment(id, amount, D, "bank", PrepaymentHandling.SHORTEN_TERM);
  }

  /** Every amount the account shows on a date, as text and back. */
  private static List<DkkAmount> shown(LoanAccount account, LocalDate asOf) {
    List<DkkAmount> amounts = new ArrayList<>();
    LoanBalances b = account.balances(asOf);
    amounts.addAll(List.of(b.disbursed(), b.paid(), b.refunded(), b.writtenOff(), b.outstanding(),
        account.arrears(asOf).overdue(), DkkAmount.of(account.outstanding(asOf))));
    for (ScheduledInstalment i : account.instalments(asOf)) {
      amounts.add(i.amount());
      amounts.add(i.remaining());
    }
    return amounts;
  }

  @Test
  void refusesTheSecondBillionKronerPaymentAndStaysReadable() {
    TestAccount t = TestAccount.disbursed("10000", LocalDate.of(2026, 3, 2), 10, LocalDate.of(2026, 2, 2));
    t.accept(payment("P1", DkkAmount.ofKroner(1_000_000_000)));
    Refusal refusal = t.refuse(payment("P2", DkkAmount.ofKroner(1_000_000_000)));
    assertThat(refusal.state()).isEqualTo("OVERPAID");
    assertThat(refusal.reasons()).extracting(Violation::code).containsExactly("AMOUNT_OUT_OF_RANGE");
    assertThat(refusal.reasons().head().danish())
        .isEqualTo("Beløbet eller lånets saldi efter det ville overstige det største tilladte beløb, 1.000.000.000,00 kr.");
    assertThat(refusal.reasons().head().english())
        .isEqualTo("The amount, or the loan's balances after it, would exceed the largest amount allowed, DKK 1000000000.00.");
    LoanBalances b = t.account().balances(D);
    assertThat(b.paid()).isEqualTo(DkkAmount.parse("DKK 1000000000.00"));
    assertThat(b.outstanding()).isEqualTo(DkkAmount.parse("DKK -999990000.00"));
    assertThat(shown(t.account(), D)).allSatisfy(x -> assertThat(DkkAmount.parse(x.toString())).isEqualTo(x));
    // What still fits is accepted: a refund of the overpayment, then a payment again.
    t.accept(new LoanCommand.RefundOverpayment(DkkAmount.parse("DKK 999990000.00"), D, "R1"));
    assertThat(t.refuse(payment("P3", DkkAmount.ofKroner(1))).hasReason("AMOUNT_OUT_OF_RANGE")).isTrue();
  }

  @Test
  void refusesAnAmountBeyondTheRangeWithItsOtherReasons() {
    TestAccount t = TestAccount.disbursed("10000", LocalDate.of(2026, 3, 2), 10, LocalDate.of(2026, 2, 2));
    DkkAmount tooMuch = DkkAmount.ofOre(DkkAmount.MAX_ABSOLUTE.ore() + 1);
    assertThat(t.refuse(payment("P1", tooMuch)).reasons()).extracting(Violation::code)
        .containsExactly("AMOUNT_OUT_OF_RANGE");
    assertThat(t.refuse(new LoanCommand.WriteOff(java.util.Optional.of(tooMuch), D, "r", "cw")).reasons())
        .extracting(Violation::code).containsExactlyInAnyOrder("AMOUNT_OUT_OF_RANGE", "WRITE_OFF_ABOVE_OUTSTANDING");
    assertThat(t.account().balances(D).paid()).isEqualTo(DkkAmount.ZERO);
  }

  @Test
  void refusesAReversalThatWouldRunAnEarlierRescheduleByAmountPastTheCalendar() {
    TestAccount t = TestAccount.disbursed("2000", LocalDate.of(2026, 3, 2), 2, LocalDate.of(2026, 2, 2));
    String small = t.pay("0.01", LocalDate.of(2026, 2, 3));
    String huge = t.pay("500000000", LocalDate.of(2026, 2, 4));
    t.accept(new LoanCommand.RefundOverpayment(DkkAmount.parse("DKK 499998000.01"), LocalDate.of(2026, 2, 5), "R1"));
    t.accept(new LoanCommand.ReversePayment(small, LocalDate.of(2026, 2, 6), "returned by the bank"));
    t.accept(new LoanCommand.Reschedule(LocalDate.of(2026, 4, 1), Frequency.MONTHLY,
        RepaymentPlan.byAmount(DkkAmount.ofKroner(100)), dk.mikrolan.schedule.RoundingUnit.WHOLE_KRONER,
        LocalDate.of(2026, 2, 7), "one last øre", "caseworker"));
    // Without the big payment the reschedule would take DKK 500,000,000.01 at DKK 100 a month:
    // 5,000,001 instalments from April 2026, the last 5,000,000 months later.
    Refusal refusal = t.refuse(new LoanCommand.ReversePayment(huge, LocalDate.of(2026, 2, 8), "returned by the bank"));
    assertThat(refusal.reasons()).extracting(Violation::code).containsExactly("DUE_DATE_OUTSIDE_CALENDAR");
    assertThat(refusal.reasons().head().english()).isEqualTo("The due date +418692-12-01 lies outside the calendar's years.");
    assertThat(t.account().instalments(LocalDate.of(2026, 2, 8))).extracting(i -> i.amount().toString())
        .containsExactly("DKK 1000.00", "DKK 999.99", "DKK 0.01");
  }

  @Test
  void refusesToOpenOnAPrincipalBeyondTheRange() {
    TestAccount t = TestAccount.opened("1000", LocalDate.of(2026, 3, 2), 1, LocalDate.of(2026, 2, 2));
    RepaymentTerms huge = RepaymentTerms.builder().principal(DkkAmount.ofOre(DkkAmount.MAX_ABSOLUTE.ore() + 100))
        .firstDueDate(LocalDate.of(2026, 3, 2)).frequency(Frequency.MONTHLY).plan(RepaymentPlan.byCount(12)).build();
    assertThat(t.refuse(new LoanCommand.Open(huge, D)).reasons()).extracting(Violation::code)
        .containsExactlyInAnyOrder("ALREADY_OPENED", "AMOUNT_OUT_OF_RANGE");
  }
}
