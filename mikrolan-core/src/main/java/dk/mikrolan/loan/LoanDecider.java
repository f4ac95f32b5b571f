package dk.mikrolan.loan;

import static dk.mikrolan.loan.LoanRule.*;

import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.money.DanishFormat;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.LoanPolicy;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.rules.Refusal;
import dk.mikrolan.rules.Violation;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentTerms;
import io.vavr.collection.List;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.time.LocalDate;

/** The decisions of {@link LoanAccount}: which commands it accepts, and the events they cause. */
final class LoanDecider {

  private LoanDecider() {}

  static Either<Refusal, List<LoanEvent>> decide(
      LoanAccount account, LoanCommand command, PolicyVersions<LoanPolicy> policies) {
    if (command instanceof LoanCommand.Open open) {
      Vector<Violation> problems = account.terms().isPresent() ? Vector.of(ALREADY_OPENED.violation()) : Vector.empty();
      problems = problems.appendAll(inRange(open.terms().principal()));
      return problems.isEmpty()
          ? Either.right(List.of(new LoanEvent.Opened(open.terms(), open.date())))
          : refuse(account, command, problems);
    }
    if (account.terms().isEmpty()) {
      return refuse(account, command, Vector.of(NOT_OPENED.violation()));
    }
    Vector<Violation> problems = Vector.empty();
    LocalDate last = account.history().lastDate().getOrElse(command.date());
    if (command.date().isBefore(last)) {
      problems = problems.append(DATE_BEFORE_LAST_EVENT.violation(command.date(), last));
    }
    RepaymentTerms terms = account.terms().get();
    // Once payout is over by date (Payout), the first command closes it before anything else
    // happens, with the closing dated when payout ended.
    List<LoanEvent> prefix = List.empty();
    LoanAccount state = account;
    boolean closesPayout =
        !account.history().isPayoutClosed()
            && !(command instanceof LoanCommand.Disburse)
            && !(command instanceof LoanCommand.CloseDisbursement)
            && Payout.isOverOn(terms, command.date());
    if (closesPayout) {
      LoanEvent close = new LoanEvent.DisbursementClosed(Payout.closingDate(terms));
      prefix = List.of(close);
      state = account.evolve(close);
    }
    Either<Vector<Violation>, List<LoanEvent>> outcome = decideOpened(state, terms, command, policies);
    if (outcome.isLeft() || !problems.isEmpty()) {
      return refuse(account, command, problems.appendAll(outcome.isLeft() ? outcome.getLeft() : Vector.empty()));
    }
    List<LoanEvent> events = prefix.appendAll(outcome.get());
    Vector<Violation> unreadable = readable(account.evolveAll(events), meets(account, command.date()));
    return unreadable.isEmpty() ? Either.right(events) : refuse(account, command, unreadable);
  }

  // Amounts stay in range (the loan issue: "Amounts stay in range"): every amount a command brings
  // and every amount the account shows after it stays within DkkAmount.MAX_ABSOLUTE, so that it
  // can be written as text and read back (DkkAmount.parse) and no sum can overflow. Likewise every
  // due date stays within the banking calendar's years, which a reversal can break by re-applying
  // an earlier reschedule by amount to a far larger balance. A command whose result the account
  // could not show is refused, never accepted and then unreadable.

  private static Vector<Violation> inRange(DkkAmount amount) {
    return amount.ore() > DkkAmount.MAX_ABSOLUTE.ore() || amount.ore() < -DkkAmount.MAX_ABSOLUTE.ore()
        ? Vector.of(outOfRange())
        : Vector.empty();
  }

  /**
   * What the account could not show after the new events: an amount out of range or a due date
   * outside the calendar, on the date or on any later date until another event — once payout has
   * closed of its own accord, too. Empty when it can show everything.
   */
  private static Vector<Violation> readable(LoanAccount after, LocalDate asOf) {
    LocalDate closing = Payout.closingDate(after.terms().get());
    Vector<Violation> problems = Vector.empty();
    for (Ledger l : List.of(after.ledgerAsOf(asOf), after.ledgerAsOf(asOf.isBefore(closing) ? closing : asOf))) {
      if (l.largestOre() > DkkAmount.MAX_ABSOLUTE.ore() && problems.isEmpty()) {
        problems = problems.append(outOfRange());
      }
      LocalDate latest = l.latestNominalDate();
      if (!latest.equals(LocalDate.MIN) && !BankingCalendar.covers(latest)) {
        return problems.append(DUE_DATE_OUTSIDE_CALENDAR.violation(latest));
      }
    }
    return problems;
  }

  private static Violation outOfRange() {
    return AMOUNT_OUT_OF_RANGE.violation(
        new Object[] {DanishFormat.format(DkkAmount.MAX_ABSOLUTE)}, new Object[] {DkkAmount.MAX_ABSOLUTE});
  }

  private static Either<Vector<Violation>, List<LoanEvent>> decideOpened(
      LoanAccount state, RepaymentTerms terms, LoanCommand command, PolicyVersions<LoanPolicy> policies) {
    LocalDate date = command.date();
    LocalDate asOf = meets(state, date);
    Vector<Violation> problems = Vector.empty();
    LoanEvent event;
    if (command instanceof LoanCommand.Disburse d) {
      long open = terms.principal().ore() - state.history().disbursedOre();
      if (state.history().isPayoutClosed()) {
        problems = problems.append(DISBURSEMENT_CLOSED.violation());
      }
      if (Payout.isOverOn(terms, date)) {
        problems = problems.append(TRANCHE_NOT_BEFORE_FIRST_DUE_DATE.violation(Payout.closingDate(terms)));
      }
      problems = problems.appendAll(positive(d.amount())).appendAll(inRange(d.amount()));
      if (d.amount().ore() > open) {
        problems = problems.append(amounts(TRANCHE_ABOVE_GRANTED, d.amount(), DkkAmount.ofOre(open)));
      }
      event = problems.isEmpty() ? new LoanEvent.TrancheDisbursed(d.amount(), date, d.reference()) : null;
    } else if (command instanceof LoanCommand.CloseDisbursement) {
      if (state.history().isPayoutClosed()) {
        problems = problems.append(DISBURSEMENT_CLOSED.violation());
      }
      event = new LoanEvent.DisbursementClosed(date);
    } else if (command instanceof LoanCommand.ReceivePayment p) {
      if (state.history().disbursedOre() == 0) {
        problems = problems.append(NOTHING_DISBURSED.violation());
      }
      if (state.history().payment(p.paymentId()).isDefined()) {
        problems = problems.append(DUPLICATE_PAYMENT_ID.violation(p.paymentId()));
      }
      problems = problems.appendAll(positive(p.amount())).appendAll(inRange(p.amount()));
      event = problems.isEmpty()
          ? new LoanEvent.PaymentReceived(p.paymentId(), p.amount(), date, p.externalReference(), p.prepayment())
          : null;
    } else if (command instanceof LoanCommand.ReversePayment r) {
      if (state.history().payment(r.paymentId()).isEmpty()) {
        problems = problems.append(UNKNOWN_PAYMENT.violation(r.paymentId()));
      } else if (state.history().isReversed(r.paymentId())) {
        problems = problems.append(PAYMENT_ALREADY_REVERSED.violation(r.paymentId()));
      }
      event = new LoanEvent.PaymentReversed(r.paymentId(), date, r.reason());
    } else if (command instanceof LoanCommand.Defer d) {
      problems = problems.appendAll(decision(d.reason(), d.decidedBy()));
      if (d.periods() < 1) {
        problems = problems.append(DEFERRAL_NOT_POSITIVE.violation());
      }
      Ledger ledger = state.ledgerAsOf(asOf);
      if (ledger.outstandingOre() <= 0) {
        problems = problems.append(NOTHING_OUTSTANDING.violation());
      } else if (d.periods() >= 1) {
        LocalDate lastAfter = ledger.lastNominalDateAfter(d.periods());
        if (!BankingCalendar.covers(lastAfter)) {
          problems = problems.append(DUE_DATE_OUTSIDE_CALENDAR.violation(lastAfter));
        }
      }
      event = problems.isEmpty() ? new LoanEvent.Deferred(d.periods(), date, d.reason(), d.decidedBy()) : null;
    } else if (command instanceof LoanCommand.Reschedule r) {
      problems = problems.appendAll(decision(r.reason(), r.decidedBy())).appendAll(reschedule(state, r, policies));
      event = new LoanEvent.Rescheduled(
          r.firstDueDate(), r.frequency(), r.plan(), r.roundingUnit(), date, r.reason(), r.decidedBy());
    } else if (command instanceof LoanCommand.WriteOff w) {
      problems = problems.appendAll(decision(w.reason(), w.decidedBy())).appendAll(payoutOver(state));
      long outstanding = state.ledgerAsOf(asOf).outstandingOre();
      if (outstanding <= 0) {
        problems = problems.append(NOTHING_OUTSTANDING.violation());
      }
      if (w.amount().isPresent()) {
        DkkAmount amount = w.amount().get();
        problems = problems.appendAll(positive(amount)).appendAll(inRange(amount));
        if (outstanding > 0 && amount.ore() > outstanding) {
          problems = problems.append(amounts(WRITE_OFF_ABOVE_OUTSTANDING, amount, DkkAmount.ofOre(outstanding)));
        }
      }
      event = problems.isEmpty() ? new LoanEvent.WrittenOff(w.amount(), date, w.reason(), w.decidedBy()) : null;
    } else if (command instanceof LoanCommand.RefundOverpayment r) {
      long overpaid = -state.ledgerAsOf(asOf).outstandingOre();
      problems = problems.appendAll(positive(r.amount())).appendAll(inRange(r.amount()));
      if (r.amount().ore() > Math.max(0, overpaid)) {
        problems = problems.append(amounts(REFUND_ABOVE_OVERPAYMENT, r.amount(), DkkAmount.ofOre(Math.max(0, overpaid))));
      }
      event = problems.isEmpty() ? new LoanEvent.OverpaymentRefunded(r.amount(), date, r.reference()) : null;
    } else {
      throw new IllegalArgumentException("Unknown command " + command.getClass().getName());
    }
    return problems.isEmpty() ? Either.right(List.of(event)) : Either.left(problems);
  }

  private static Vector<Violation> reschedule(
      LoanAccount state, LoanCommand.Reschedule r, PolicyVersions<LoanPolicy> policies) {
    Vector<Violation> problems = payoutOver(state);
    long outstanding = state.ledgerAsOf(meets(state, r.date())).outstandingOre();
    if (outstanding <= 0) {
      return problems.append(NOTHING_OUTSTANDING.violation());
    }
    if (!r.firstDueDate().isAfter(r.date())) {
      problems = problems.append(RESCHEDULE_FIRST_DUE_NOT_AFTER_DATE.violation(r.firstDueDate(), r.date()));
    }
    if (r.plan() instanceof RepaymentPlan.ByAmount a) {
      problems = problems.appendAll(inRange(a.amount()));
      if (!r.roundingUnit().divides(a.amount())) {
        problems = problems.append(RESCHEDULE_AMOUNT_NOT_WHOLE_UNITS.violation(r.roundingUnit().name()));
      }
    }
    long count = ReschedulePlan.instalmentCount(r.plan(), DkkAmount.ofOre(outstanding), r.roundingUnit());
    var policy = policies.inForceOn(r.date());
    if (policy.isEmpty()) {
      problems = problems.append(NO_POLICY_IN_FORCE.violation(r.date()));
    } else if (count > policy.get().maxInstalments()) {
      problems = problems.append(RESCHEDULE_ABOVE_MAX_INSTALMENTS.violation(count, policy.get().maxInstalments()));
    }
    LocalDate lastNominal = r.frequency().nominalDate(r.firstDueDate(), count - 1);
    if (!BankingCalendar.covers(r.firstDueDate()) || !BankingCalendar.covers(lastNominal)) {
      problems = problems.append(DUE_DATE_OUTSIDE_CALENDAR.violation(lastNominal));
    }
    return problems;
  }

  private static Vector<Violation> payoutOver(LoanAccount state) {
    return state.history().isPayoutClosed() || state.history().disbursedOre() == state.terms().get().principal().ore()
        ? Vector.empty()
        : Vector.of(DISBURSEMENT_OPEN.violation());
  }

  private static Vector<Violation> decision(String reason, String decidedBy) {
    return reason.isBlank() || decidedBy.isBlank() ? Vector.of(DECISION_INCOMPLETE.violation()) : Vector.empty();
  }

  private static Vector<Violation> positive(DkkAmount amount) {
    return amount.isPositive() ? Vector.empty() : Vector.of(AMOUNT_NOT_POSITIVE.violation());
  }

  private static Violation amounts(LoanRule rule, DkkAmount a, DkkAmount b) {
    return rule.violation(new Object[] {DanishFormat.format(a), DanishFormat.format(b)}, new Object[] {a, b});
  }

  private static Either<Refusal, List<LoanEvent>> refuse(
      LoanAccount account, LoanCommand command, Vector<Violation> reasons) {
    return Either.left(new Refusal(account.status(meets(account, command.date())).name(), reasons));
  }

  /**
   * The date a command meets the account on: its own, or the latest event's when that is later (a
   * back-dated command is refused, and its other reasons and the status it names are those of the
   * account as it stands, not as it stood).
   */
  private static LocalDate meets(LoanAccount account, LocalDate date) {
    LocalDate last = account.history().lastDate().getOrElse(date);
    return date.isBefore(last) ? last : date;
  }
}
