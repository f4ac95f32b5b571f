package dk.mikrolan.testkit;

import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.schedule.Instalment;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentSchedule;
import dk.mikrolan.schedule.RepaymentTerms;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The laws every interest-free repayment schedule (afdragsplan) obeys, as plain Java: given a
 * schedule, {@link #violations} returns every law it breaks, in words a person can read.
 *
 * <p>It uses no property-testing library in its API, so a team using QuickTheories, plain JUnit
 * loops or any other tool calls it from its own properties and asserts the list is empty. The laws
 * restate the contract of {@link RepaymentSchedule} independently of its code:
 *
 * <ul>
 *   <li>the instalments are numbered 1, 2, … and sum exactly to the principal; each is more than
 *       zero;
 *   <li>by count: there are exactly that many; leaving out the øre below the rounding unit in the
 *       first instalment, each is a whole number of units, they never increase, and the largest
 *       and smallest differ by at most one unit;
 *   <li>by amount: every instalment but the last equals the amount, and 0 &lt; last ≤ amount;
 *   <li>nominal dates are the first due date plus k periods, clamped to the month's last day;
 *   <li>due dates are banking days, strictly increasing, on or after their nominal date and at
 *       most {@value #MAX_DAYS_MOVED} days (less than a week) after it.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScheduleLaws {

  /**
   * The most days a due date may lie after its nominal date. The longest run of Danish non-banking
   * days is five (Maundy Thursday to Easter Monday), so a move of 7 days or more means the
   * calendar or the schedule is wrong.
   */
  public static final int MAX_DAYS_MOVED = 6;

  private ScheduleLaws() {}

  /**
   * Returns every law a schedule breaks.
   *
   * @param schedule the schedule, not null
   * @param calendar the banking calendar its due dates must respect, not null
   * @return the broken laws in words, empty when the schedule keeps them all, never null
   */
  public static List<String> violations(RepaymentSchedule schedule, BankingCalendar calendar) {
    return violations(schedule.terms(), schedule.instalments(), calendar);
  }

  /**
   * Returns every law a list of instalments breaks as the schedule of some terms, for schedules
   * held in another form (read back from storage, rebuilt by a loan account).
   *
   * @param terms the terms the instalments should repay, not null
   * @param instalments the instalments in due order, not null
   * @param calendar the banking calendar the due dates must respect, not null
   * @return the broken laws in words, empty when the instalments keep them all, never null
   */
  public static List<String> violations(
      RepaymentTerms terms, List<Instalment> instalments, BankingCalendar calendar) {
    List<Row> rows = new ArrayList<>(instalments.size());
    for (Instalment i : instalments) {
      rows.add(new Row(i.number(), i.nominalDate(), i.dueDate(), i.exactAmount().ore()));
    }
    return check(terms, rows, calendar);
  }

  /**
   * One instalment as raw values, so that tests can describe schedules {@link Instalment} itself
   * refuses to build (a zero amount, a due date before its nominal date).
   */
  record Row(int number, LocalDate nominalDate, LocalDate dueDate, long amountOre) {
    Row {
      Objects.requireNonNull(nominalDate, "nominalDate");
      Objects.requireNonNull(dueDate, "dueDate");
    }
  }

  static List<String> check(RepaymentTerms terms, List<Row> rows, BankingCalendar calendar) {
    Objects.requireNonNull(calendar, "calendar");
    if (rows.isEmpty()) {
      return List.of("the schedule has no instalments");
    }
    List<String> broken = new ArrayList<>();
    checkNumbers(rows, broken);
    checkAmounts(terms, rows, broken);
    checkNominalDates(terms, rows, broken);
    checkDueDates(rows, calendar, broken);
    return Collections.unmodifiableList(broken);
  }

  private static void checkNumbers(List<Row> rows, List<String> broken) {
    for (int k = 0; k < rows.size(); k++) {
      if (rows.get(k).number() != k + 1) {
        broken.add("instalment at position " + (k + 1) + " is numbered " + rows.get(k).number());
      }
    }
  }

  private static void checkAmounts(RepaymentTerms terms, List<Row> rows, List<String> broken) {
    long principal = terms.principal().ore();
    long sum = 0;
    for (Row r : rows) {
      sum += r.amountOre();
      if (r.amountOre() <= 0) {
        broken.add("instalment " + r.number() + " is " + kr(r.amountOre()) + ", not more than zero");
      }
    }
    if (sum != principal) {
      broken.add("the instalments sum to " + kr(sum) + ", not the principal " + kr(principal));
    }
    if (terms.plan() instanceof RepaymentPlan.ByCount byCount) {
      checkCountMode(byCount.count(), principal, terms.roundingUnit().ore(), rows, broken);
    } else {
      checkAmountMode(((RepaymentPlan.ByAmount) terms.plan()).amount().ore(), rows, broken);
    }
  }

  private static void checkCountMode(
      int count, long principal, long unit, List<Row> rows, List<String> broken) {
    if (rows.size() != count) {
      broken.add("the plan is " + count + " instalments but the schedule has " + rows.size());
    }
    // The øre below the rounding unit belong to the first instalment and take no part in the
    // evenness rule: 1,000.50 in 3 whole kroner is 334.50, 333.00, 333.00.
    long subUnit = principal % unit;
    long previous = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    long min = Long.MAX_VALUE;
    for (int k = 0; k < rows.size(); k++) {
      Row r = rows.get(k);
      long units = k == 0 ? r.amountOre() - subUnit : r.amountOre();
      if (units % unit != 0) {
        broken.add(
            "instalment " + r.number() + " is " + kr(r.amountOre()) + ", not a whole number of "
                + kr(unit) + (k == 0 ? " after the principal's " + kr(subUnit) + " below the unit" : ""));
      }
      if (units > previous) {
        broken.add(
            "instalment " + r.number() + " (" + kr(units) + " in whole units) is larger than the one before ("
                + kr(previous) + ")");
      }
      previous = units;
      max = Math.max(max, units);
      min = Math.min(min, units);
    }
    if (max - min > unit) {
      broken.add(
          "in whole units the instalments range from " + kr(min) + " to " + kr(max)
              + ", more than one unit (" + kr(unit) + ") apart");
    }
  }

  private static void checkAmountMode(long amount, List<Row> rows, List<String> broken) {
    for (int k = 0; k < rows.size() - 1; k++) {
      Row r = rows.get(k);
      if (r.amountOre() != amount) {
        broken.add(
            "instalment " + r.number() + " is " + kr(r.amountOre()) + ", not the fixed amount " + kr(amount));
      }
    }
    Row last = rows.get(rows.size() - 1);
    if (last.amountOre() <= 0 || last.amountOre() > amount) {
      broken.add(
          "the last instalment is " + kr(last.amountOre()) + ", not more than zero and at most the fixed amount "
              + kr(amount));
    }
  }

  private static void checkNominalDates(RepaymentTerms terms, List<Row> rows, List<String> broken) {
    LocalDate first = terms.firstDueDate();
    int months = terms.frequency().months();
    for (int k = 0; k < rows.size(); k++) {
      // Computed here from year-months, not through Frequency, so the law does not repeat the code
      // it checks.
      YearMonth month = YearMonth.from(first).plusMonths((long) k * months);
      LocalDate expected = month.atDay(Math.min(first.getDayOfMonth(), month.lengthOfMonth()));
      Row r = rows.get(k);
      if (!r.nominalDate().equals(expected)) {
        broken.add(
            "instalment " + r.number() + " has nominal date " + r.nominalDate() + ", not " + expected
                + " (the first due date plus " + k + " × " + months + " months)");
      }
    }
  }

  private static void checkDueDates(List<Row> rows, BankingCalendar calendar, List<String> broken) {
    LocalDate previous = null;
    for (Row r : rows) {
      LocalDate due = r.dueDate();
      String name = "instalment " + r.number() + " due " + due;
      try {
        if (!calendar.isBankingDay(due)) {
          broken.add(name + " is not a banking day (" + due.getDayOfWeek() + ")");
        }
      } catch (IllegalArgumentException e) {
        broken.add(name + " is outside the banking calendar: " + e.getMessage());
      }
      if (previous != null && !due.isAfter(previous)) {
        broken.add(name + " is not after the previous due date " + previous);
      }
      if (due.isBefore(r.nominalDate())) {
        broken.add(name + " is before its nominal date " + r.nominalDate());
      }
      long moved = ChronoUnit.DAYS.between(r.nominalDate(), due);
      if (moved > MAX_DAYS_MOVED) {
        broken.add(name + " is " + moved + " days after its nominal date " + r.nominalDate());
      }
      previous = due;
    }
  }

  private static String kr(long ore) {
    return DkkAmount.ofOre(ore).toString();
  }
}
