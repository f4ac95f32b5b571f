package dk.mikrolan.loan;

import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentSchedule;
import dk.mikrolan.schedule.RepaymentTerms;
import dk.mikrolan.schedule.RoundingUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The balances and instalments of a loan account, computed in one pass over its effective events
 * (reversed payments left out).
 *
 * <p>Cost: linear in events plus instalments. Unsettled instalments are a contiguous range
 * {@code [head, tail]}: payments settle from {@code head} forward, prepayments (shorten term) and
 * partial write-offs from {@code tail} backward, so each instalment is settled once. A deferral is
 * a period shift recorded at {@code head} in a difference array and read through a cursor that
 * moves with {@code head}. Two things cost more and are rare: a {@link
 * PrepaymentHandling#REDUCE_INSTALMENTS} prepayment re-splits the remaining instalments, and a
 * refund beyond the credit (only after a reversal) reopens settled instalments.
 *
 * <p>Instances are confined to the computation and then only read.
 */
final class Ledger {

  /** The repayment pattern of a run of instalments: the original terms or a reschedule. */
  private record Segment(LocalDate first, Frequency frequency, RoundingUnit unit) {}

  private final BankingCalendar calendar;
  private final List<Segment> segments = new ArrayList<>();

  private int size;
  private long[] amount = new long[16];
  private long[] remaining = new long[16];
  private int[] segmentOf = new int[16];
  private int[] period = new int[16];
  /** shift(i) = sum of shiftDiff[0..i]: periods added by deferrals. */
  private int[] shiftDiff = new int[17];

  private int head;
  private int tail = -1;
  private int cursor = -1;
  private int cursorShift;

  private long credit;
  private long disbursed;
  private long paid;
  private long refunded;
  private long writtenOff;
  private boolean closed;
  private boolean endedByWriteOff;
  private long undisbursed;

  /** Instalment visits and cursor steps: the work the computation does, for linearity checks. */
  private long work;

  private Ledger(BankingCalendar calendar) {
    this.calendar = calendar;
  }

  /**
   * Computes the ledger.
   *
   * @param calendar the banking calendar
   * @param terms the granted terms
   * @param events the effective events after the opening, in order, without reversed payments
   * @param forceClose treat payout as closed even without a closing event (a query on or after
   *     the first due date)
   */
  static Ledger compute(BankingCalendar calendar, RepaymentTerms terms, List<LoanEvent> events, boolean forceClose) {
    Ledger l = new Ledger(calendar);
    long totalDisbursed = 0;
    boolean willClose = forceClose;
    for (LoanEvent e : events) {
      l.work++;
      if (e instanceof LoanEvent.TrancheDisbursed t) {
        totalDisbursed += t.amount().ore();
      } else if (e instanceof LoanEvent.DisbursementClosed) {
        willClose = true;
      }
    }
    long granted = terms.principal().ore();
    // The schedule is on the granted principal while payout is open, and on what was paid out
    // once payout has closed (issue: "a tranche not paid out by then is cancelled and the
    // schedule recomputed on what was disbursed").
    long schedulePrincipal = willClose ? totalDisbursed : granted;
    l.closed = willClose;
    l.segments.add(new Segment(terms.firstDueDate(), terms.frequency(), terms.roundingUnit()));
    if (schedulePrincipal > 0) {
      l.append(0, RepaymentSchedule.amountsInOre(DkkAmount.ofOre(schedulePrincipal), terms.plan(), terms.roundingUnit()));
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
      disbursed += t.amount().ore();
    } else if (e instanceof LoanEvent.PaymentReceived p) {
      receive(p);
    } else if (e instanceof LoanEvent.Deferred d) {
      defer(d.periods());
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

  private void append(int segment, long[] amounts) {
    int needed = size + amounts.length;
    if (needed > amount.length) {
      int capacity = Math.max(needed, amount.length * 2);
      amount = Arrays.copyOf(amount, capacity);
      remaining = Arrays.copyOf(remaining, capacity);
      segmentOf = Arrays.copyOf(segmentOf, capacity);
      period = Arrays.copyOf(period, capacity);
      shiftDiff = Arrays.copyOf(shiftDiff, capacity + 1);
    }
    if (size > 0) {
      // A new segment (a reschedule) starts from its own first due date: deferrals granted before
      // it moved the old instalments, not these. Cancel the shift accumulated so far.
      shiftDiff[size] -= shift(size - 1);
    }
    for (int k = 0; k < amounts.length; k++) {
      work++;
      amount[size] = amounts[k];
      remaining[size] = amounts[k];
      segmentOf[size] = segment;
      period[size] = k;
      size++;
    }
    tail = size - 1;
  }

  // --- payments -------------------------------------------------------------------------------

  private void receive(LoanEvent.PaymentReceived p) {
    paid += p.amount().ore();
    long left = p.amount().ore();
    // Settle what is overdue and the next instalment due on or after the value date: paying a
    // few days early simply pays the coming instalment.
    while (left > 0 && head <= tail) {
      boolean isNext = !dueDate(head).isBefore(p.date());
      int i = head;
      long take = Math.min(left, remaining[i]);
      remaining[i] -= take;
      left -= take;
      advanceHead();
      if (isNext) {
        break;
      }
    }
    if (left > 0) {
      left = p.prepayment() == PrepaymentHandling.REDUCE_INSTALMENTS ? reduceInstalments(left) : settleFromTail(left);
    }
    credit += left;
  }

  private long settleFromTail(long amountOre) {
    long left = amountOre;
    while (left > 0 && tail >= head) {
      work++;
      long take = Math.min(left, remaining[tail]);
      remaining[tail] -= take;
      left -= take;
      if (remaining[tail] == 0) {
        tail--;
      }
    }
    normalise();
    return left;
  }

  /**
   * Lowers the remaining instalments evenly by a prepayment: the amount is split over them in
   * whole rounding units as a schedule would be, no instalment is lowered below zero, and what
   * cannot be spread that way settles the last instalments.
   */
  private long reduceInstalments(long amountOre) {
    if (head > tail) {
      return amountOre;
    }
    RoundingUnit unit = segments.get(segmentOf[tail]).unit();
    int count = tail - head + 1;
    DkkAmount prepayment = DkkAmount.ofOre(amountOre);
    int spread = (int) Math.min(count, RepaymentSchedule.maxCount(prepayment, unit));
    long[] shares = RepaymentSchedule.amountsInOre(prepayment, RepaymentPlan.byCount(spread), unit);
    long left = 0;
    for (int j = 0; j < spread; j++) {
      work++;
      int i = head + j;
      long take = Math.min(shares[j], remaining[i]);
      remaining[i] -= take;
      left += shares[j] - take;
    }
    normalise();
    return settleFromTail(left);
  }

  // --- deferral and reschedule ------------------------------------------------------------------

  private void defer(int periods) {
    if (head > tail) {
      return;
    }
    shiftDiff[head] += periods;
    if (cursor >= head) {
      cursorShift += periods;
    }
  }

  private void reschedule(LoanEvent.Rescheduled r) {
    long balance = sumRemaining() - credit - undisbursed;
    if (balance <= 0) {
      return; // the intent has nothing to act on after an earlier change (e.g. a reversal)
    }
    // What was unpaid of the old instalments moves into the new schedule; what was paid stays.
    for (int i = head; i < size; i++) {
      work++;
      amount[i] -= remaining[i];
      remaining[i] = 0;
    }
    credit = 0;
    RepaymentPlan plan = r.plan();
    if (plan instanceof RepaymentPlan.ByCount c) {
      long max = RepaymentSchedule.maxCount(DkkAmount.ofOre(balance), r.roundingUnit());
      plan = RepaymentPlan.byCount((int) Math.min(c.count(), max));
    } else if (!r.roundingUnit().divides(((RepaymentPlan.ByAmount) plan).amount())) {
      throw new IllegalStateException("Reschedule amount is not whole " + r.roundingUnit());
    }
    segments.add(new Segment(r.firstDueDate(), r.frequency(), r.roundingUnit()));
    int from = size;
    append(segments.size() - 1, RepaymentSchedule.amountsInOre(DkkAmount.ofOre(balance), plan, r.roundingUnit()));
    head = from;
    tail = size - 1;
  }

  // --- write-off and refund ---------------------------------------------------------------------

  private void writeOff(LoanEvent.WrittenOff w) {
    long owed = outstandingOre();
    if (owed <= 0) {
      return;
    }
    long take = Math.min(owed, w.amount().map(DkkAmount::ore).orElse(owed));
    writtenOff += take;
    // While something is owed there is no unallocated credit (credit only builds up once every
    // instalment is settled, and refunds and reschedules use it first), so the write-off comes
    // off the instalments, the last first.
    settleFromTail(take);
    endedByWriteOff = outstandingOre() == 0;
  }

  private void refund(long amountOre) {
    refunded += amountOre;
    long fromCredit = Math.min(credit, amountOre);
    credit -= fromCredit;
    reopen(amountOre - fromCredit);
  }

  /** Reopens settled amounts from the last instalment backward (only after a reversal). */
  private void reopen(long amountOre) {
    long left = amountOre;
    for (int i = size - 1; i >= 0 && left > 0; i--) {
      work++;
      long settled = amount[i] - remaining[i];
      long back = Math.min(left, settled);
      remaining[i] += back;
      left -= back;
      if (remaining[i] > 0) {
        head = Math.min(head, i);
        tail = Math.max(tail, i);
      }
    }
    if (left > 0 && size > 0) {
      // More was paid back than was ever settled: the difference falls due with the last instalment.
      amount[size - 1] += left;
      remaining[size - 1] += left;
      tail = size - 1;
      head = Math.min(head, size - 1);
    }
    if (amountOre > 0) {
      endedByWriteOff = false;
    }
  }

  // --- pointers and dates -----------------------------------------------------------------------

  private void advanceHead() {
    while (head <= tail && remaining[head] == 0) {
      work++;
      head++;
    }
  }

  private void normalise() {
    while (tail >= head && remaining[tail] == 0) {
      work++;
      tail--;
    }
    advanceHead();
    if (head > tail) {
      head = size;
      tail = size - 1;
    }
  }

  private int shift(int i) {
    while (cursor < i) {
      work++;
      cursor++;
      cursorShift += shiftDiff[cursor];
    }
    while (cursor > i) {
      work++;
      cursorShift -= shiftDiff[cursor];
      cursor--;
    }
    return cursorShift;
  }

  private LocalDate nominalDate(int i) {
    Segment s = segments.get(segmentOf[i]);
    return s.frequency().nominalDate(s.first(), (long) period[i] + shift(i));
  }

  private LocalDate dueDate(int i) {
    return calendar.onOrNextBankingDay(nominalDate(i));
  }

  private long sumRemaining() {
    long sum = 0;
    for (int i = head; i <= tail; i++) {
      work++;
      sum += remaining[i];
    }
    return sum;
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

  boolean isClosed() {
    return closed;
  }

  boolean endedByWriteOff() {
    return endedByWriteOff;
  }

  long work() {
    return work;
  }

  /** The last instalment's nominal date after a deferral of {@code periods} more periods. */
  LocalDate lastNominalDateAfter(int periods) {
    if (head > tail) {
      return LocalDate.MIN;
    }
    Segment s = segments.get(segmentOf[tail]);
    return s.frequency().nominalDate(s.first(), (long) period[tail] + shift(tail) + periods);
  }

  List<ScheduledInstalment> instalments() {
    List<ScheduledInstalment> list = new ArrayList<>(size);
    int number = 0;
    for (int i = 0; i < size; i++) {
      if (amount[i] == 0) {
        continue; // unpaid part moved into a reschedule
      }
      number++;
      LocalDate nominal = nominalDate(i);
      list.add(
          new ScheduledInstalment(
              number, nominal, calendar.onOrNextBankingDay(nominal), DkkAmount.ofOre(amount[i]), DkkAmount.ofOre(remaining[i])));
    }
    return list;
  }

  Arrears arrears(LocalDate asOf) {
    long overdue = 0;
    LocalDate oldest = null;
    for (int i = head; i <= tail; i++) {
      if (remaining[i] == 0) {
        continue;
      }
      LocalDate due = dueDate(i);
      if (due.isBefore(asOf)) {
        overdue += remaining[i];
        if (oldest == null || due.isBefore(oldest)) {
          oldest = due;
        }
      }
    }
    if (oldest == null) {
      return Arrears.NONE;
    }
    long days = asOf.toEpochDay() - oldest.toEpochDay();
    return new Arrears(DkkAmount.ofOre(overdue), days, ArrearsBucket.of(days));
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
