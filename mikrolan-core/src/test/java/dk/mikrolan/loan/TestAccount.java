package dk.mikrolan.loan;

import static org.assertj.core.api.Assertions.assertThat;

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

/** A loan account driven by commands that must be accepted (or refused), for example tests. */
final class TestAccount {

  private static final PolicyVersions<LoanPolicy> POLICIES = PolicyVersions.of(LoanPolicy.defaults(LocalDate.of(2000, 1, 1)));

  private LoanAccount account = LoanAccount.empty(BankingCalendar.danish());
  private int payments;

  /** Opens a monthly loan by count in øre and pays all of it out on the opening date. */
  static TestAccount disbursed(String principal, LocalDate firstDue, int count, LocalDate on) {
    TestAccount t = opened(principal, firstDue, count, on);
    t.accept(new LoanCommand.Disburse(t.account.terms().get().principal(), on, "payout"));
    return t;
  }

  /** Opens a monthly loan by count in øre, nothing paid out. */
  static TestAccount opened(String principal, LocalDate firstDue, int count, LocalDate on) {
    TestAccount t = new TestAccount();
    t.accept(new LoanCommand.Open(RepaymentTerms.builder()
        .principal(DkkAmount.parse("DKK " + principal))
        .firstDueDate(firstDue)
        .frequency(Frequency.MONTHLY)
        .plan(RepaymentPlan.byCount(count))
        .roundingUnit(RoundingUnit.ORE)
        .build(), on));
    return t;
  }

  LoanAccount account() {
    return account;
  }

  List<LoanEvent> accept(LoanCommand command) {
    Either<Refusal, List<LoanEvent>> outcome = account.decide(command, POLICIES);
    assertThat(outcome.isRight()).as("%s", outcome).isTrue();
    account = account.evolveAll(outcome.get());
    return outcome.get();
  }

  Refusal refuse(LoanCommand command) {
    Either<Refusal, List<LoanEvent>> outcome = account.decide(command, POLICIES);
    assertThat(outcome.isLeft()).as("%s", outcome).isTrue();
    return outcome.getLeft();
  }

  /** Pays an amount (prepayment shortening the term) and returns the payment's id. */
  String pay(String amount, LocalDate on) {
    String id = "P" + (++payments);
    accept(new LoanCommand.ReceivePayment(id, DkkAmount.parse("DKK " + amount), on, "bank", PrepaymentHandling.SHORTEN_TERM));
    return id;
  }

  /** The instalments' remaining amounts on a date, in canonical form. */
  java.util.List<String> remaining(LocalDate asOf) {
    return account.instalments(asOf).stream().map(i -> i.remaining().toString()).toList();
  }
}
