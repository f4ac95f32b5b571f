package dk.mikrolan.calendar;

import dk.mikrolan.rules.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Danish banking days (bankdage): every day that is not a Saturday, a Sunday or a bank closing day
 * (banklukkedag).
 *
 * <p>{@link #danish()} gives Danmarks Nationalbank's closing days ({@link ClosingDayRule}) for
 * every year from {@value #MIN_YEAR} to {@value #MAX_YEAR}. A host adapts it without changing
 * library code — a new law, a one-off closure, a corrected first year — with {@link #builder()} or
 * a properties file ({@link #fromProperties(Properties)}). All days are computed once when the
 * calendar is built, so every query is a bit lookup.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BankingCalendar {

  /** The first year the calendar covers. */
  public static final int MIN_YEAR = 2000;

  /** The last year the calendar covers. */
  public static final int MAX_YEAR = 2199;

  private static final LocalDate FIRST_DAY = LocalDate.of(MIN_YEAR, 1, 1);
  // Covers the first weeks of MAX_YEAR + 1 too, so that 31 December MAX_YEAR can move forward.
  private static final LocalDate LAST_COMPUTED_DAY = LocalDate.of(MAX_YEAR + 1, 1, 31);

  private static final BankingCalendar DANISH = builder().build();

  private final BitSet closed;
  private final Map<ClosingDayRule, int[]> ruleYears;
  private final Set<LocalDate> added;
  private final Set<LocalDate> removed;

  private BankingCalendar(Builder b) {
    this.ruleYears = Collections.unmodifiableMap(new EnumMap<>(b.ruleYears));
    this.added = Collections.unmodifiableSet(new TreeSet<>(b.added));
    this.removed = Collections.unmodifiableSet(new TreeSet<>(b.removed));
    this.closed = new BitSet(index(LAST_COMPUTED_DAY) + 1);
    for (int year = MIN_YEAR; year <= MAX_YEAR + 1; year++) {
      for (Map.Entry<ClosingDayRule, int[]> e : ruleYears.entrySet()) {
        int[] range = e.getValue();
        if (year >= range[0] && year <= range[1]) {
          LocalDate day = e.getKey().dateIn(year);
          if (!day.isAfter(LAST_COMPUTED_DAY)) {
            closed.set(index(day));
          }
        }
      }
    }
    added.forEach(d -> closed.set(index(d)));
    removed.forEach(d -> closed.clear(index(d)));
  }

  /**
   * Returns the Danish banking calendar with Nationalbanken's closing days and default years.
   *
   * @return the shared calendar, never null
   */
  public static BankingCalendar danish() {
    return DANISH;
  }

  /**
   * Returns a builder starting from the Danish defaults.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns whether a day is a banking day: a weekday that is not a closing day.
   *
   * @param date the day, from {@value #MIN_YEAR} to {@value #MAX_YEAR}, not null
   * @return true if banks are open
   * @throws IllegalArgumentException if the day is outside the calendar's years
   */
  public boolean isBankingDay(LocalDate date) {
    checkRange(date);
    return !isWeekend(date) && !closed.get(index(date));
  }

  /**
   * Returns whether a day is a named or configured closing day, whatever its day of the week.
   *
   * @param date the day, not null
   * @return true if it is a closing day
   * @throws IllegalArgumentException if the day is outside the calendar's years
   */
  public boolean isClosingDay(LocalDate date) {
    checkRange(date);
    return closed.get(index(date));
  }

  /**
   * Returns the day itself when it is a banking day, else the next banking day after it.
   *
   * @param date the day, not null
   * @return the banking day on or after {@code date}, never null
   * @throws IllegalArgumentException if the day is outside the calendar's years
   */
  public LocalDate onOrNextBankingDay(LocalDate date) {
    checkRange(date);
    LocalDate d = date;
    while (isWeekend(d) || closed.get(index(d))) {
      d = d.plusDays(1);
    }
    return d;
  }

  /**
   * Returns the closing days of a year in date order, including those on a weekend.
   *
   * @param year the year, from {@value #MIN_YEAR} to {@value #MAX_YEAR}
   * @return the days, never null
   * @throws IllegalArgumentException if the year is outside the calendar's years
   */
  public List<LocalDate> closingDays(int year) {
    // Checked on the year, not on 1 January: the computed days run into January of MAX_YEAR + 1,
    // which would otherwise pass and give a part of that year only.
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException(
          "Year " + year + " is outside the banking calendar's years " + MIN_YEAR + "–" + MAX_YEAR);
    }
    List<LocalDate> days = new ArrayList<>();
    int from = index(LocalDate.of(year, 1, 1));
    int to = index(LocalDate.of(year, 12, 31));
    for (int i = closed.nextSetBit(from); i >= 0 && i <= to; i = closed.nextSetBit(i + 1)) {
      days.add(FIRST_DAY.plusDays(i));
    }
    return Collections.unmodifiableList(days);
  }

  /**
   * Returns the years each rule applies in this calendar, as {@code [first, last]}.
   *
   * @return the rules in force and their years, unmodifiable, never null
   */
  public Map<ClosingDayRule, List<Integer>> ruleYears() {
    Map<ClosingDayRule, List<Integer>> copy = new EnumMap<>(ClosingDayRule.class);
    ruleYears.forEach((k, v) -> copy.put(k, List.of(v[0], v[1])));
    return Collections.unmodifiableMap(copy);
  }

  /**
   * Reads a calendar from properties a municipality keeps under version control. Every key is
   * optional; unknown keys are refused so that a typo never goes unnoticed:
   *
   * <pre>
   * rule.FRIDAY_AFTER_ASCENSION.first-year = 2009
   * rule.GENERAL_PRAYER_DAY.last-year = 2023
   * rule.CONSTITUTION_DAY.enabled = false
   * closing-days.add = 2031-05-02, 2031-05-09
   * closing-days.remove = 2030-12-24
   * </pre>
   *
   * @param properties the properties, not null
   * @return the calendar, or every problem found (with its key as the field), never null
   */
  public static Validation<Seq<Violation>, BankingCalendar> fromProperties(Properties properties) {
    return CalendarProperties.read(properties);
  }

  private static boolean isWeekend(LocalDate date) {
    DayOfWeek dow = date.getDayOfWeek();
    return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
  }

  private static int index(LocalDate date) {
    return (int) (date.toEpochDay() - FIRST_DAY.toEpochDay());
  }

  private static void checkRange(LocalDate date) {
    if (date.isBefore(FIRST_DAY) || date.isAfter(LAST_COMPUTED_DAY)) {
      throw new IllegalArgumentException(
          "Date " + date + " is outside the banking calendar's years " + MIN_YEAR + "–" + MAX_YEAR);
    }
  }

  /**
   * Returns whether a day lies in the calendar's years, {@value #MIN_YEAR}–{@value #MAX_YEAR}.
   *
   * @param date the day, not null
   * @return true if the calendar answers for it
   */
  public static boolean covers(LocalDate date) {
    return date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BankingCalendar other && other.closed.equals(closed);
  }

  @Override
  public int hashCode() {
    return closed.hashCode();
  }

  @Override
  public String toString() {
    return "BankingCalendar[rules=" + ruleYears.keySet() + ", added=" + added + ", removed=" + removed + "]";
  }

  /**
   * Builds a {@link BankingCalendar} from the Danish defaults with a host's changes.
   *
   * <p>This class is mutable and not thread-safe; the calendar it builds is immutable.
   */
  public static final class Builder {
    private final Map<ClosingDayRule, int[]> ruleYears = new EnumMap<>(ClosingDayRule.class);
    private final Set<LocalDate> added = new TreeSet<>();
    private final Set<LocalDate> removed = new TreeSet<>();

    private Builder() {
      for (ClosingDayRule rule : ClosingDayRule.values()) {
        ruleYears.put(
            rule,
            new int[] {rule.defaultFirstYear(), rule.defaultLastYear().orElse(Integer.MAX_VALUE)});
      }
    }

    /**
     * Sets the first year a rule applies, such as a better-known start of the Friday after
     * Ascension.
     *
     * @param rule the rule, not null
     * @param firstYear the first year it applies
     * @return this builder, never null
     */
    public Builder firstYear(ClosingDayRule rule, int firstYear) {
      years(rule)[0] = firstYear;
      return this;
    }

    /**
     * Sets the last year a rule applies, such as when a law abolishes a holiday.
     *
     * @param rule the rule, not null
     * @param lastYear the last year it applies
     * @return this builder, never null
     */
    public Builder lastYear(ClosingDayRule rule, int lastYear) {
      years(rule)[1] = lastYear;
      return this;
    }

    /**
     * Leaves a rule out altogether.
     *
     * @param rule the rule, not null
     * @return this builder, never null
     */
    public Builder withoutRule(ClosingDayRule rule) {
      ruleYears.remove(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Adds a one-off closing day, such as an extraordinary closure.
     *
     * @param date the day, within the calendar's years, not null
     * @return this builder, never null
     * @throws IllegalArgumentException if the day is outside the calendar's years
     */
    public Builder addClosingDay(LocalDate date) {
      checkRange(date);
      removed.remove(date);
      added.add(date);
      return this;
    }

    /**
     * Makes a day that a rule closes a day banks are open (weekends stay closed).
     *
     * @param date the day, within the calendar's years, not null
     * @return this builder, never null
     * @throws IllegalArgumentException if the day is outside the calendar's years
     */
    public Builder removeClosingDay(LocalDate date) {
      checkRange(date);
      added.remove(date);
      removed.add(date);
      return this;
    }

    private int[] years(ClosingDayRule rule) {
      return ruleYears.computeIfAbsent(
          Objects.requireNonNull(rule, "rule"),
          r -> new int[] {r.defaultFirstYear(), r.defaultLastYear().orElse(Integer.MAX_VALUE)});
    }

    /**
     * Builds the calendar.
     *
     * @return the calendar, never null
     */
    public BankingCalendar build() {
      return new BankingCalendar(this);
    }
  }
}
