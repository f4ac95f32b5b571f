package dk.mikrolan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.loan.LoanAccount;
import dk.mikrolan.loan.LoanEvent;
import dk.mikrolan.loan.PrepaymentHandling;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.programme.Stage;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentTerms;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The law checks find broken laws: a check that cannot fail would check nothing. */
class LoanLawsTest {

  private static final LocalDate D = LocalDate.of(2026, 2, 2);

  private static LoanAccount account(boolean reversed) {
    RepaymentTerms terms = RepaymentTerms.builder().principal(DkkAmount.ofKroner(2_000)).firstDueDate(D.plusMonths(1))
        .frequency(Frequency.MONTHLY).plan(RepaymentPlan.byCount(2)).build();
    List<LoanEvent> events = new java.util.ArrayList<>(List.of(
        new LoanEvent.Opened(terms, D),
        new LoanEvent.TrancheDisbursed(terms.principal(), D, "T"),
        new LoanEvent.PaymentReceived("P1", DkkAmount.ofKroner(1_000), D.plusMonths(1), "b", PrepaymentHandling.SHORTEN_TERM)));
    if (reversed) {
      events.add(new LoanEvent.PaymentReversed("P1", D.plusMonths(1), "returned"));
    }
    return LoanAccount.replay(BankingCalendar.danish(), events);
  }

  @Test
  void aHealthyAccountKeepsEveryLaw() {
    assertThat(LoanLaws.violations(account(false), D.plusMonths(2))).isEmpty();
    assertThat(LoanLaws.reversalViolations(account(true), "P1", D.plusMonths(2))).isEmpty();
  }

  @Test
  void reportsAPaymentThatStillCountsAsIfNeverPosted() {
    // P1 was not reversed, so the account is not as if it had never been posted.
    assertThat(LoanLaws.reversalViolations(account(false), "P1", D.plusMonths(2)))
        .anySatisfy(v -> assertThat(v).startsWith("balances differ"))
        .anySatisfy(v -> assertThat(v).startsWith("instalments differ"));
  }

  @Test
  void knowsTheStageMachine() {
    assertThat(CaseLaws.allows(Stage.REFERRED, Stage.SCREENING)).isTrue();
    assertThat(CaseLaws.allows(Stage.FINAL_SEMINAR, Stage.REJECTED)).isTrue();
    assertThat(CaseLaws.allows(Stage.REFERRED, Stage.APPROVED)).isFalse();
    assertThat(CaseLaws.allows(Stage.DISBURSED, Stage.REJECTED)).isFalse();
    assertThat(CaseLaws.allows(Stage.CLOSED, Stage.REPAYING)).isTrue(); // reopened by a reversal
    assertThat(CaseLaws.allows(Stage.CLOSED, Stage.APPROVED)).isFalse();
  }
}
