package dk.mikrolan.loan;

import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RoundingUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The dates of a ledger's instalment rows: each row's period in its segment (the original terms
 * or a reschedule) plus the periods deferrals have added to it.
 *
 * <p>Deferrals are ranges of rows shifted by a number of periods, kept in a difference array
 * ({@code shift(i)} is the sum of {@code shiftDiff[0..i]}) and read through a cursor that moves
 * to the row asked for. The ledger asks for rows mostly in order, so shifting a range costs
 * constant time and the cursor's steps stay linear in the rows.
 *
 * <p>Instances are confined to the ledger's computation and then only read.
 */
final class InstalmentDates {

  /** The repayment pattern of a run of instalments: the original terms or a reschedule. */
  private record Segment(LocalDate first, Frequency frequency, RoundingUnit unit) {}

  private final BankingCalendar calendar;
  private final List<Segment> segments = new ArrayList<>();
  private int size;
  private int[] segmentOf = new int[16];
  private int[] period = new int[16];
  private int[] shiftDiff = new int[17];
  private int cursor = -1;
  private int cursorShift;
  /** Cursor steps: the work done, for linearity checks. */
  private long work;

  InstalmentDates(BankingCalendar calendar) {
    this.calendar = calendar;
  }

  /** Appends the dates of a new segment of {@code count} rows, from its own first due date. */
  void appendSegment(LocalDate first, Frequency frequency, RoundingUnit unit, int count) {
    segments.add(new Segment(first, frequency, unit));
    int needed = size + count;
    if (needed > period.length) {
      int capacity = Math.max(needed, period.length * 2);
      segmentOf = Arrays.copyOf(segmentOf, capacity);
      period = Arrays.copyOf(period, capacity);
      shiftDiff = Arrays.copyOf(shiftDiff, capacity + 1);
    }
    if (size > 0) {
      // Deferrals granted before a reschedule moved the old instalments, not these: the new
      // segment starts from no shift, whatever the entry here held for rows beyond the old end.
      shiftDiff[size] = -shift(size - 1);
    }
    for (int k = 0; k < count; k++) {
      segmentOf[size] = segments.size() - 1;
      period[size] = k;
      size++;
    }
  }

  /** Moves rows {@code from..to} (inclusive; none when {@code from > to}) {@code periods} later. */
  void shift(int from, int to, int periods) {
    if (from > to) {
      return;
    }
    shiftDiff[from] += periods;
    shiftDiff[to + 1] -= periods;
    // The cursor's running sum already includes the entries at or before it.
    if (cursor >= from) {
      cursorShift += periods;
    }
    if (cursor > to) {
      cursorShift -= periods;
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

  /** The nominal date of row {@code i} after {@code more} periods beyond its deferrals. */
  LocalDate nominalDate(int i, int more) {
    Segment s = segments.get(segmentOf[i]);
    return s.frequency().nominalDate(s.first(), (long) period[i] + shift(i) + more);
  }

  /** The banking day row {@code i} falls due on. */
  LocalDate dueDate(int i) {
    return calendar.onOrNextBankingDay(nominalDate(i, 0));
  }

  /** The banking day a nominal date falls due on. */
  LocalDate dueDate(LocalDate nominal) {
    return calendar.onOrNextBankingDay(nominal);
  }

  RoundingUnit unit(int i) {
    return segments.get(segmentOf[i]).unit();
  }

  long work() {
    return work;
  }
}
