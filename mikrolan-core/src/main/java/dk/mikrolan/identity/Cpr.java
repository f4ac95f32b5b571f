package dk.mikrolan.identity;

import dk.mikrolan.rules.InvalidInputException;
import dk.mikrolan.rules.Violation;
import io.vavr.collection.List;
import io.vavr.control.Validation;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A CPR number (personnummer), DDMMYY-SSSS.
 *
 * <p>Rules (CPR-kontoret; DOMAIN §5): the first six digits are the birth date; the century comes
 * from the seventh digit and the year — 0–3: 1900s; 4 or 9: 2000–2036 when YY ≤ 36, else
 * 1937–1999; 5–8: 2000–2057 when YY ≤ 57, else 1858–1899. The date must exist. The modulus-11
 * check is not guaranteed since 1 October 2007, so a failed check is a flag ({@link
 * #passesModulus11()}), never a rejection.
 *
 * <p>Protected data (databeskyttelsesloven § 11; CPR-loven § 54): {@link #toString()} masks the
 * number as {@code DDMMYY-XXXX}, so that a log line or exception message never carries it; the
 * full number comes only from {@link #fullNumber()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Cpr {

  private static final Pattern FORM = Pattern.compile("\\d{6}-?\\d{4}");
  private static final int[] WEIGHTS = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};

  private final String digits;
  private final LocalDate birthDate;

  private Cpr(String digits, LocalDate birthDate) {
    this.digits = digits;
    this.birthDate = birthDate;
  }

  /**
   * Obtains a CPR number from {@code DDMMYY-SSSS} or {@code DDMMYYSSSS}.
   *
   * @param text the number, not null
   * @return the CPR number, never null
   * @throws InvalidInputException if the form or the birth date is invalid; the message never
   *     repeats the number
   */
  public static Cpr parse(String text) {
    Validation<Violation, Cpr> v = validate(text, "cpr");
    if (v.isInvalid()) {
      throw new InvalidInputException(List.of(v.getError()));
    }
    return v.get();
  }

  /**
   * Ten digits, or six and four around a hyphen, an en dash, a dot or a space, not part of a
   * longer run of digits.
   */
  private static final Pattern SHAPE_IN_TEXT =
      Pattern.compile("(?<!\\d)(\\d{2})(\\d{2})(\\d{2})[-\u2013. ]?(\\d{4})(?!\\d)");

  /**
   * Returns whether a text may hold a CPR number: ten digits (or six and four around a hyphen, an
   * en dash, a dot or a space), not part of a longer run of digits, whose first four are a day and
   * month that exist in some year. The one place the library decides what must never be stored or
   * shown as an id, a key or a stored answer, and what free text has masked ({@link #maskIn}).
   *
   * @param text the text, not null
   * @return whether it may hold a CPR number
   */
  public static boolean mayAppearIn(String text) {
    java.util.regex.Matcher m = SHAPE_IN_TEXT.matcher(text);
    while (m.find()) {
      if (dayAndMonthExist(m)) {
        return true;
      }
    }
    return false;
  }

  private static boolean dayAndMonthExist(java.util.regex.Matcher m) {
    try {
      LocalDate.of(2000, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))); // a leap year: 29 February counts
      return true;
    } catch (DateTimeException e) {
      return false; // not a day and month
    }
  }

  /**
   * Returns, masked as {@code DDMMYY-XXXX}, everything in a text that may be a CPR number ({@link
   * #mayAppearIn}) but one person's, in the order they appear: how a review of free text (a note, a
   * letter) finds another person's number in a person's own case.
   *
   * @param text the text, not null
   * @param own the number to leave out, not null
   * @return the masked numbers, never null
   */
  public static java.util.List<String> othersIn(String text, Cpr own) {
    java.util.List<String> found = new java.util.ArrayList<>();
    java.util.regex.Matcher m = SHAPE_IN_TEXT.matcher(text);
    while (m.find()) {
      String digits = m.group(1) + m.group(2) + m.group(3) + m.group(4);
      if (dayAndMonthExist(m) && !digits.equals(own.digits)) {
        found.add(digits.substring(0, 6) + "-XXXX");
      }
    }
    return java.util.List.copyOf(found);
  }

  /**
   * Returns a text with everything in it that may be a CPR number ({@link #mayAppearIn}) masked as
   * {@code DDMMYY-XXXX}: how free text (a note a caseworker typed) leaves the library where a
   * number must never be in clear. Masking errs on the side of masking.
   *
   * @param text the text, not null
   * @return the text, masked, never null
   */
  public static String maskIn(String text) {
    return replaceIn(text, digits -> digits.substring(0, 6) + "-XXXX");
  }

  /**
   * Returns a text with every number in it masked as {@link #maskIn} does, but for one person's,
   * left as written: the review of a person's own case shows their number, never another's.
   *
   * @param text the text, not null
   * @param own the number to leave, not null
   * @return the text, masked, never null
   */
  public static String maskIn(String text, Cpr own) {
    return replaceIn(text, digits -> digits.equals(own.digits) ? null : digits.substring(0, 6) + "-XXXX");
  }

  /**
   * Returns a text with everything in it that may be a CPR number replaced by {@code XXXXXX-XXXX},
   * the birth date too: for text a client wrote where no number belongs, such as a URL echoed in
   * an error.
   *
   * @param text the text, not null
   * @return the text, redacted, never null
   */
  public static String redactIn(String text) {
    return replaceIn(text, digits -> "XXXXXX-XXXX");
  }

  /** Replaces each possible number by what the function makes of its ten digits (null: left as written). */
  private static String replaceIn(String text, java.util.function.Function<String, String> replacement) {
    java.util.regex.Matcher m = SHAPE_IN_TEXT.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String with = dayAndMonthExist(m) ? replacement.apply(m.group(1) + m.group(2) + m.group(3) + m.group(4)) : null;
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(with == null ? m.group() : with));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Checks a CPR number from untrusted input. The violation never repeats the number.
   *
   * @param text the number, not null
   * @param field the input field, not null
   * @return the CPR number, or the violation, never null
   */
  public static Validation<Violation, Cpr> validate(String text, String field) {
    if (!FORM.matcher(text).matches()) {
      return Validation.invalid(
          Violation.of(
              "CPR_MALFORMED",
              field,
              "CPR-nummeret skal have formen DDMMÅÅ-XXXX.",
              "The CPR number must have the form DDMMYY-XXXX."));
    }
    String d = text.replace("-", "");
    int day = Integer.parseInt(d.substring(0, 2));
    int month = Integer.parseInt(d.substring(2, 4));
    int yy = Integer.parseInt(d.substring(4, 6));
    int seventh = d.charAt(6) - '0';
    try {
      return Validation.valid(new Cpr(d, LocalDate.of(century(seventh, yy) + yy, month, day)));
    } catch (DateTimeException e) {
      return Validation.invalid(
          Violation.of(
              "CPR_INVALID_DATE",
              field,
              "CPR-nummerets fødselsdato findes ikke.",
              "The CPR number's birth date does not exist."));
    }
  }

  private static int century(int seventh, int yy) {
    if (seventh <= 3) {
      return 1900;
    } else if (seventh == 4 || seventh == 9) {
      return yy <= 36 ? 2000 : 1900;
    }
    return yy <= 57 ? 2000 : 1800;
  }

  /**
   * Returns the birth date.
   *
   * @return the date, never null
   */
  public LocalDate birthDate() {
    return birthDate;
  }

  /**
   * Returns whether the number passes the modulus-11 check. Numbers issued since 1 October 2007
   * need not pass it: a {@code false} is a flag for a person to look at, never a rejection.
   *
   * @return true if the weighted digit sum is divisible by 11
   */
  public boolean passesModulus11() {
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += (digits.charAt(i) - '0') * WEIGHTS[i];
    }
    return sum % 11 == 0;
  }

  /**
   * Returns the full number, {@code DDMMYY-SSSS}. Use only where a person or system needs it (a
   * letter's inside, a lookup); never in logs, URLs or messages.
   *
   * @return the full number, never null
   */
  public String fullNumber() {
    return digits.substring(0, 6) + "-" + digits.substring(6);
  }

  /**
   * Returns the masked form, {@code DDMMYY-XXXX}.
   *
   * @return the masked number, never null
   */
  public String masked() {
    return digits.substring(0, 6) + "-XXXX";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cpr other && other.digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /** Returns the masked form, {@code DDMMYY-XXXX}; the full number never leaks through here. */
  @Override
  public String toString() {
    return masked();
  }
}
