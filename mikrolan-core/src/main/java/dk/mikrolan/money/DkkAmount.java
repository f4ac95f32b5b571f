package dk.mikrolan.money;

import dk.mikrolan.rules.InvalidInputException;
import dk.mikrolan.rules.Violation;
import io.vavr.collection.List;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * An exact amount of Danish kroner, held as a whole number of øre.
 *
 * <p>Amounts enter from {@link MonetaryAmount} through {@link #of(MonetaryAmount)} (throws) or
 * {@link #validate(MonetaryAmount, String)} (returns violations), which refuse other currencies,
 * more than two decimals and magnitudes above {@link #MAX_ABSOLUTE} — nothing is ever rounded or
 * truncated. Arithmetic is exact and throws on {@code long} overflow rather than wrapping.
 *
 * <p>The canonical text form is {@code DKK 1234.50} ({@link #toString()}), which {@link
 * #parse(String)} accepts. For letters use {@link DanishFormat}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DkkAmount implements Comparable<DkkAmount> {

  /** The Danish krone, looked up once: Moneta resolves currencies through the SPI on every call. */
  public static final CurrencyUnit DKK = Money.of(0, "DKK").getCurrency();

  /** Zero kroner. */
  public static final DkkAmount ZERO = new DkkAmount(0);

  /**
   * The largest magnitude accepted from outside: DKK 1,000,000,000.00. A municipal micro-loan
   * programme never comes near it; anything above it is a keying or unit error.
   */
  public static final DkkAmount MAX_ABSOLUTE = new DkkAmount(100_000_000_000L);

  private static final int SCALE = 2;

  private static final Pattern CANONICAL =
      Pattern.compile("DKK -?\\d{1,12}(\\.\\d{1,2})?");

  private final long ore;

  private DkkAmount(long ore) {
    this.ore = ore;
  }

  /**
   * Obtains an amount from a number of øre.
   *
   * @param ore the amount in øre (1/100 krone), may be negative
   * @return the amount, never null
   */
  public static DkkAmount ofOre(long ore) {
    return ore == 0 ? ZERO : new DkkAmount(ore);
  }

  /**
   * Obtains an amount from whole kroner.
   *
   * @param kroner the whole kroner, may be negative
   * @return the amount, never null
   * @throws ArithmeticException if the amount in øre overflows a {@code long}
   */
  public static DkkAmount ofKroner(long kroner) {
    return ofOre(Math.multiplyExact(kroner, 100L));
  }

  /**
   * Obtains an amount from an exact decimal number of kroner.
   *
   * @param kroner the kroner, at most two decimals, not null
   * @return the amount, never null
   * @throws InvalidInputException if the number has more than two decimals or is too large
   */
  public static DkkAmount ofKroner(BigDecimal kroner) {
    return orThrow(checkedDecimal(kroner, "amount"));
  }

  /**
   * Obtains an amount from a {@link MonetaryAmount}, refusing anything that is not exact DKK.
   *
   * @param amount the amount, not null
   * @return the amount, never null
   * @throws InvalidInputException if the currency is not DKK, there are more than two decimals, or
   *     the magnitude exceeds {@link #MAX_ABSOLUTE}
   */
  public static DkkAmount of(MonetaryAmount amount) {
    return orThrow(validate(amount, "amount"));
  }

  /**
   * Checks a {@link MonetaryAmount} from untrusted input.
   *
   * @param amount the amount, not null
   * @param field the name of the input field, used in the violation, not null
   * @return the exact amount, or the violation naming the problem, never null
   */
  public static Validation<Violation, DkkAmount> validate(MonetaryAmount amount, String field) {
    String currency = amount.getCurrency().getCurrencyCode();
    if (!DKK.getCurrencyCode().equals(currency)) {
      return Validation.invalid(
          Violation.of(
              "AMOUNT_NOT_DKK",
              field,
              "Beløbet skal være i danske kroner (DKK), ikke " + currency + ".",
              "The amount must be in Danish kroner (DKK), not " + currency + "."));
    }
    return checkedDecimal(amount.getNumber().numberValue(BigDecimal.class), field);
  }

  /**
   * Checks a {@link MonetaryAmount} from untrusted input that must be zero or more.
   *
   * @param amount the amount, not null
   * @param field the name of the input field, not null
   * @return the exact amount, or the violation naming the problem, never null
   */
  public static Validation<Violation, DkkAmount> validateNonNegative(
      MonetaryAmount amount, String field) {
    return validate(amount, field)
        .flatMap(
            a ->
                a.isNegative()
                    ? Validation.invalid(
                        Violation.of(
                            "AMOUNT_NEGATIVE",
                            field,
                            "Beløbet må ikke være negativt.",
                            "The amount must not be negative."))
                    : Validation.valid(a));
  }

  /**
   * Checks a {@link MonetaryAmount} from untrusted input that must be more than zero.
   *
   * @param amount the amount, not null
   * @param field the name of the input field, not null
   * @return the exact amount, or the violation naming the problem, never null
   */
  public static Validation<Violation, DkkAmount> validatePositive(
      MonetaryAmount amount, String field) {
    return validate(amount, field)
        .flatMap(
            a ->
                a.isPositive()
                    ? Validation.valid(a)
                    : Validation.invalid(
                        Violation.of(
                            "AMOUNT_NOT_POSITIVE",
                            field,
                            "Beløbet skal være større end 0 kr.",
                            "The amount must be more than DKK 0.")));
  }

  private static DkkAmount orThrow(Validation<Violation, DkkAmount> checked) {
    if (checked.isInvalid()) {
      throw new InvalidInputException(List.of(checked.getError()));
    }
    return checked.get();
  }

  private static Validation<Violation, DkkAmount> checkedDecimal(BigDecimal value, String field) {
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() > SCALE) {
      return Validation.invalid(
          Violation.of(
              "AMOUNT_TOO_MANY_DECIMALS",
              field,
              "Beløbet må højst have to decimaler (hele øre): " + shown(value) + ".",
              "The amount may have at most two decimals (whole øre): " + shown(value) + "."));
    }
    // Compared before the point moves: moving it on an input such as 1E+2147483647 overflows the
    // scale, and the comparison itself never expands the exponent.
    if (stripped.abs().compareTo(MAX_ABSOLUTE.toBigDecimal()) > 0) {
      return Validation.invalid(
          Violation.of(
              "AMOUNT_TOO_LARGE",
              field,
              "Beløbet er urimeligt stort: " + shown(value) + " kr.",
              "The amount is implausibly large: DKK " + shown(value) + "."));
    }
    return Validation.valid(ofOre(stripped.movePointRight(SCALE).longValueExact()));
  }

  /**
   * Returns the number for a message: plain unless its exponent is extreme. The plain form of an
   * untrusted {@code 1E+99999999} is a hundred million digits (minutes of work and an
   * OutOfMemoryError), and that of {@code 1E-2147483647} cannot be built at all.
   */
  private static String shown(BigDecimal value) {
    return Math.abs((long) value.scale()) <= 64 ? value.toPlainString() : value.toString();
  }

  /**
   * Obtains an amount from its canonical text form, {@code DKK 1234.50} (also {@code DKK -5}).
   *
   * @param text the text, not null
   * @return the amount, never null
   * @throws InvalidInputException if the text is not of that form
   */
  public static DkkAmount parse(String text) {
    if (!CANONICAL.matcher(text).matches()) {
      throw invalidText(text);
    }
    return ofKroner(new BigDecimal(text.substring(4)));
  }

  private static InvalidInputException invalidText(String text) {
    return new InvalidInputException(
        List.of(
            Violation.of(
                "AMOUNT_UNREADABLE",
                "amount",
                "Beløbet kan ikke læses: '" + text + "'. Forventet fx 'DKK 1234.50'.",
                "The amount cannot be read: '" + text + "'. Expected e.g. 'DKK 1234.50'.")));
  }

  /**
   * Returns the amount in øre.
   *
   * @return the øre, may be negative
   */
  public long ore() {
    return ore;
  }

  /**
   * Returns the amount as an exact decimal number of kroner with scale 2.
   *
   * @return the kroner, never null
   */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(ore, SCALE);
  }

  /**
   * Returns this amount as a JSR 354 {@link MonetaryAmount} in DKK.
   *
   * @return the amount, never null
   */
  public MonetaryAmount toMonetaryAmount() {
    return Money.of(toBigDecimal(), DKK);
  }

  /**
   * Returns a copy of this amount with another added.
   *
   * @param other the amount to add, not null
   * @return the sum, never null
   * @throws ArithmeticException if the result overflows
   */
  public DkkAmount plus(DkkAmount other) {
    return ofOre(Math.addExact(ore, other.ore));
  }

  /**
   * Returns a copy of this amount with another subtracted.
   *
   * @param other the amount to subtract, not null
   * @return the difference, never null
   * @throws ArithmeticException if the result overflows
   */
  public DkkAmount minus(DkkAmount other) {
    return ofOre(Math.subtractExact(ore, other.ore));
  }

  /**
   * Returns a copy of this amount multiplied by a whole number.
   *
   * @param factor the factor
   * @return the product, never null
   * @throws ArithmeticException if the result overflows
   */
  public DkkAmount times(long factor) {
    return ofOre(Math.multiplyExact(ore, factor));
  }

  /**
   * Returns the negated amount.
   *
   * @return the negated amount, never null
   */
  public DkkAmount negated() {
    return ofOre(Math.negateExact(ore));
  }

  /**
   * Returns the smaller of this amount and another.
   *
   * @param other the other amount, not null
   * @return the smaller, never null
   */
  public DkkAmount min(DkkAmount other) {
    return ore <= other.ore ? this : other;
  }

  /**
   * Returns the larger of this amount and another.
   *
   * @param other the other amount, not null
   * @return the larger, never null
   */
  public DkkAmount max(DkkAmount other) {
    return ore >= other.ore ? this : other;
  }

  /** Returns whether this amount is zero. */
  public boolean isZero() {
    return ore == 0;
  }

  /** Returns whether this amount is more than zero. */
  public boolean isPositive() {
    return ore > 0;
  }

  /** Returns whether this amount is less than zero. */
  public boolean isNegative() {
    return ore < 0;
  }

  /**
   * Returns whether this amount is less than another.
   *
   * @param other the other amount, not null
   * @return true if strictly less
   */
  public boolean isLessThan(DkkAmount other) {
    return ore < other.ore;
  }

  /**
   * Returns whether this amount is more than another.
   *
   * @param other the other amount, not null
   * @return true if strictly more
   */
  public boolean isGreaterThan(DkkAmount other) {
    return ore > other.ore;
  }

  @Override
  public int compareTo(DkkAmount other) {
    return Long.compare(ore, other.ore);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DkkAmount other && other.ore == ore;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(ore);
  }

  /** Returns the canonical form, {@code DKK 1234.50}, which {@link #parse(String)} accepts. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "DKK %s", toBigDecimal().toPlainString());
  }
}
