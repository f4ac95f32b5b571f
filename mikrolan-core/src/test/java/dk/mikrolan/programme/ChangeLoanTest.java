package dk.mikrolan.programme;

import static dk.mikrolan.programme.ProgrammeDesk.PAYOUT_DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.mikrolan.loan.LoanAccount;
import dk.mikrolan.loan.LoanCommand;
import dk.mikrolan.loan.LoanStatus;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.usecase.Caller;
import dk.mikrolan.usecase.UseCaseResult;
import dk.mikrolan.usecase.UseCaseShell;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A loan's changes through the shell, with the case and the fund following in the same append. */
class ChangeLoanTest {

  private static final String C1 = "2026-0042";

  private final ProgrammeDesk desk = ProgrammeDesk.of("751", 100_000, false);

  private void paidOut() {
    desk.recommend(C1, 12_000, 12);
    assertThat(desk.approve(C1)).isInstanceOf(UseCaseResult.Done.class);
    assertThat(desk.disburse(C1, DkkAmount.ofKroner(12_000), PAYOUT_DAY)).isInstanceOf(UseCaseResult.Done.class);
  }

  @Test
  void aPaymentValueDatedBeforeTheCasesLatestNoteStillMovesTheCaseToRepayingAndTheLastClosesIt() {
    paidOut();
    assertThat(desk.note(C1, "Telefonsamtale: deltageren betaler via netbank.", LocalDate.of(2026, 8, 20)))
        .isInstanceOf(UseCaseResult.Done.class);
    // The note is the case's latest event: a case command dated before it is refused ...
    assertThat(desk.note(C1, "For sent", LocalDate.of(2026, 8, 10))).isInstanceOfSatisfying(UseCaseResult.Refused.class,
        r -> assertThat(r.refusal().hasReason("DATE_BEFORE_LAST_EVENT")).isTrue());

    // ... but the bank's payment, value-dated 3 August and received after the note, is a fact.
    UseCaseResult<LoanAccount> first = desk.pay(C1, "P1", DkkAmount.ofKroner(1_000), LocalDate.of(2026, 8, 3));

    assertThat(first).isInstanceOf(UseCaseResult.Done.class);
    assertThat(desk.kase(C1).stage()).isEqualTo(Stage.REPAYING);
    assertThat(desk.kase(C1).events()).last().isEqualTo(new CaseEvent.RepaymentStarted(LocalDate.of(2026, 8, 3), "fin-1"));
    assertThat(desk.kase(C1).lastDate()).contains(LocalDate.of(2026, 8, 20));

    UseCaseResult<LoanAccount> last = desk.pay(C1, "P2", DkkAmount.ofKroner(11_000), LocalDate.of(2026, 8, 5));

    assertThat(last).isInstanceOf(UseCaseResult.Done.class);
    assertThat(desk.loan(C1).status(LocalDate.of(2026, 8, 20))).isEqualTo(LoanStatus.REPAID);
    assertThat(desk.kase(C1).stage()).isEqualTo(Stage.CLOSED);
    assertThat(desk.kase(C1).events()).last()
        .isEqualTo(new CaseEvent.Closed(LoanStatus.REPAID, LocalDate.of(2026, 8, 5), "fin-1"));
  }

  @Test
  void aPaymentThatMeetsANoteWrittenMeanwhileIsDecidedAgainOnTheNewerCase() {
    paidOut();
    desk.store().beforeNextAppends(1, other -> assertThat(UseCaseShell.over(other).run(CaseWork.of(
        new CaseWork.Request(desk.ref(C1), new CaseCommand.AddNote("Ringet op", LocalDate.of(2026, 8, 4), "cw-1")),
        desk.policies()), Caller.of("cw-1", "other"))).isInstanceOf(UseCaseResult.Done.class));
    int loads = desk.store().loads();

    UseCaseResult<LoanAccount> paid = desk.pay(C1, "P1", DkkAmount.ofKroner(1_000), LocalDate.of(2026, 8, 3));

    assertThat(paid).isInstanceOf(UseCaseResult.Done.class);
    assertThat(desk.store().loads() - loads).as("case, loan and fund, read twice").isEqualTo(6);
    assertThat(desk.kase(C1).events()).endsWith(
        new CaseEvent.NoteAdded("Ringet op", LocalDate.of(2026, 8, 4), "cw-1"),
        new CaseEvent.RepaymentStarted(LocalDate.of(2026, 8, 3), "fin-1"));
  }

  @Test
  void aWriteOffThatMeetsANoteWrittenMeanwhileGoesBackToTheCaseworker() {
    paidOut();
    long loanVersion = desk.store().version(ProgrammeStreams.loanStream(desk.ref(C1)));
    desk.store().beforeNextAppends(1, other -> UseCaseShell.over(other).run(CaseWork.of(
        new CaseWork.Request(desk.ref(C1), new CaseCommand.AddNote("Konkursbo", LocalDate.of(2026, 8, 4), "cw-1")),
        desk.policies()), Caller.of("cw-1", "other")));

    UseCaseResult<LoanAccount> writtenOff = desk.change(C1,
        new LoanCommand.WriteOff(Optional.empty(), LocalDate.of(2026, 8, 5), "Virksomheden er lukket", "head-1"));

    assertThat(writtenOff).isEqualTo(new UseCaseResult.Conflicted<>(ProgrammeStreams.caseStream(desk.ref(C1)), 12, 13));
    assertThat(desk.store().version(ProgrammeStreams.loanStream(desk.ref(C1)))).isEqualTo(loanVersion);
    assertThat(desk.kase(C1).stage()).isEqualTo(Stage.DISBURSED);
  }

  @Test
  void aPaymentIsAFactAndEveryOtherLoanCommandADecision() {
    LocalDate day = LocalDate.of(2026, 8, 3);
    assertThat(changeLoan(LoanCommand.ReceivePayment.of("P1", DkkAmount.ofKroner(1).toMonetaryAmount(), day, "b"))
        .onConflict()).isEqualTo(dk.mikrolan.usecase.OnConflict.DECIDE_AGAIN);
    assertThat(changeLoan(new LoanCommand.ReversePayment("P1", day, "returneret")).onConflict())
        .isEqualTo(dk.mikrolan.usecase.OnConflict.REPORT);
    assertThat(changeLoan(new LoanCommand.Defer(1, day, "sygdom", "head-1")).onConflict())
        .isEqualTo(dk.mikrolan.usecase.OnConflict.REPORT);
    assertThat(changeLoan(new LoanCommand.WriteOff(Optional.empty(), day, "lukket", "head-1")).onConflict())
        .isEqualTo(dk.mikrolan.usecase.OnConflict.REPORT);
  }

  @Test
  void payoutGoesThroughDisburseLoanNotChangeLoan() {
    assertThatThrownBy(() -> new ChangeLoan.Request(desk.ref(C1), new LoanCommand.Open(ProgrammeDesk.terms(12_000, 12),
        PAYOUT_DAY), "fin-1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ChangeLoan.Request(desk.ref(C1), new LoanCommand.Disburse(DkkAmount.ofKroner(1),
        PAYOUT_DAY, "NK"), "fin-1")).isInstanceOf(IllegalArgumentException.class);
  }

  private ChangeLoan changeLoan(LoanCommand command) {
    return ChangeLoan.of(new ChangeLoan.Request(desk.ref(C1), command, "fin-1"), desk.policies(),
        dk.mikrolan.calendar.BankingCalendar.danish());
  }
}
