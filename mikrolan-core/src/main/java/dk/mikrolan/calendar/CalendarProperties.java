package dk.mikrolan.calendar;

import dk.mikrolan.rules.Violation;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

/** Reads {@link BankingCalendar#fromProperties(Properties)}; apart so the calendar stays about days. */
final class CalendarProperties {
  private CalendarProperties() {}

  static Validation<Seq<Violation>, BankingCalendar> read(Properties properties) {
    BankingCalendar.Builder builder = BankingCalendar.builder();
    Vector<Violation> problems = Vector.empty();
    // Switches (".enabled") come last so that a year setting never revives a disabled rule.
    List<String> keys = new ArrayList<>(new TreeSet<>(properties.stringPropertyNames()));
    keys.sort(Comparator.comparing((String k) -> k.endsWith(".enabled")));
    for (String key : keys) {
      String value = properties.getProperty(key).strip();
      try {
        apply(builder, key, value);
      } catch (IllegalArgumentException | DateTimeParseException e) {
        problems =
            problems.append(
                Violation.of(
                    "CALENDAR_PROPERTY_INVALID",
                    key,
                    "Ugyldig værdi '" + value + "' for " + key + ": " + e.getMessage(),
                    "Invalid value '" + value + "' for " + key + ": " + e.getMessage()));
      }
    }
    return problems.isEmpty() ? Validation.valid(builder.build()) : Validation.invalid(problems);
  }

  private static void apply(BankingCalendar.Builder builder, String key, String value) {
    if (key.equals("closing-days.add") || key.equals("closing-days.remove")) {
      for (String part : value.split(",")) {
        if (!part.isBlank()) {
          LocalDate day = LocalDate.parse(part.strip());
          if (key.endsWith("add")) {
            builder.addClosingDay(day);
          } else {
            builder.removeClosingDay(day);
          }
        }
      }
      return;
    }
    String[] parts = key.split("\\.");
    if (parts.length != 3 || !parts[0].equals("rule")) {
      throw new IllegalArgumentException("unknown key");
    }
    ClosingDayRule rule;
    try {
      rule = ClosingDayRule.valueOf(parts[1]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown rule " + parts[1], e);
    }
    switch (parts[2]) {
      case "first-year" -> builder.firstYear(rule, Integer.parseInt(value));
      case "last-year" -> builder.lastYear(rule, Integer.parseInt(value));
      case "enabled" -> {
        if (value.equals("false")) {
          builder.withoutRule(rule);
        } else if (!value.equals("true")) {
          throw new IllegalArgumentException("expected true or false");
        }
      }
      default -> throw new IllegalArgumentException("unknown setting " + parts[2]);
    }
  }
}
