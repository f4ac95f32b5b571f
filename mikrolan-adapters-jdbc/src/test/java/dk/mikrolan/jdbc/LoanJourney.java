package dk.mikrolan.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.identity.CaseId;
import dk.mikrolan.loan.LoanAccount;
import dk.mikrolan.loan.LoanCommand;
import dk.mikrolan.loan.LoanEvent;
import dk.mikrolan.loan.PrepaymentHandling;
import dk.mikrolan.loan.ScheduledInstalment;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.LoanPolicy;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.port.StreamId;
import dk.mikrolan.programme.ProgrammeStreams;
import dk.mikrolan.rules.Refusal;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentTerms;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.LocalDate;

/** A loan account driven by accepted commands; every event comes from {@link LoanAccount#decide}. */
final class LoanJourney {

  private static final PolicyVersions<LoanPolicy> POLICIES =
      PolicyVersions.of(LoanPolicy.defaults(LocalDate.of(2000, 1, 1)));

  private final CaseId caseId;
  private LoanAccount account = LoanAccount.empty(BankingCalendar.danish());
  private int payments;

  private LoanJourney(CaseId caseId) {
    this.caseId = caseId;
  }

  /** Opens a monthly loan of whole instalments: {@code count} × {@code instalmentKroner}. */
  static LoanJourney open(String caseId, long instalmentKroner, int count, LocalDate openedOn, LocalDate firstDue) {
    LoanJourney j = new LoanJourney(CaseId.of(caseId));
    j.does(new LoanCommand.Open(RepaymentTerms.builder()
        .principal(DkkAmount.ofKroner(instalmentKroner * count))
        .firstDueDate(firstDue)
        .frequency(Frequency.MONTHLY)
        .plan(RepaymentPlan.byCount(count))
        .build(), openedOn));
    return j;
  }

  LoanJourney does(LoanCommand command) {
    Either<Refusal, java.util.List<LoanEvent>> outcome = account.decide(command, POLICIES);
    assertThat(outcome.isRight()).as("%s", outcome).isTrue();
    account = account.evolveAll(outcome.get());
    return this;
  }

  LoanJourney disburse(DkkAmount amount, LocalDate on) {
    return does(new LoanCommand.Disburse(amount, on, "payout-" + account.version()));
  }

  LoanJourney disburseAll(LocalDate on) {
    return disburse(account.terms().get().principal(), on);
  }

  LoanJourney pay(DkkAmount amount, LocalDate on) {
    return does(new LoanCommand.ReceivePayment("P" + (++payments), amount, on, "bank", PrepaymentHandling.SHORTEN_TERM));
  }

  /** Pays what remains of the oldest unpaid instalment, on its due date. */
  LoanJourney payNextInstalmentWhenDue() {
    LocalDate firstDue = account.terms().get().firstDueDate();
    LocalDate latest = account.events().stream().map(LoanEvent::date).max(LocalDate::compareTo).get();
    ScheduledInstalment next = account.instalmentsStillDue(latest.isAfter(firstDue) ? latest : firstDue).get(0);
    return pay(next.remaining(), next.dueDate());
  }

  String lastPaymentId() {
    return "P" + payments;
  }

  StreamId stream() {
    return ProgrammeStreams.loanStream(ref());
  }

  /** The case the loan belongs to; journeys' loans are Aarhus's (751). */
  dk.mikrolan.identity.CaseRef ref() {
    return dk.mikrolan.identity.CaseRef.of("751", caseId);
  }

  CaseId caseId() {
    return caseId;
  }

  LoanAccount account() {
    return account;
  }

  java.util.List<LoanEvent> events() {
    return account.events();
  }
}
