package dk.mikrolan.loan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.LoanPolicy;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.testkit.LoanGenerators;
import dk.mikrolan.testkit.LoanLaws;
import dk.mikrolan.testkit.LoanScript;
import java.util.List;
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
            account = account.evolveAll(outcome.get());
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
      never = never.evolveAll(outcome.get());
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
              account = account.evolveAll(outcome.get());
            }
          }
        });
  }

  /**
   * "As of" means as of: every query on the whole history, asked for a date, equals the same
   * query on the history cut at that date (the events dated on or before it, in order). The dates
   * are the eve of the opening, every step's date and the day before it, and a year past the end,
   * asked in that order so that the account's memo of its last cut is hit and missed.
   */
  @org.junit.jupiter.api.Test
  void everyQueryAsOfADateEqualsTheSameQueryOnTheHistoryCutThere() {
    qt().withExamples(1_000)
        .forAll(LoanGenerators.scripts())
        .checkAssert(script -> {
          LoanAccount account = run(script, (state, date) -> { });
          java.util.List<LocalDate> dates = new java.util.ArrayList<>();
          dates.add(script.openedOn().minusDays(1));
          for (LocalDate d : script.dates()) {
            dates.add(d.minusDays(1));
            dates.add(d);
          }
          dates.add(dates.get(dates.size() - 1).plusYears(1));
          for (LocalDate d : dates) {
            LoanAccount cut = LoanAccount.replay(CALENDAR, account.events().stream().filter(e -> !e.date().isAfter(d)).toList());
            assertThat(account.status(d)).as("status on %s", d).isEqualTo(cut.status(d));
            if (cut.status(d) == LoanStatus.NOT_OPENED) {
              continue;
            }
            assertThat(account.balances(d)).as("balances on %s", d).isEqualTo(cut.balances(d));
            assertThat(account.arrears(d)).as("arrears on %s", d).isEqualTo(cut.arrears(d));
            assertThat(account.instalments(d)).as("instalments on %s", d).isEqualTo(cut.instalments(d));
            assertThat(account.nextDue(d)).as("next due on %s", d).isEqualTo(cut.nextDue(d));
            assertThat(account.outstanding(d)).as("outstanding on %s", d).isEqualTo(cut.outstanding(d));
            assertThat(account.instalmentsStillDue(d)).as("still due on %s", d).isEqualTo(cut.instalmentsStillDue(d));
          }
        });
  }

  /**
   * The account against a plain model written independently of the ledger ({@link
   * LoanAccountModel}): after every accepted step, on the step's date, the day before it and a
   * hundred days later, every query answers what the model does. Guarded so that the scripts do
   * reach a deferral after a prepayment has settled the last instalments.
   */
  @org.junit.jupiter.api.Test
  void everyQueryAgreesWithThePlainModel() {
    java.util.concurrent.atomic.AtomicInteger deferralsPastSettled = new java.util.concurrent.atomic.AtomicInteger();
    qt().withExamples(1_200)
        .forAll(LoanGenerators.scripts())
        .checkAssert(script -> run(script, (state, date) -> {
          if (state.events().get(state.events().size() - 1) instanceof LoanEvent.Deferred) {
            java.util.List<ScheduledInstalment> before = LoanAccountModel.of(CALENDAR, state.events().subList(0, state.events().size() - 1), date).instalments();
            if (!before.isEmpty() && before.get(before.size() - 1).isSettled() && before.stream().anyMatch(i -> !i.isSettled())) {
              deferralsPastSettled.incrementAndGet();
            }
          }
          for (LocalDate d : java.util.List.of(date.minusDays(1), date, date.plusDays(100))) {
            LoanAccountModel model = LoanAccountModel.of(CALENDAR, state.events(), d);
            assertThat(state.status(d)).as("status on %s", d).isEqualTo(model.status());
            if (model.status() == LoanStatus.NOT_OPENED) {
              continue;
            }
            assertThat(state.balances(d)).as("balances on %s", d).isEqualTo(model.balances());
            assertThat(state.instalments(d)).as("instalments on %s", d).isEqualTo(model.instalments());
            assertThat(state.arrears(d)).as("arrears on %s", d).isEqualTo(model.arrears(d));
            assertThat(state.nextDue(d)).as("next due on %s", d).isEqualTo(model.nextDue(d));
          }
        }));
    assertThat(deferralsPastSettled.get()).as("deferrals after the last instalments were settled").isPositive();
  }

  /**
   * Amounts stay in range: in scripts that also pay amounts at and beyond {@link
   * DkkAmount#MAX_ABSOLUTE}, after every step, every amount the account shows on the step's date,
   * the day before and 400 days later reads back from its text, and the laws hold after every
   * accepted step. Guarded so that huge payments are accepted and that some command is refused
   * for its result although its own amount is in range.
   */
  @org.junit.jupiter.api.Test
  void everyAmountTheAccountShowsReadsBackFromItsText() {
    java.util.concurrent.atomic.AtomicInteger hugeAccepted = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger refusedForTheResult = new java.util.concurrent.atomic.AtomicInteger();
    qt().withExamples(1_000)
        .forAll(LoanGenerators.scriptsWithHugeAmounts())
        .checkAssert(script -> {
          LoanAccount account = open(script);
          java.util.List<LocalDate> dates = script.dates();
          for (int i = 0; i < script.steps().size(); i++) {
            LocalDate date = dates.get(i);
            LoanCommand command = script.steps().get(i).command(account, date, i);
            Either<Refusal, List<LoanEvent>> outcome = account.decide(command, POLICIES);
            boolean huge = command instanceof LoanCommand.ReceivePayment p
                && p.amount().ore() > DkkAmount.MAX_ABSOLUTE.ore() / 4;
            if (outcome.isRight()) {
              account = account.evolveAll(outcome.get());
              assertThat(LoanLaws.violations(account, date)).isEmpty();
              hugeAccepted.addAndGet(huge ? 1 : 0);
            } else if (huge && outcome.getLeft().hasReason("AMOUNT_OUT_OF_RANGE")
                && !((LoanCommand.ReceivePayment) command).amount().isGreaterThan(DkkAmount.MAX_ABSOLUTE)) {
              refusedForTheResult.incrementAndGet();
            }
            for (LocalDate d : java.util.List.of(date.minusDays(1), date, date.plusDays(400))) {
              if (account.status(d) != LoanStatus.NOT_OPENED) {
                assertThat(shown(account, d)).as("amounts on %s", d)
                    .allSatisfy(x -> assertThat(DkkAmount.parse(x.toString())).isEqualTo(x));
              }
            }
          }
        });
    assertThat(hugeAccepted.get()).as("huge payments accepted").isPositive();
    assertThat(refusedForTheResult.get()).as("payments refused for the balances they would give").isPositive();
  }

  /** Every amount the account's public queries show on a date. */
  private static java.util.List<DkkAmount> shown(LoanAccount account, LocalDate asOf) {
    java.util.List<DkkAmount> amounts = new java.util.ArrayList<>();
    LoanBalances b = account.balances(asOf);
    amounts.addAll(java.util.List.of(b.disbursed(), b.paid(), b.refunded(), b.writtenOff(), b.outstanding(),
        account.arrears(asOf).overdue(), DkkAmount.of(account.outstanding(asOf)), account.terms().get().principal()));
    java.util.List<ScheduledInstalment> instalments = new java.util.ArrayList<>(account.instalments(asOf));
    instalments.addAll(account.instalmentsStillDue(asOf));
    account.nextDue(asOf).ifPresent(instalments::add);
    for (ScheduledInstalment i : instalments) {
      amounts.add(i.amount());
      amounts.add(i.remaining());
    }
    return amounts;
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
          kinds.add(state.events().get(state.events().size() - 1).getClass());
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
    return account.evolveAll(account.decide(new LoanCommand.Open(script.terms(), script.openedOn()), POLICIES)
        .get());
  }

  private static LoanAccount run(LoanScript script, Check check) {
    LoanAccount account = open(script);
    java.util.List<LocalDate> dates = script.dates();
    for (int i = 0; i < script.steps().size(); i++) {
      LocalDate date = dates.get(i);
      LoanCommand command = script.steps().get(i).command(account, date, i);
      Either<Refusal, List<LoanEvent>> outcome = account.decide(command, POLICIES);
      if (outcome.isRight()) {
        account = account.evolveAll(outcome.get());
        check.after(account, date);
      }
    }
    return account;
  }
}
