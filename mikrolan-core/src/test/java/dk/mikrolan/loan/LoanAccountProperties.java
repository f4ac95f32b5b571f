package dk.mikrolan.loan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.policy.LoanPolicy;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.testkit.LoanGenerators;
import dk.mikrolan.testkit.LoanLaws;
import dk.mikrolan.testkit.LoanScript;
import io.vavr.collection.List;
import io.vavr.control.Either;
import dk.mikrolan.rules.Refusal;
import java.time.LocalDate;

/** Model-based properties of the loan account: random command scripts with dates moving forward. */
class LoanAccountProperties {

  private static final BankingCalendar CALENDAR = BankingCalendar.danish();
  private static final PolicyVersions<LoanPolicy> POLICIES = PolicyVersions.of(LoanPolicy.defaults(LocalDate.of(2000, 1, 1)));

  @org.junit.jupiter.api.Test
  void everyStepKeepsTheLawsAndReplaysToTheSameState() {
    qt().withExamples(1_200)
        .forAll(LoanGenerators.scripts())
        .checkAssert(script -> {
          LoanAccount account = run(script, (state, date) -> assertThat(LoanLaws.violations(state, date)).isEmpty());
          assertThat(account.version()).isPositive();
        });
  }

  /**
   * Reversal against an independent run: the same accepted commands decided afresh without the
   * payment and its reversal (so no exclusion happens) must give the same balances, instalments and
   * arrears — whenever that run accepts every other command, as the original did.
   */
  @org.junit.jupiter.api.Test
  void reversingAPaymentIsAsIfItHadNeverBeenPosted() {
    java.util.concurrent.atomic.AtomicInteger compared = new java.util.concurrent.atomic.AtomicInteger();
    qt().withExamples(1_200)
        .forAll(LoanGenerators.scripts())
        .checkAssert(script -> {
          java.util.List<LoanCommand> accepted = new java.util.ArrayList<>();
          LoanAccount account = open(script);
          java.util.List<LocalDate> dates = script.dates();
          for (int i = 0; i < script.steps().size(); i++) {
            LoanCommand command = script.steps().get(i).command(account, dates.get(i), i);
            Either<Refusal, List<LoanEvent>> outcome = account.decide(command, POLICIES);
            if (outcome.isLeft()) {
              continue;
            }
            account = outcome.get().foldLeft(account, LoanAccount::evolve);
            accepted.add(command);
            if (command instanceof LoanCommand.ReversePayment r) {
              LoanAccount never = withoutPayment(script, accepted, r.paymentId());
              if (never != null) {
                compared.incrementAndGet();
                LocalDate asOf = dates.get(i);
                assertThat(never.balances(asOf)).isEqualTo(account.balances(asOf));
                assertThat(never.instalments(asOf)).isEqualTo(account.instalments(asOf));
                assertThat(never.arrears(asOf)).isEqualTo(account.arrears(asOf));
              }
            }
          }
        });
    assertThat(compared.get()).as("reversals compared").isPositive();
  }

  /** The accepted commands decided again without a payment and its reversal; null if one is refused. */
  private static LoanAccount withoutPayment(LoanScript script, java.util.List<LoanCommand> accepted, String paymentId) {
    LoanAccount never = open(script);
    for (LoanCommand c : accepted) {
      boolean aboutIt = (c instanceof LoanCommand.ReceivePayment p && p.paymentId().equals(paymentId))
          || (c instanceof LoanCommand.ReversePayment r && r.paymentId().equals(paymentId));
      if (aboutIt) {
        continue;
      }
      Either<Refusal, List<LoanEvent>> outcome = never.decide(c, POLICIES);
      if (outcome.isLeft()) {
        return null;
      }
      never = outcome.get().foldLeft(never, LoanAccount::evolve);
    }
    return never;
  }

  @org.junit.jupiter.api.Test
  void everyRefusalNamesTheStatusAndAtLeastOneReason() {
    qt().withExamples(1_200)
        .forAll(LoanGenerators.scripts(15))
        .checkAssert(script -> {
          LoanAccount account = open(script);
          java.util.List<LocalDate> dates = script.dates();
          for (int i = 0; i < script.steps().size(); i++) {
            LoanCommand command = script.steps().get(i).command(account, dates.get(i), i);
            Either<Refusal, List<LoanEvent>> outcome = account.decide(command, POLICIES);
            if (outcome.isLeft()) {
              assertThat(outcome.getLeft().reasons()).isNotEmpty();
              assertThat(outcome.getLeft().state()).isEqualTo(account.status(dates.get(i)).name());
            } else {
              account = outcome.get().foldLeft(account, LoanAccount::evolve);
            }
          }
        });
  }

  /** Guards the generator: properties over scripts that never reach an event prove little. */
  @org.junit.jupiter.api.Test
  void scriptsReachEveryKindOfEventAndStatus() {
    java.util.Set<Class<?>> kinds = new java.util.HashSet<>();
    java.util.Set<LoanStatus> statuses = java.util.EnumSet.noneOf(LoanStatus.class);
    qt().withFixedSeed(20_261_126L)
        .withExamples(500)
        .forAll(LoanGenerators.scripts())
        .checkAssert(script -> run(script, (state, date) -> {
          kinds.add(state.events().last().getClass());
          statuses.add(state.status(date));
        }));
    kinds.add(LoanEvent.Opened.class); // every script starts with it, before the first check
    assertThat(kinds).containsAll(java.util.Arrays.asList(LoanEvent.class.getPermittedSubclasses()));
    assertThat(statuses).contains(LoanStatus.ACTIVE, LoanStatus.REPAID, LoanStatus.OVERPAID, LoanStatus.WRITTEN_OFF);
  }

  private interface Check {
    void after(LoanAccount state, LocalDate date);
  }

  private static LoanAccount open(LoanScript script) {
    LoanAccount account = LoanAccount.empty(CALENDAR);
    return account.decide(new LoanCommand.Open(script.terms(), script.openedOn()), POLICIES)
        .get()
        .foldLeft(account, LoanAccount::evolve);
  }

  private static LoanAccount run(LoanScript script, Check check) {
    LoanAccount account = open(script);
    java.util.List<LocalDate> dates = script.dates();
    for (int i = 0; i < script.steps().size(); i++) {
      LocalDate date = dates.get(i);
      LoanCommand command = script.steps().get(i).command(account, date, i);
      Either<Refusal, List<LoanEvent>> outcome = account.decide(command, POLICIES);
      if (outcome.isRight()) {
        account = outcome.get().foldLeft(account, LoanAccount::evolve);
        check.after(account, date);
      }
    }
    return account;
  }
}
