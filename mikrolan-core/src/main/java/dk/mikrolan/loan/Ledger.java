package dk.mikrolan.loan;

import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentSchedule;
import dk.mikrolan.schedule.RepaymentTerms;
import dk.mikrolan.schedule.RoundingUnit;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The balances and instalments of a loan account, computed in one pass over its effective events
 * (reversed payments left out).
 *
 * <p>Cost: linear in events plus instalments ({@link InstalmentRows} keeps the unsettled range so
 * that each instalment is settled once and a deferral costs constant time). Two things cost more
 * and are rare: a {@link PrepaymentHandling#REDUCE_INSTALMENTS} prepayment re-splits the remaining
 * instalments, and a refund beyond the credit (only after a reversal) reopens settled instalments.
 *
 * <p>Instances are confined to the computation and then only read.
 */
final class Ledger {

  private final InstalmentRows rows;

  private long credit;
  private long disbursed;
  private long paid;
  private long refunded;
  private long writtenOff;
  private boolean closed;
  private boolean endedByWriteOff;
  private long undisbursed;
  /** A due date beyond the calendar that a reschedule re-applied on replay would give, or null. */
  private @Nullable LocalDate beyondCalendar;

  /** Event visits; with the rows' own, the work done, for linearity checks. */
  private long work;

  private Ledger(BankingCalendar calendar) {
    this.rows = new InstalmentRows(calendar);
  }

  /**
   * Computes the ledger.
   *
   * @param calendar the banking calendar
   * @param terms the granted terms
   * @param events the effective events after the opening, in order, without reversed payments
   * @param forceClose treat payout as closed even without a closing event (it is over by the date
   *     asked for, see {@link Payout})
   */
  static Ledger compute(BankingCalendar calendar, RepaymentTerms terms, List<LoanEvent> events, boolean forceClose) {
    Ledger l = new Ledger(calendar);
    long totalDisbursed = 0;
    boolean willClose = forceClose;
    for (LoanEvent e : events) {
      l.work++;
      if (e instanceof LoanEvent.TrancheDisbursed t) {
        totalDisbursed = Math.addExact(totalDisbursed, t.amount().ore());
      } else if (e instanceof LoanEvent.DisbursementClosed) {
        willClose = true;
      }
    }
    long granted = terms.principal().ore();
    // The schedule is on the granted principal while payout is open, and on what was paid out
    // once payout has closed (issue #2: "a tranche not paid out by then is cancelled and the
    // schedule recomputed on what was disbursed").
    long schedulePrincipal = willClose ? totalDisbursed : granted;
    l.closed = willClose;
    if (schedulePrincipal > 0) {
      l.rows.appendSegment(terms.firstDueDate(), terms.frequency(), terms.roundingUnit(),
          RepaymentSchedule.amountsInOre(DkkAmount.ofOre(schedulePrincipal), terms.plan(), terms.roundingUnit()));
    }
    l.undisbursed = willClose ? 0 : granted - totalDisbursed;
    for (LoanEvent e : events) {
      l.apply(e);
    }
    return l;
  }

  private void apply(LoanEvent e) {
    work++;
    if (e instanceof LoanEvent.TrancheDisbursed t) {
      disbursed = Math.addExact(disbursed, t.amount().ore());
    } else if (e instanceof LoanEvent.PaymentReceived p) {
      receive(p);
    } else if (e instanceof LoanEvent.Deferred d) {
      // Deferral (henstand) moves what is unsettled and only that: an instalment a prepayment
      // has already settled from the back keeps its date (issue: "a deferral moves only what is
      // unsettled").
      rows.deferUnsettled(d.periods());
    } else if (e instanceof LoanEvent.Rescheduled r) {
      reschedule(r);
    } else if (e instanceof LoanEvent.WrittenOff w) {
      writeOff(w);
    } else if (e instanceof LoanEvent.OverpaymentRefunded r) {
      refund(r.amount().ore());
    }
    // Opened, DisbursementClosed and PaymentReversed change nothing here: the opening and the
    // closing shaped the schedule up front, and reversed payments are not among the events.
  }

  private void receive(LoanEvent.PaymentReceived p) {
    paid = Math.addExact(paid, p.amount().ore());
    long left = p.amount().ore();
    // Settle what is overdue and the next instalment due on or after the value date: paying a
    // few days early simply pays the coming instalment.
    while (left > 0 && rows.hasUnsettled()) {
      boolean isNext = !rows.firstUnsettledDueDate().isBefore(p.date());
      left -= rows.settleFirst(left);
      if (isNext) {
        break;
      }
    }
    if (left > 0) {
      left = p.prepayment() == PrepaymentHandling.REDUCE_INSTALMENTS ? reduceInstalments(left) : rows.settleFromLast(left);
    }
    credit = Math.addExact(credit, left);
  }

  /**
   * Lowers the remaining instalments evenly by a prepayment: the amount is split over them in
   * whole rounding units as a schedule would be, no instalment is lowered below zero, and what
   * cannot be spread that way settles the last instalments.
   */
  private long reduceInstalments(long amountOre) {
    if (!rows.hasUnsettled()) {
      return amountOre;
    }
    RoundingUnit unit = rows.lastUnsettledUnit();
    DkkAmount prepayment = DkkAmount.ofOre(amountOre);
    int spread = (int) Math.min(rows.spanOfUnsettled(), RepaymentSchedule.maxCount(prepayment, unit));
    List<Long> shares = RepaymentSchedule.amountsInOre(prepayment, RepaymentPlan.byCount(spread), unit);
    return rows.settleFromLast(rows.settleInTurn(shares));
  }

  private void reschedule(LoanEvent.Rescheduled r) {
    long balance = rows.sumUnsettled() - credit - undisbursed;
    if (balance <= 0) {
      return; // the intent has nothing to act on after an earlier change (e.g. a reversal)
    }
    DkkAmount taken = DkkAmount.ofOre(balance);
    RepaymentPlan plan = ReschedulePlan.applied(r.plan(), taken, r.roundingUnit());
    LocalDate last = r.frequency().nominalDate(r.firstDueDate(), ReschedulePlan.instalmentCount(r.plan(), taken,
        r.roundingUnit()) - 1);
    if (!BankingCalendar.covers(r.firstDueDate()) || !BankingCalendar.covers(last)) {
      // Decided on a smaller balance, the intent re-applied after a reversal would run past the
      // calendar (a plan by amount on a far larger balance): the ledger cannot show it, and does
      // not build it; the decider refuses a command that leads here.
      beyondCalendar = last;
      return;
    }
    // What was unpaid of the old instalments moves into the new schedule; what was paid stays.
    rows.moveOutUnsettled();
    credit = 0;
    rows.appendSegment(r.firstDueDate(), r.frequency(), r.roundingUnit(),
        RepaymentSchedule.amountsInOre(taken, plan, r.roundingUnit()));
  }

  private void writeOff(LoanEvent.WrittenOff w) {
    long owed = outstandingOre();
    if (owed <= 0) {
      return;
    }
    long take = Math.min(owed, w.amount().map(DkkAmount::ore).orElse(owed));
    writtenOff = Math.addExact(writtenOff, take);
    // While something is owed there is no unallocated credit (credit only builds up once every
    // instalment is settled, and refunds and reschedules use it first), so the write-off comes
    // off the instalments, the last first.
    rows.settleFromLast(take);
    endedByWriteOff = outstandingOre() == 0;
  }

  private void refund(long amountOre) {
    refunded = Math.addExact(refunded, amountOre);
    long fromCredit = Math.min(credit, amountOre);
    credit -= fromCredit;
    // Beyond the credit (only after a reversal) the refund reopens settled amounts from the last
    // instalment backward; more than was ever settled falls due with the last instalment.
    long beyond = amountOre - fromCredit;
    rows.reopenFromLast(beyond);
    if (beyond > 0) {
      endedByWriteOff = false;
    }
  }

  // --- queries ----------------------------------------------------------------------------------

  long outstandingOre() {
    return disbursed - paid + refunded - writtenOff;
  }

  /** The status the balances give: an opened account's, never {@link LoanStatus#NOT_OPENED}. */
  LoanStatus status() {
    if (disbursed == 0) {
      return closed ? LoanStatus.CANCELLED : LoanStatus.AWAITING_DISBURSEMENT;
    }
    long outstanding = outstandingOre();
    if (outstanding > 0) {
      return LoanStatus.ACTIVE;
    } else if (outstanding < 0) {
      return LoanStatus.OVERPAID;
    }
    return endedByWriteOff ? LoanStatus.WRITTEN_OFF : LoanStatus.REPAID;
  }

  long disbursedOre() {
    return disbursed;
  }

  long paidOre() {
    return paid;
  }

  long refundedOre() {
    return refunded;
  }

  long writtenOffOre() {
    return writtenOff;
  }

  long work() {
    return work + rows.work();
  }

  /** The largest magnitude among the balances, the instalments and their unsettled total, in øre. */
  long largestOre() {
    long largest = Math.max(Math.max(disbursed, paid), Math.max(refunded, writtenOff));
    return Math.max(Math.max(largest, Math.abs(outstandingOre())), rows.largestOre());
  }

  /** The latest nominal date of any instalment shown (or the date beyond the calendar), or MIN. */
  LocalDate latestNominalDate() {
    return beyondCalendar != null ? beyondCalendar : rows.latestNominalDate();
  }

  /** The latest nominal date of an unsettled instalment after a deferral of {@code periods} more. */
  LocalDate lastNominalDateAfter(int periods) {
    return requireInCalendar().lastNominalDateAfter(periods);
  }

  List<ScheduledInstalment> instalments() {
    return requireInCalendar().toList();
  }

  Arrears arrears(LocalDate asOf) {
    return requireInCalendar().arrears(asOf);
  }

  private InstalmentRows requireInCalendar() {
    if (beyondCalendar != null) {
      throw new IllegalStateException("The loan's instalments would fall due on " + beyondCalendar
          + ", outside the banking calendar's years");
    }
    return rows;
  }

  ScheduledInstalment nextDue(LocalDate asOf) {
    for (ScheduledInstalment s : instalments()) {
      if (!s.isSettled() && !s.dueDate().isBefore(asOf)) {
        return s;
      }
    }
    return null;
  }
}
