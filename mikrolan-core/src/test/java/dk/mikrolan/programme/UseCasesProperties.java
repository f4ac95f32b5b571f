package dk.mikrolan.programme;

import static dk.mikrolan.programme.ProgrammeDesk.APPROVER;
import static dk.mikrolan.programme.ProgrammeDesk.CASEWORKER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dk.mikrolan.fund.LoanFund;
import dk.mikrolan.identity.CaseId;
import dk.mikrolan.loan.LoanAccount;
import dk.mikrolan.loan.LoanBalances;
import dk.mikrolan.loan.LoanCommand;
import dk.mikrolan.loan.LoanStatus;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.port.StreamId;
import dk.mikrolan.usecase.UseCaseResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Model-based property of the use cases: random scripts of approvals, payouts, payments,
 * reversals, deferrals, write-offs, rejections, withdrawals, notes and letter dispatches for a few
 * cases sharing one loan fund, run through the shell on an in-memory store. After every step the
 * store must agree with {@link UseCasesModel} — which steps are refused, the fund's balances, each
 * case's stage and loan — a refused step must have changed no stream, the case must follow its
 * loan, and every decision's letter must be in the outbox exactly once and delivered after a
 * dispatch.
 */
class UseCasesProperties {

  private static final int MAX_STEPS = 30;

  /** What one step did: the request as the property made it, and what the model expected. */
  private record Acted(String request, @Nullable UseCaseResult<?> result, boolean expected) {
    boolean accepted() {
      return result instanceof UseCaseResult.Done;
    }
  }

  private interface Check {
    void after(UseCaseScript.Step step, Acted acted, ProgrammeDesk desk, UseCasesModel model);
  }

  @Test
  void everyStepAgreesWithTheModelAndKeepsTheLaws() {
    qt().withExamples(300)
        .forAll(UseCaseScripts.scripts(MAX_STEPS))
        .checkAssert(script -> run(script, (step, acted, desk, model) -> { }));
  }

  /** Guards the generator: laws over scripts that never get past approval prove little. */
  @Test
  void scriptsReachApprovalPayoutRepaymentClosingAndEveryOutcome() {
    Set<Stage> stages = EnumSet.noneOf(Stage.class);
    Set<String> outcomes = new HashSet<>();
    Set<LoanStatus> statuses = EnumSet.noneOf(LoanStatus.class);
    boolean[] returnedToTheFund = {false};
    qt().withFixedSeed(20_260_522L)
        .withExamples(300)
        .forAll(UseCaseScripts.scripts(MAX_STEPS))
        .checkAssert(script -> run(script, (step, acted, desk, model) -> {
          outcomes.add(step.kind() + (acted.accepted() || acted.result() == null ? " accepted" : " refused"));
          model.cases().forEach((id, k) -> {
            stages.add(k.stage);
            statuses.add(model.status(k));
          });
          returnedToTheFund[0] |= model.returned() > 0;
        }));
    assertThat(stages).contains(Stage.APPROVED, Stage.DISBURSED, Stage.REPAYING, Stage.CLOSED, Stage.REJECTED,
        Stage.WITHDRAWN);
    assertThat(statuses).contains(LoanStatus.ACTIVE, LoanStatus.REPAID, LoanStatus.WRITTEN_OFF, LoanStatus.OVERPAID);
    for (UseCaseScript.Kind kind : UseCaseScript.Kind.values()) {
      assertThat(outcomes).contains(kind + " accepted");
      if (kind != UseCaseScript.Kind.DISPATCH) {
        assertThat(outcomes).contains(kind + " refused");
      }
    }
    assertThat(returnedToTheFund[0]).as("a revolving fund got repayments back").isTrue();
  }

  private static void run(UseCaseScript script, Check check) {
    ProgrammeDesk desk = ProgrammeDesk.of("751", script.fundCeilingKroner(), script.revolving());
    UseCasesModel model = new UseCasesModel(script.fundCeilingKroner() * 100, script.revolving());
    for (int i = 0; i < script.cases().size(); i++) {
      UseCaseScript.Loan loan = script.cases().get(i);
      desk.recommend(UseCaseScript.caseId(i), loan.kroner(), loan.instalments());
      model.recommended(UseCaseScript.caseId(i), loan.kroner() * 100);
    }
    LocalDate date = ProgrammeDesk.APPROVAL_DAY;
    for (int i = 0; i < script.steps().size(); i++) {
      UseCaseScript.Step step = script.steps().get(i);
      date = date.plusDays(step.days());
      Map<StreamId, Long> before = desk.store().versions();
      int appended = desk.store().appended();

      Acted acted = act(desk, model, script, i, date);

      String where = "step " + i + " " + step + ": " + acted.request() + " → " + acted.result();
      if (acted.result() != null) {
        assertThat(acted.result()).as(where).isInstanceOfAny(UseCaseResult.Done.class, UseCaseResult.Refused.class);
        assertThat(acted.accepted()).as(where).isEqualTo(acted.expected());
        if (!acted.accepted()) {
          desk.store().versions().forEach((s, v) -> assertThat(v).as("%s: %s", where, s).isEqualTo(before.getOrDefault(s, 0L)));
          assertThat(desk.store().appended()).as(where).isEqualTo(appended);
        }
      }
      laws(desk, model, date, step.kind() == UseCaseScript.Kind.DISPATCH, where);
      check.after(step, acted, desk, model);
    }
  }

  /** Turns a step into a request against the state it meets, runs it, and lets the model decide it too. */
  private static Acted act(ProgrammeDesk desk, UseCasesModel model, UseCaseScript script, int index, LocalDate date) {
    UseCaseScript.Step step = script.steps().get(index);
    String c = script.caseId(step);
    UseCasesModel.Kase k = model.kase(c);
    int size = step.size();
    long owed = k.opened ? model.outstanding(k) : 0;
    switch (step.kind()) {
      case APPROVE: {
        UseCaseResult<?> result = desk.approve(desk.approval(c, date, APPROVER));
        return new Acted("approve " + c + " on " + date, result, model.approve(c, date));
      }
      case DISBURSE: {
        long left = k.principal - k.paidOut;
        long ore = left == 0 || size % 5 == 0 ? left + 100_000 : size % 2 == 0 ? left : Math.max(100, left / 200 * 100);
        UseCaseResult<?> result = desk.disburse(c, DkkAmount.ofOre(ore), date);
        return new Acted("pay out " + DkkAmount.ofOre(ore) + " to " + c + " on " + date, result, model.disburse(c, ore, date));
      }
      case PAY: {
        Optional<String> used = model.payments(k).stream().findFirst();
        String id = size % 11 == 0 && used.isPresent() ? used.get() : "P" + index;
        LocalDate valueDate = size % 3 == 0 ? date.minusDays(size % 10) : date;
        long ore = owed <= 0 ? 10_000 + size : size % 4 == 0 ? owed : size % 7 == 0 ? owed + 5_000
            : Math.max(100, owed / (2 + size % 5));
        UseCaseResult<?> result = desk.pay(c, id, DkkAmount.ofOre(ore), valueDate);
        return new Acted(c + " pays " + DkkAmount.ofOre(ore) + " as " + id + " value-dated " + valueDate, result,
            model.pay(c, id, ore, valueDate));
      }
      case REVERSE: {
        List<String> payments = model.payments(k);
        String id = payments.isEmpty() || size % 13 == 0 ? "P-none" : payments.get(size % payments.size());
        UseCaseResult<?> result = desk.change(c, new LoanCommand.ReversePayment(id, date, "Returneret af banken"));
        return new Acted("reverse " + c + "'s " + id + " on " + date, result, model.reverse(c, id, date));
      }
      case DEFER: {
        int periods = size % 4;
        UseCaseResult<?> result = desk.change(c, new LoanCommand.Defer(periods, date, "Sygdom", APPROVER));
        return new Acted("defer " + c + " " + periods + " periods on " + date, result, model.defer(c, periods, date));
      }
      case WRITE_OFF: {
        Optional<Long> ore = size % 3 == 0 ? Optional.empty()
            : Optional.of(size % 5 == 0 ? owed + 10_000 : Math.max(1, owed / 2));
        UseCaseResult<?> result = desk.change(c, new LoanCommand.WriteOff(ore.map(DkkAmount::ofOre), date,
            "Virksomheden er lukket", APPROVER));
        return new Acted("write off " + ore.map(o -> DkkAmount.ofOre(o).toString()).orElse("the rest") + " of " + c
            + " on " + date, result, model.writeOff(c, ore, date));
      }
      case REJECT: {
        UseCaseResult<?> result = desk.end(c, ProgrammeDesk.rejection(date));
        return new Acted("reject " + c + " on " + date, result, model.reject(c, date));
      }
      case WITHDRAW: {
        String reason = size % 6 == 0 ? " " : "Nyt job";
        UseCaseResult<?> result = desk.end(c, new CaseCommand.Withdraw(reason, date, CASEWORKER));
        return new Acted("withdraw " + c + " on " + date + " (" + reason + ")", result, model.withdraw(c, reason, date));
      }
      case NOTE: {
        String text = size % 9 == 0 ? "" : "Notat " + index;
        LocalDate noteDate = size % 4 == 0 ? date.plusDays(1 + size % 15) : date;
        UseCaseResult<?> result = desk.note(c, text, noteDate);
        return new Acted("note on " + c + " dated " + noteDate + " '" + text + "'", result, model.note(c, text, noteDate));
      }
      case DISPATCH: {
        List<String> waiting = desk.dispatcher().waiting(Integer.MAX_VALUE).stream().map(StreamId::id).toList();
        LetterDispatcher.Dispatch dispatch = desk.dispatch();
        assertThat(dispatch).as("dispatch on " + date).isEqualTo(new LetterDispatcher.Dispatch(waiting, List.of()));
        return new Acted("dispatch " + waiting, null, true);
      }
      default:
        throw new AssertionError(step.kind());
    }
  }

  private static void laws(ProgrammeDesk desk, UseCasesModel model, LocalDate date, boolean dispatched, String where) {
    LoanFund fund = desk.fund();
    assertThat(fund.committed().ore()).as("%s: committed", where).isEqualTo(model.committed());
    assertThat(fund.disbursed().ore()).as("%s: paid out", where).isEqualTo(model.paidOut());
    assertThat(fund.returned().ore()).as("%s: returned", where).isEqualTo(model.returned());
    assertThat(fund.remainingRoom().ore()).as("%s: room", where).isEqualTo(model.room());
    // Every approval is committed, paid out or released: nothing is lost or counted twice.
    assertThat(fund.committed().ore() + fund.disbursed().ore() + model.released()).as("%s: approvals", where)
        .isEqualTo(model.approvedTotal());
    long paidOutByLoans = 0;
    int expectedLetters = 0;
    for (Map.Entry<String, UseCasesModel.Kase> e : model.cases().entrySet()) {
      String c = e.getKey();
      UseCasesModel.Kase k = e.getValue();
      String at = where + ": " + c;
      ParticipantCase kase = desk.kase(c);
      assertThat(kase.stage()).as("%s: stage", at).isEqualTo(k.stage);
      assertThat(kase.disbursed().ore()).as("%s: case paid out", at).isEqualTo(k.paidOut);
      assertThat(fund.commitmentOf(CaseId.of(c)).map(DkkAmount::ore).orElse(0L)).as("%s: commitment", at)
          .isEqualTo(k.committed);
      assertThat(fund.disbursedTo(CaseId.of(c)).ore()).as("%s: fund paid out", at).isEqualTo(k.paidOut);
      assertThat(fund.returnedFrom(CaseId.of(c)).ore()).as("%s: returned", at).isEqualTo(k.returned);

      LoanAccount loan = desk.loan(c);
      LocalDate asOf = date.isAfter(k.loanLast) ? date : k.loanLast;
      LoanStatus status = loan.status(asOf);
      assertThat(status).as("%s: loan status", at).isEqualTo(model.status(k));
      if (k.opened) {
        LoanBalances b = loan.balances(asOf);
        assertThat(List.of(b.disbursed().ore(), b.paid().ore(), b.writtenOff().ore(), b.outstanding().ore()))
            .as("%s: disbursed, paid, written off, outstanding", at)
            .isEqualTo(List.of(model.disbursed(k), model.paid(k), model.writtenOff(k), model.outstanding(k)));
        paidOutByLoans += b.disbursed().ore();
      }
      followsTheLoan(kase.stage(), status, model.everReceivedAPayment(k), at);
      expectedLetters += k.letters.size();
      lettersOf(desk, c, k, at);
    }
    assertThat(paidOutByLoans).as("%s: the loans' payouts are the fund's", where).isEqualTo(fund.disbursed().ore());

    List<StreamId> letters = desk.letters();
    assertThat(letters).as("%s: letters", where).hasSize(expectedLetters).doesNotHaveDuplicates();
    List<String> received = desk.received().stream().map(ProgrammeDesk.Received::letterId).toList();
    assertThat(received).as("%s: handed over", where).doesNotHaveDuplicates();
    for (StreamId letter : letters) {
      boolean delivered = desk.store().version(letter) == 2;
      assertThat(received.contains(letter.id())).as("%s: %s handed over", where, letter).isEqualTo(delivered);
      if (dispatched) {
        assertThat(delivered).as("%s: %s delivered after the dispatch", where, letter).isTrue();
      }
    }
  }

  /** The case's stage follows its loan's status, read from the two streams. */
  private static void followsTheLoan(Stage stage, LoanStatus status, boolean everPaid, String at) {
    switch (status) {
      case NOT_OPENED -> assertThat(stage).as("%s: no loan", at)
          .isIn(Stage.FINAL_SEMINAR, Stage.APPROVED, Stage.REJECTED, Stage.WITHDRAWN);
      case ACTIVE -> assertThat(stage).as("%s: loan active", at).isEqualTo(everPaid ? Stage.REPAYING : Stage.DISBURSED);
      case REPAID, WRITTEN_OFF -> assertThat(stage).as("%s: loan %s", at, status).isEqualTo(Stage.CLOSED);
      case OVERPAID -> assertThat(stage).as("%s: loan overpaid", at).isIn(Stage.REPAYING, Stage.CLOSED);
      default -> throw new AssertionError(at + ": unexpected loan status " + status);
    }
  }

  /** The case's letters: one per decision that has one, of its kind, addressed for the case. */
  private static void lettersOf(ProgrammeDesk desk, String c, UseCasesModel.Kase k, String at) {
    List<String> kinds = new ArrayList<>();
    for (StreamId letter : desk.letters()) {
      if (!letter.id().startsWith("751:" + c + ":")) {
        continue;
      }
      LetterEvent.Issued issued = (LetterEvent.Issued) desk.letter(letter).get(0);
      assertThat(issued.letter().caseId()).as("%s: %s", at, letter).isEqualTo(CaseId.of(c));
      assertThat(issued.municipalityCode()).isEqualTo("751");
      kinds.add(issued.letter().subject().english().endsWith("approval") ? "APPROVAL" : "REJECTION");
    }
    assertThat(kinds).as("%s: letters", at).containsExactlyInAnyOrderElementsOf(k.letters);
  }
}
