package dk.mikrolan.money;

import dk.mikrolan.rules.InvalidInputException;
import dk.mikrolan.rules.Violation;
import io.vavr.collection.List;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import javax.money.MonetaryAmount;

/**
 * Danish formatting of kroner for letters: {@code 50.000,00 kr.}, {@code -1.234,50 kr.}.
 *
 * <p>The format is fixed rather than taken from a JDK locale, because the JDK's {@code da-DK}
 * symbols have changed between releases (currency placement, non-breaking spaces) and a letter
 * must not change with the runtime. Thousands are grouped with {@code .}, the decimal separator
 * is {@code ,}, there are always two decimals, and the unit {@code kr.} follows after a space.
 * {@link #parse(String)} accepts exactly what {@link #format(MonetaryAmount)} produces.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DanishFormat {

  private static final Pattern FORMAT =
      Pattern.compile("(?!-0,00)-?(0|[1-9]\\d{0,2}(\\.\\d{3})*),\\d{2} kr\\.");

  private DanishFormat() {}

  /**
   * Formats an amount the Danish way, such as {@code 50.000,00 kr.}.
   *
   * @param amount an amount in DKK with at most two decimals, not null
   * @return the text, never null
   * @throws InvalidInputException if the amount is not exact DKK
   */
  public static String format(MonetaryAmount amount) {
    return format(DkkAmount.of(amount));
  }

  /**
   * Formats an exact amount the Danish way, such as {@code 50.000,00 kr.}.
   *
   * @param amount the amount, not null
   * @return the text, never null
   */
  public static String format(DkkAmount amount) {
    long ore = amount.ore();
    // Math.abs(Long.MIN_VALUE) is negative; going through BigDecimal keeps every long exact.
    String digits = BigDecimal.valueOf(ore).abs().toPlainString();
    String padded = digits.length() < 3 ? "0".repeat(3 - digits.length()) + digits : digits;
    String kroner = padded.substring(0, padded.length() - 2);
    String decimals = padded.substring(padded.length() - 2);
    StringBuilder grouped = new StringBuilder();
    int lead = kroner.length() % 3 == 0 ? 3 : kroner.length() % 3;
    grouped.append(kroner, 0, lead);
    for (int i = lead; i < kroner.length(); i += 3) {
      grouped.append('.').append(kroner, i, i + 3);
    }
    return (ore < 0 ? "-" : "") + grouped + "," + decimals + " kr.";
  }

  /**
   * Parses the Danish form produced by {@link #format(MonetaryAmount)}.
   *
   * @param text the text, such as {@code 1.389,00 kr.}, not null
   * @return the amount in DKK, never null
   * @throws InvalidInputException if the text is not in that exact form
   */
  public static MonetaryAmount parse(String text) {
    return parseExact(text).toMonetaryAmount();
  }

  /**
   * Parses the Danish form to an exact amount.
   *
   * @param text the text, not null
   * @return the amount, never null
   * @throws InvalidInputException if the text is not in the Danish form
   */
  public static DkkAmount parseExact(String text) {
    if (!FORMAT.matcher(text).matches()) {
      throw new InvalidInputException(
          List.of(
              Violation.of(
                  "AMOUNT_NOT_DANISH_FORMAT",
                  "amount",
                  "Beløbet skal skrives som fx '50.000,00 kr.', ikke '" + text + "'.",
                  "The amount must be written like '50.000,00 kr.', not '" + text + "'.")));
    }
    String number = text.substring(0, text.length() - 4).replace(".", "").replace(',', '.');
    return DkkAmount.ofKroner(new BigDecimal(number));
  }
}
