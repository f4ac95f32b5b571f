package dk.mikrolan.loan;

import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RoundingUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The instalment rows of a {@link Ledger}, in order: each row's amount and what remains of it,
 * its date ({@link InstalmentDates}), and the range {@code [head, tail]} the unsettled rows lie
 * in. The ledger decides what to settle; this class keeps the rows and the range in step.
 *
 * <p>Payments settle from {@code head} forward, prepayments and partial write-offs from {@code
 * tail} backward, so each row is settled once, and a deferral shifts the range in constant time.
 * Two rare operations can leave settled rows inside the range — an even reduction that empties a
 * row, a refund that reopens rows from the back — and until the range is whole again a deferral
 * walks it to move only the unsettled rows.
 *
 * <p>Instances are confined to the ledger's computation and then only read.
 */
final class InstalmentRows {

  private final InstalmentDates dates;
  private int size;
  private long[] amount = new long[16];
  private long[] remaining = new long[16];

  private int head;
  private int tail = -1;
  /** Whether settled rows may lie strictly inside {@code [head, tail]}. */
  private boolean gapsPossible;
  /** Whether rows in the range may have missed a deferral (reopened after being settled). */
  private boolean unevenShifts;

  /** Row visits and pointer steps; with the dates' own, the work done, for linearity checks. */
  private long work;

  InstalmentRows(BankingCalendar calendar) {
    this.dates = new InstalmentDates(calendar);
  }

  /**
   * Appends the instalments of a new segment, starting on its own first due date; they become the
   * unsettled range (a reschedule has moved what was unpaid out of the old rows first).
   */
  void appendSegment(LocalDate first, Frequency frequency, RoundingUnit unit, List<Long> amounts) {
    dates.appendSegment(first, frequency, unit, amounts.size());
    int needed = size + amounts.size();
    if (needed > amount.length) {
      int capacity = Math.max(needed, amount.length * 2);
      amount = Arrays.copyOf(amount, capacity);
      remaining = Arrays.copyOf(remaining, capacity);
    }
    head = size;
    for (long ore : amounts) {
      work++;
      amount[size] = ore;
      remaining[size] = ore;
      size++;
    }
    tail = size - 1;
    gapsPossible = false;
    unevenShifts = false;
  }

  boolean hasUnsettled() {
    return head <= tail;
  }

  /** The number of rows from the first unsettled one to the last, settled ones between included. */
  int spanOfUnsettled() {
    return tail - head + 1;
  }

  /** The due date of the first unsettled row; only while there is one. */
  LocalDate firstUnsettledDueDate() {
    return dates.dueDate(head);
  }

  /** The rounding unit of the last unsettled row; only while there is one. */
  RoundingUnit lastUnsettledUnit() {
    return dates.unit(tail);
  }

  /** Settles up to {@code ore} of the first unsettled row; returns what it took. */
  long settleFirst(long ore) {
    long take = take(head, ore);
    advanceHead();
    return take;
  }

  /** Settles up to {@code ore} from the last unsettled row backward; returns what is left over. */
  long settleFromLast(long ore) {
    long left = ore;
    while (left > 0 && tail >= head) {
      left -= take(tail, left);
      if (remaining[tail] == 0) {
        tail--;
      }
    }
    normalise();
    return left;
  }

  /** Settles the {@code shares} from the first unsettled row on, one each; returns what was left over. */
  long settleInTurn(List<Long> shares) {
    long left = 0;
    for (int j = 0; j < shares.size(); j++) {
      long share = shares.get(j);
      left += share - take(head + j, share);
      gapsPossible |= remaining[head + j] == 0;
    }
    normalise();
    return left;
  }

  private long take(int i, long ore) {
    work++;
    long take = Math.min(ore, remaining[i]);
    remaining[i] -= take;
    return take;
  }

  /**
   * Reopens up to {@code ore} of what the rows had settled, the last row first; what was never
   * settled is added to the last row. Does nothing without rows.
   */
  void reopenFromLast(long ore) {
    long left = ore;
    for (int i = size - 1; i >= 0 && left > 0; i--) {
      work++;
      long back = Math.min(left, amount[i] - remaining[i]);
      remaining[i] += back;
      left -= back;
      if (remaining[i] > 0) {
        head = Math.min(head, i);
        tail = Math.max(tail, i);
      }
    }
    if (left > 0 && size > 0) {
      amount[size - 1] += left;
      remaining[size - 1] += left;
      head = Math.min(head, size - 1);
      tail = size - 1;
    }
    if (ore > 0) {
      gapsPossible = true;
      unevenShifts = true;
    }
  }

  /** Takes every unpaid remainder out of its row, which keeps what was paid of it. */
  void moveOutUnsettled() {
    for (int i = head; i < size; i++) {
      work++;
      amount[i] -= remaining[i];
      remaining[i] = 0;
    }
    normalise();
  }

  long sumUnsettled() {
    long sum = 0;
    for (int i = head; i <= tail; i++) {
      work++;
      sum += remaining[i];
    }
    return sum;
  }

  /** Moves every unsettled row {@code periods} periods later; settled rows keep their dates. */
  void deferUnsettled(int periods) {
    if (!gapsPossible) {
      dates.shift(head, tail, periods);
      return;
    }
    boolean gaps = false;
    int i = head;
    while (i <= tail) {
      int start = i;
      while (i <= tail && remaining[i] > 0) {
        work++;
        i++;
      }
      dates.shift(start, i - 1, periods);
      while (i <= tail && remaining[i] == 0) {
        work++;
        gaps = true;
        i++;
      }
    }
    gapsPossible = gaps;
    unevenShifts |= gaps;
  }

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
      gapsPossible = false;
    }
  }

  long work() {
    return work + dates.work();
  }

  // --- queries ----------------------------------------------------------------------------------

  /** The latest nominal date of an unsettled row after {@code periods} more periods, or MIN. */
  LocalDate lastNominalDateAfter(int periods) {
    LocalDate latest = LocalDate.MIN;
    // Unless a reopened row missed a deferral (rare), the last unsettled row is the latest.
    for (int i = unevenShifts ? head : tail; i <= tail && i >= 0; i++) {
      if (remaining[i] > 0) {
        LocalDate date = dates.nominalDate(i, periods);
        latest = date.isAfter(latest) ? date : latest;
      }
    }
    return latest;
  }

  /** The latest nominal date of a row shown (one with an amount), or MIN without any. */
  LocalDate latestNominalDate() {
    LocalDate latest = LocalDate.MIN;
    for (int i = 0; i < size; i++) {
      if (amount[i] > 0) {
        LocalDate date = dates.nominalDate(i, 0);
        latest = date.isAfter(latest) ? date : latest;
      }
    }
    return latest;
  }

  /** The instalments as they stand, numbered from 1, leaving out rows moved whole into a reschedule. */
  List<ScheduledInstalment> toList() {
    List<ScheduledInstalment> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      if (amount[i] == 0) {
        continue;
      }
      LocalDate nominal = dates.nominalDate(i, 0);
      list.add(new ScheduledInstalment(list.size() + 1, nominal, dates.dueDate(nominal),
          DkkAmount.ofOre(amount[i]), DkkAmount.ofOre(remaining[i])));
    }
    return list;
  }

  /** The arrears on a date: the unsettled rows due before it, counted from the oldest. */
  Arrears arrears(LocalDate asOf) {
    long overdue = 0;
    LocalDate oldest = null;
    for (int i = head; i <= tail; i++) {
      if (remaining[i] == 0) {
        continue;
      }
      LocalDate due = dates.dueDate(i);
      if (due.isBefore(asOf)) {
        overdue += remaining[i];
        oldest = oldest == null || due.isBefore(oldest) ? due : oldest;
      }
    }
    return oldest == null ? Arrears.NONE : Arrears.of(DkkAmount.ofOre(overdue), oldest, asOf);
  }

  /** The largest instalment amount and the unsettled total, whichever is larger, in øre. */
  long largestOre() {
    long largest = 0;
    for (int i = 0; i < size; i++) {
      largest = Math.max(largest, amount[i]);
    }
    return Math.max(largest, sumUnsettled());
  }
}
