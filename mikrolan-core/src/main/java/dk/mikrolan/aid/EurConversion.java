package dk.mikrolan.aid;

import dk.mikrolan.money.DkkAmount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/**
 * The one rule by which aid in kroner becomes euro for the de minimis ceiling and register
 * ({@code EUR_CENTS_HALF_EVEN}): the DKK amount divided by the rate in DKK per euro, rounded once,
 * half-even, to whole cents. {@link BigDecimal#divide(BigDecimal, int, RoundingMode)} rounds the
 * exact quotient, so there is no intermediate rounding; half-even has no bias over many records.
 *
 * <p>The rate is an input: the ceiling is in euro and aid is granted in kroner, so it must be
 * converted at the rate applicable on the date of grant. The Commission's monthly accounting rate
 * (InforEuro) is the usual choice — check the granting authority's practice before relying on it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EurConversion {

  /** Euro amounts are held in whole cents. */
  public static final int EUR_SCALE = 2;

  /** The rounding of the one division. */
  public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

  private EurConversion() {}

  /**
   * The lowest rate the krone can have: ERM II's central rate 7.46038 kr. per euro less 2.25 %
   * (Danmarks Nationalbank, in force since 1999), rounded down to the øre.
   */
  public static final BigDecimal BAND_LOW = new BigDecimal("7.29");

  /** The highest: the central rate plus 2.25 %, rounded up to the øre. */
  public static final BigDecimal BAND_HIGH = new BigDecimal("7.63");

  /**
   * Returns whether a rate lies in the krone's ERM II band.
   *
   * @param dkkPerEur the rate, not null
   * @return whether it is from {@link #BAND_LOW} to {@link #BAND_HIGH}
   */
  public static boolean withinBand(BigDecimal dkkPerEur) {
    return dkkPerEur.compareTo(BAND_LOW) >= 0 && dkkPerEur.compareTo(BAND_HIGH) <= 0;
  }

  /**
   * Converts kroner to euro by the rule above.
   *
   * @param amount the amount in DKK, not null
   * @param dkkPerEur the rate in kroner per euro (such as {@code 7.4604}), positive, not null
   * @return the euro amount with scale 2, never null
   * @throws IllegalArgumentException if the rate is not positive
   */
  public static BigDecimal toEur(DkkAmount amount, BigDecimal dkkPerEur) {
    Objects.requireNonNull(amount, "amount");
    if (dkkPerEur.signum() <= 0) {
      throw new IllegalArgumentException("Rate must be positive: " + dkkPerEur);
    }
    return amount.toBigDecimal().divide(dkkPerEur, EUR_SCALE, ROUNDING);
  }

  /**
   * Formats a euro amount the Danish way, such as {@code 300.000,00 EUR}.
   *
   * @param eur the amount, at most two decimals, not null
   * @return the text, never null
   * @throws ArithmeticException if the amount has more than two decimals (nothing is rounded)
   */
  public static String danish(BigDecimal eur) {
    return format(eur, '.', ',') + " EUR";
  }

  /**
   * Formats a euro amount the English way, such as {@code EUR 300,000.00}.
   *
   * @param eur the amount, at most two decimals, not null
   * @return the text, never null
   * @throws ArithmeticException if the amount has more than two decimals (nothing is rounded)
   */
  public static String english(BigDecimal eur) {
    return "EUR " + format(eur, ',', '.');
  }

  private static String format(BigDecimal eur, char grouping, char decimal) {
    // Fixed symbols rather than a JDK locale, for the same reason as DanishFormat: text in a
    // letter must not change with the runtime.
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setGroupingSeparator(grouping);
    symbols.setDecimalSeparator(decimal);
    symbols.setMinusSign('-');
    DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
    format.setRoundingMode(RoundingMode.UNNECESSARY);
    return format.format(eur);
  }
}
