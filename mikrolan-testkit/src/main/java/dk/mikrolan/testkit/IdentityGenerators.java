package dk.mikrolan.testkit;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of Danish identifiers for property tests: valid CPR numbers with the
 * birth date they stand for, and valid CVR numbers.
 *
 * <p>CPR numbers follow the century rules (CPR-kontoret): the seventh digit is drawn among those
 * that give the birth year's century — 0–3 for 1900–1936; 0–4 or 9 for 1937–1999; 5–8 for
 * 1858–1899; 4–9 for 2000–2036; 5–8 for 2037–2057. Birth dates cover 1858–2057, with the boundary
 * years (1899/1900, 1936/1937, 1999/2000, 2036/2037, 2057) and 29 February more often than chance.
 * About half the numbers pass the modulus-11 check, as real numbers issued since 2007 need not.
 * The serials are fake by construction; no generated number is anyone's on purpose, and none is
 * ever printed by the library's tests.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IdentityGenerators {

  private static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1858, 1, 1);
  private static final LocalDate LAST_BIRTH_DATE = LocalDate.of(2057, 12, 31);
  private static final List<Integer> BOUNDARY_YEARS =
      List.of(1858, 1899, 1900, 1936, 1937, 1999, 2000, 2036, 2037, 2057);
  private static final int[] CPR_WEIGHTS = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};
  private static final int[] CVR_WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

  private IdentityGenerators() {}

  /**
   * A valid CPR number and the birth date it stands for.
   *
   * @param birthDate the birth date, not null
   * @param number the number as {@code DDMMYY-SSSS} or {@code DDMMYYSSSS}, not null
   */
  public record CprSample(LocalDate birthDate, String number) {

    /** Checks that every component is present. */
    public CprSample {
      Objects.requireNonNull(birthDate, "birthDate");
      Objects.requireNonNull(number, "number");
    }

    /**
     * Returns the number without the hyphen.
     *
     * @return ten digits, never null
     */
    public String digits() {
      return number.replace("-", "");
    }

    /**
     * Returns the last four digits (the serial, løbenummer).
     *
     * @return four digits, never null
     */
    public String serial() {
      return digits().substring(6);
    }

    /** Returns only the birth date, so that a shrunk failure never prints the number. */
    @Override
    public String toString() {
      return "CprSample[birthDate=" + birthDate + "]";
    }
  }

  /**
   * Returns a generator of valid CPR numbers with their birth dates (see the class comment), half
   * of them with the hyphen.
   *
   * @return the generator, never null
   */
  public static Gen<CprSample> cprSamples() {
    return in -> {
      LocalDate birthDate = birthDates().generate(in);
      List<Integer> sevenths = seventhDigits(birthDate.getYear());
      int seventh = sevenths.get(Generate.range(0, sevenths.size() - 1).generate(in));
      String six =
          String.format(
              Locale.ROOT,
              "%02d%02d%02d",
              birthDate.getDayOfMonth(),
              birthDate.getMonthValue(),
              birthDate.getYear() % 100);
      String nine = six + seventh + String.format(Locale.ROOT, "%02d", Generate.range(0, 99).generate(in));
      boolean modulus11 = Generate.booleans().generate(in);
      String digits = nine + lastDigit(nine, modulus11, Generate.range(0, 9).generate(in));
      boolean hyphen = Generate.booleans().generate(in);
      return new CprSample(birthDate, hyphen ? digits.substring(0, 6) + "-" + digits.substring(6) : digits);
    };
  }

  /**
   * Returns a generator of valid CVR numbers: eight digits, the first not 0, passing the
   * modulus-11 check.
   *
   * @return the generator, never null
   */
  public static Gen<String> cvrNumbers() {
    return Generate.range(1_000_000, 9_999_999)
        .map(
            prefix -> {
              for (int p = prefix; ; p = p == 9_999_999 ? 1_000_000 : p + 1) {
                String seven = Integer.toString(p);
                int check = (11 - weightedSum(seven, CVR_WEIGHTS) % 11) % 11;
                if (check < 10) {
                  return seven + check;
                }
              }
            });
  }

  private static Gen<LocalDate> birthDates() {
    Gen<LocalDate> uniform = CalendarGenerators.datesBetween(FIRST_BIRTH_DATE, LAST_BIRTH_DATE);
    Gen<LocalDate> boundary =
        Generate.pick(BOUNDARY_YEARS)
            .zip(Generate.range(1, 365), (year, day) -> LocalDate.ofYearDay(year, day));
    // 1900 is no leap year; 2000 is (a CPR number of 29 February 2000 is valid).
    Gen<LocalDate> leapDays =
        Generate.range(1860 / 4, 2056 / 4)
            .map(q -> LocalDate.of(q * 4 == 1900 ? 1904 : q * 4, 2, 29));
    return uniform.mix(boundary, 25).mix(leapDays, 10);
  }

  /** The seventh digits that give this birth year (DOMAIN §5). */
  private static List<Integer> seventhDigits(int year) {
    int yy = year % 100;
    if (year < 1900) {
      return List.of(5, 6, 7, 8);
    } else if (year < 2000) {
      return yy <= 36 ? List.of(0, 1, 2, 3) : List.of(0, 1, 2, 3, 4, 9);
    }
    return yy <= 36 ? List.of(4, 5, 6, 7, 8, 9) : List.of(5, 6, 7, 8);
  }

  /** A tenth digit that passes the modulus-11 check or fails it, as asked, where one exists. */
  private static int lastDigit(String nine, boolean passing, int random) {
    int sum = weightedSum(nine, CPR_WEIGHTS);
    int passingDigit = (11 - sum % 11) % 11;
    if (passing && passingDigit < 10) {
      return passingDigit;
    }
    return random == passingDigit ? (random + 1) % 10 : random;
  }

  private static int weightedSum(String digits, int[] weights) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      sum += (digits.charAt(i) - '0') * weights[i];
    }
    return sum;
  }
}
