package dk.mikrolan.eligibility;

import dk.mikrolan.policy.BenefitType;
import java.time.LocalDate;
import java.util.List;

/**
 * The words eligibility texts are built from, in Danish and English. Month names and benefit names
 * are fixed here rather than taken from a JDK locale, so that a letter does not change with the
 * runtime (as for amounts in {@code DanishFormat}).
 */
final class Wording {

  private static final List<String> DANISH_MONTHS =
      List.of("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december");
  private static final List<String> ENGLISH_MONTHS =
      List.of("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December");

  // What ends a sentence, and the closing quotes and brackets that may follow it.
  private static final String ENDING = ".!?…";
  private static final String CLOSING = "\"'»«”)";

  private Wording() {}

  /** Returns a date as Danish letters write it: {@code 3. marts 2026}. */
  static String danishDate(LocalDate date) {
    return date.getDayOfMonth() + ". " + DANISH_MONTHS.get(date.getMonthValue() - 1) + " " + date.getYear();
  }

  /** Returns a date as English letters write it: {@code 3 March 2026}. */
  static String englishDate(LocalDate date) {
    return date.getDayOfMonth() + " " + ENGLISH_MONTHS.get(date.getMonthValue() - 1) + " " + date.getYear();
  }

  /** Returns the Danish name of a benefit type, such as {@code kontanthjælp}. */
  static String danish(BenefitType type) {
    return switch (type) {
      case CASH_BENEFIT -> "kontanthjælp";
      case EARLY_RETIREMENT_PENSION -> "førtidspension";
      case SICKNESS_BENEFIT -> "sygedagpenge";
      case REHABILITATION -> "revalidering";
      case FLEX_JOB -> "fleksjob";
      case OTHER -> "andet";
    };
  }

  /** Returns the English name of a benefit type, such as {@code cash benefit}. */
  static String english(BenefitType type) {
    return switch (type) {
      case CASH_BENEFIT -> "cash benefit";
      case EARLY_RETIREMENT_PENSION -> "early-retirement pension";
      case SICKNESS_BENEFIT -> "sickness benefit";
      case REHABILITATION -> "rehabilitation";
      case FLEX_JOB -> "flex job";
      case OTHER -> "other";
    };
  }

  /** Returns {@code a, b og c}. */
  static String danishList(List<String> items) {
    return join(items, " og ");
  }

  /** Returns {@code a, b and c}. */
  static String englishList(List<String> items) {
    return join(items, " and ");
  }

  /**
   * Returns free text (an advisor's note) trimmed and ending a sentence: a full stop is added
   * unless it already ends with one, a question or an exclamation mark.
   */
  static String sentence(String text) {
    String trimmed = text.strip();
    int end = trimmed.length();
    while (end > 0 && CLOSING.indexOf(trimmed.charAt(end - 1)) >= 0) {
      end--;
    }
    return end > 0 && ENDING.indexOf(trimmed.charAt(end - 1)) >= 0 ? trimmed : trimmed + ".";
  }

  private static String join(List<String> items, String lastSeparator) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + lastSeparator + items.get(items.size() - 1);
  }
}
