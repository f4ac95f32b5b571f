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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A deliberately plain model of a loan account for the model-based property: one mutable row per
 * instalment, every rule written the most direct way (whole lists walked, no pointers, no
 * difference arrays), so that {@link LoanAccount} and its {@code Ledger} can be checked against
 * it. It reads the README's rules, not the ledger's code.
 */
final class LoanAccountModel {

  /** One instalment: its segment's pattern, its period in the segment, the periods it was deferred. */
  private static final class Row {
    final LocalDate first;
    final Frequency frequency;
    final RoundingUnit unit;
    final int period;
    int deferred;
    long amount;
    long remaining;

    Row(LocalDate first, Frequency frequency, RoundingUnit unit, int period, long amount) {
      this.first = first;
      this.frequency = frequency;
      this.unit = unit;
      this.period = period;
      this.amount = amount;
      this.remaining = amount;
    }
  }

  private final BankingCalendar calendar;
  private final List<Row> rows = new ArrayList<>();
  private final boolean opened;
  private boolean closed;
  private long disbursed;
  private long paid;
  private long refunded;
  private long writtenOff;
  private long credit;
  private long undisbursed;
  private boolean endedByWriteOff;

  private LoanAccountModel(BankingCalendar calendar, boolean opened) {
    this.calendar = calendar;
    this.opened = opened;
  }

  /** The model of an account's events as they stood on a date. */
  static LoanAccountModel of(BankingCalendar calendar, Iterable<LoanEvent> events, LocalDate asOf) {
    List<LoanEvent> upTo = new ArrayList<>();
    events.forEach(e -> {
      if (!e.date().isAfter(asOf)) {
        upTo.add(e);
      }
    });
    RepaymentTerms terms = null;
    Set<String> reversed = new HashSet<>();
    for (LoanEvent e : upTo) {
      if (e instanceof LoanEvent.Opened o) {
        terms = o.terms();
      } else if (e instanceof LoanEvent.PaymentReversed r) {
        reversed.add(r.paymentId());
      }
    }
    LoanAccountModel m = new LoanAccountModel(calendar, terms != null);
    if (terms == null) {
      return m;
    }
    // Payout ends on the first due date, or earlier by command.
    m.closed = !asOf.isBefore(terms.firstDueDate())
        || upTo.stream().anyMatch(e -> e instanceof LoanEvent.DisbursementClosed);
    long paidOut = upTo.stream().filter(e -> e instanceof LoanEvent.TrancheDisbursed)
        .mapToLong(e -> ((LoanEvent.TrancheDisbursed) e).amount().ore()).sum();
    long principal = m.closed ? paidOut : terms.principal().ore();
    m.undisbursed = m.closed ? 0 : terms.principal().ore() - paidOut;
    if (principal > 0) {
      m.addRows(terms.firstDueDate(), terms.frequency(), terms.roundingUnit(),
          RepaymentSchedule.amountsInOre(DkkAmount.ofOre(principal), terms.plan(), terms.roundingUnit()));
    }
    for (LoanEvent e : upTo) {
      if (e instanceof LoanEvent.PaymentReceived p && !reversed.contains(p.paymentId())) {
        m.receive(p);
      } else if (e instanceof LoanEvent.TrancheDisbursed t) {
        m.disbursed += t.amount().ore();
      } else if (e instanceof LoanEvent.Deferred d) {
        m.unsettled().forEach(r -> r.deferred += d.periods());
      } else if (e instanceof LoanEvent.Rescheduled r) {
        m.reschedule(r);
      } else if (e instanceof LoanEvent.WrittenOff w) {
        m.writeOff(w.amount());
      } else if (e instanceof LoanEvent.OverpaymentRefunded r) {
        m.refund(r.amount().ore());
      }
    }
    return m;
  }

  private void addRows(LocalDate first, Frequency frequency, RoundingUnit unit, List<Long> amounts) {
    for (int k = 0; k < amounts.size(); k++) {
      rows.add(new Row(first, frequency, unit, k, amounts.get(k)));
    }
  }

  private List<Row> unsettled() {
    return rows.stream().filter(r -> r.remaining > 0).toList();
  }

  private LocalDate due(Row r) {
    return calendar.onOrNextBankingDay(r.frequency.nominalDate(r.first, r.period + r.deferred));
  }

  private void receive(LoanEvent.PaymentReceived p) {
    paid += p.amount().ore();
    long left = p.amount().ore();
    // Overdue instalments first, then the next one due on or after the value date.
    for (Row r : unsettled()) {
      if (left == 0) {
        break;
      }
      long take = Math.min(left, r.remaining);
      r.remaining -= take;
      left -= take;
      if (!due(r).isBefore(p.date())) {
        break;
      }
    }
    if (left > 0 && p.prepayment() == PrepaymentHandling.REDUCE_INSTALMENTS) {
      left = reduce(left);
    }
    credit += fromTheLast(left);
  }

  /** Spreads a prepayment evenly from the first unsettled instalment to the last one. */
  private long reduce(long amount) {
    List<Row> open = unsettled();
    if (open.isEmpty()) {
      return amount;
    }
    List<Row> span = rows.subList(rows.indexOf(open.get(0)), rows.indexOf(open.get(open.size() - 1)) + 1);
    RoundingUnit unit = open.get(open.size() - 1).unit;
    int spread = (int) Math.min(span.size(), Math.max(1, amount / unit.ore()));
    List<Long> shares = RepaymentSchedule.amountsInOre(DkkAmount.ofOre(amount), RepaymentPlan.byCount(spread), unit);
    long left = 0;
    for (int j = 0; j < spread; j++) {
      Row r = span.get(j);
      long take = Math.min(shares.get(j), r.remaining);
      r.remaining -= take;
      left += shares.get(j) - take;
    }
    return left;
  }

  /** Settles an amount from the last unsettled instalment backward; returns what is left over. */
  private long fromTheLast(long amount) {
    long left = amount;
    for (int i = rows.size() - 1; i >= 0 && left > 0; i--) {
      long take = Math.min(left, rows.get(i).remaining);
      rows.get(i).remaining -= take;
      left -= take;
    }
    return left;
  }

  private void reschedule(LoanEvent.Rescheduled r) {
    long balance = rows.stream().mapToLong(x -> x.remaining).sum() - credit - undisbursed;
    if (balance <= 0) {
      return;
    }
    // What was paid of the old instalments stays; what was unpaid moves into the new schedule.
    for (Row x : rows) {
      x.amount -= x.remaining;
      x.remaining = 0;
    }
    credit = 0;
    RepaymentPlan plan = r.plan() instanceof RepaymentPlan.ByCount c
        ? RepaymentPlan.byCount((int) Math.min(c.count(), Math.max(1, balance / r.roundingUnit().ore())))
        : r.plan();
    addRows(r.firstDueDate(), r.frequency(), r.roundingUnit(),
        RepaymentSchedule.amountsInOre(DkkAmount.ofOre(balance), plan, r.roundingUnit()));
  }

  private void writeOff(Optional<DkkAmount> amount) {
    long owed = outstanding();
    if (owed <= 0) {
      return;
    }
    long take = Math.min(owed, amount.map(DkkAmount::ore).orElse(owed));
    writtenOff += take;
    fromTheLast(take);
    endedByWriteOff = outstanding() == 0;
  }

  private void refund(long amount) {
    refunded += amount;
    long fromCredit = Math.min(credit, amount);
    credit -= fromCredit;
    long left = amount - fromCredit;
    if (left > 0) {
      endedByWriteOff = false;
    }
    // Beyond the credit a refund reopens settled amounts, the last instalment first.
    for (int i = rows.size() - 1; i >= 0 && left > 0; i--) {
      Row r = rows.get(i);
      long back = Math.min(left, r.amount - r.remaining);
      r.remaining += back;
      left -= back;
    }
    if (left > 0 && !rows.isEmpty()) {
      Row last = rows.get(rows.size() - 1);
      last.amount += left;
      last.remaining += left;
    }
  }

  private long outstanding() {
    return disbursed - paid + refunded - writtenOff;
  }

  // --- what the account answers ------------------------------------------------------------------

  LoanStatus status() {
    if (!opened) {
      return LoanStatus.NOT_OPENED;
    } else if (disbursed == 0) {
      return closed ? LoanStatus.CANCELLED : LoanStatus.AWAITING_DISBURSEMENT;
    } else if (outstanding() != 0) {
      return outstanding() > 0 ? LoanStatus.ACTIVE : LoanStatus.OVERPAID;
    }
    return endedByWriteOff ? LoanStatus.WRITTEN_OFF : LoanStatus.REPAID;
  }

  LoanBalances balances() {
    return new LoanBalances(DkkAmount.ofOre(disbursed), DkkAmount.ofOre(paid), DkkAmount.ofOre(refunded),
        DkkAmount.ofOre(writtenOff), DkkAmount.ofOre(outstanding()));
  }

  List<ScheduledInstalment> instalments() {
    List<ScheduledInstalment> list = new ArrayList<>();
    for (Row r : rows) {
      if (r.amount > 0) {
        LocalDate nominal = r.frequency.nominalDate(r.first, r.period + r.deferred);
        list.add(new ScheduledInstalment(list.size() + 1, nominal, calendar.onOrNextBankingDay(nominal),
            DkkAmount.ofOre(r.amount), DkkAmount.ofOre(r.remaining)));
      }
    }
    return list;
  }

  Arrears arrears(LocalDate asOf) {
    long overdue = 0;
    LocalDate oldest = null;
    for (Row r : unsettled()) {
      LocalDate due = due(r);
      if (due.isBefore(asOf)) {
        overdue += r.remaining;
        oldest = oldest == null || due.isBefore(oldest) ? due : oldest;
      }
    }
    if (oldest == null) {
      return Arrears.NONE;
    }
    long days = asOf.toEpochDay() - oldest.toEpochDay();
    // The report's buckets, as a literal table.
    ArrearsBucket bucket = days <= 30 ? ArrearsBucket.DAYS_1_30 : days <= 60 ? ArrearsBucket.DAYS_31_60
        : days <= 90 ? ArrearsBucket.DAYS_61_90 : ArrearsBucket.DAYS_90_PLUS;
    return new Arrears(DkkAmount.ofOre(overdue), days, bucket);
  }

  Optional<ScheduledInstalment> nextDue(LocalDate asOf) {
    return instalments().stream().filter(i -> !i.isSettled() && !i.dueDate().isBefore(asOf)).findFirst();
  }
}
