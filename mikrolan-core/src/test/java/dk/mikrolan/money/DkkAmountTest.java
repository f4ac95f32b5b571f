package dk.mikrolan.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.mikrolan.rules.InvalidInputException;
import dk.mikrolan.rules.Violation;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DkkAmountTest {

  private static MonetaryAmount dkk(String number) {
    return Money.of(new BigDecimal(number), "DKK");
  }

  private static Violation violationOf(Validation<Violation, DkkAmount> checked) {
    assertThat(checked.isInvalid()).as("expected a violation, got %s", checked).isTrue();
    return checked.getError();
  }

  // --- factories ---

  @Test
  void obtainsAmountFromOre() {
    assertThat(DkkAmount.ofOre(123_450).toBigDecimal()).isEqualByComparingTo("1234.50");
    assertThat(DkkAmount.ofOre(-5).ore()).isEqualTo(-5);
    assertThat(DkkAmount.ofOre(0)).isSameAs(DkkAmount.ZERO);
  }

  @Test
  void obtainsAmountFromWholeKroner() {
    assertThat(DkkAmount.ofKroner(1_389).ore()).isEqualTo(138_900);
    assertThat(DkkAmount.ofKroner(-2).ore()).isEqualTo(-200);
  }

  @Test
  void throwsWhenWholeKronerOverflowOre() {
    assertThatThrownBy(() -> DkkAmount.ofKroner(Long.MAX_VALUE / 10))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void obtainsAmountFromDecimalKroner() {
    assertThat(DkkAmount.ofKroner(new BigDecimal("10.5")).ore()).isEqualTo(1_050);
    assertThat(DkkAmount.ofKroner(new BigDecimal("-0.01")).ore()).isEqualTo(-1);
    assertThat(DkkAmount.ofKroner(new BigDecimal("1E+3")).ore()).isEqualTo(100_000);
  }

  @Test
  void rejectsDecimalKronerWithThirdDecimal() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> DkkAmount.ofKroner(new BigDecimal("10.005")));
    assertThat(e.violations())
        .extracting(Violation::code)
        .containsExactly("AMOUNT_TOO_MANY_DECIMALS");
  }

  @Test
  void obtainsAmountFromMonetaryAmount() {
    assertThat(DkkAmount.of(dkk("1234.56")).ore()).isEqualTo(123_456);
    assertThat(DkkAmount.of(FastMoney.of(new BigDecimal("12.34"), "DKK")).ore()).isEqualTo(1_234);
  }

  @Test
  void acceptsTwoDecimalsExactly() {
    assertThat(DkkAmount.of(dkk("10.50")).ore()).isEqualTo(1_050);
  }

  @Test
  void acceptsTrailingZerosBeyondTwoDecimals() {
    assertThat(DkkAmount.of(dkk("10.500")).ore()).isEqualTo(1_050);
    assertThat(DkkAmount.of(dkk("10.50000000")).ore()).isEqualTo(1_050);
  }

  @Test
  void rejectsEuro() {
    MonetaryAmount euro = Money.of(10, "EUR");

    Violation v = violationOf(DkkAmount.validate(euro, "principal"));

    assertThat(v.code()).isEqualTo("AMOUNT_NOT_DKK");
    assertThat(v.field()).isEqualTo("principal");
    assertThat(v.english()).contains("EUR");
    assertThatThrownBy(() -> DkkAmount.of(euro))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::code, Violation::field)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("AMOUNT_NOT_DKK", "amount")));
  }

  @Test
  void rejectsSwedishKronor() {
    assertThat(violationOf(DkkAmount.validate(Money.of(10, "SEK"), "x")).code())
        .isEqualTo("AMOUNT_NOT_DKK");
  }

  @Test
  void rejectsMoreThanTwoDecimals() {
    Violation v = violationOf(DkkAmount.validate(dkk("10.005"), "principal"));

    assertThat(v.code()).isEqualTo("AMOUNT_TOO_MANY_DECIMALS");
    assertThat(v.field()).isEqualTo("principal");
    assertThat(v.english()).contains("10.005");
    assertThatThrownBy(() -> DkkAmount.of(dkk("10.005")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("AMOUNT_TOO_MANY_DECIMALS");
  }

  @Test
  void doesNotRoundAHalfOre() {
    assertThat(violationOf(DkkAmount.validate(dkk("0.005"), "x")).code())
        .isEqualTo("AMOUNT_TOO_MANY_DECIMALS");
    assertThat(violationOf(DkkAmount.validate(dkk("-0.001"), "x")).code())
        .isEqualTo("AMOUNT_TOO_MANY_DECIMALS");
  }

  @Test
  void acceptsMaximumMagnitude() {
    assertThat(DkkAmount.of(dkk("1000000000.00"))).isEqualTo(DkkAmount.MAX_ABSOLUTE);
    assertThat(DkkAmount.of(dkk("-1000000000.00"))).isEqualTo(DkkAmount.MAX_ABSOLUTE.negated());
  }

  @Test
  void rejectsMagnitudeAboveMaximum() {
    Violation above = violationOf(DkkAmount.validate(dkk("1000000000.01"), "principal"));
    Violation belowNegative = violationOf(DkkAmount.validate(dkk("-1000000000.01"), "principal"));

    assertThat(above.code()).isEqualTo("AMOUNT_TOO_LARGE");
    assertThat(above.field()).isEqualTo("principal");
    assertThat(belowNegative.code()).isEqualTo("AMOUNT_TOO_LARGE");
    assertThatThrownBy(() -> DkkAmount.of(dkk("1E+12")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("AMOUNT_TOO_LARGE");
  }

  @Test
  void refusesExtremeExponentsAsViolationsWithoutExpandingThem() {
    // Untrusted input: such numbers used to overflow the scale or build a hundred-million-digit
    // message before running out of memory.
    assertThat(violationOf(DkkAmount.validate(dkk("1E+99999999"), "x")).code())
        .isEqualTo("AMOUNT_TOO_LARGE");
    assertThat(violationOf(DkkAmount.validate(dkk("-1E+2147483647"), "x")).code())
        .isEqualTo("AMOUNT_TOO_LARGE");
    assertThat(violationOf(DkkAmount.validate(dkk("1E-99999999"), "x")).english())
        .contains("1E-99999999");
  }

  @Test
  void allowsNegativeThroughOf() {
    assertThat(DkkAmount.of(dkk("-12.30")).ore()).isEqualTo(-1_230);
    assertThat(DkkAmount.validate(dkk("-12.30"), "x").isValid()).isTrue();
  }

  @Test
  void nonNegativeRefusesNegativeAndAcceptsZero() {
    Violation v = violationOf(DkkAmount.validateNonNegative(dkk("-0.01"), "repayment"));

    assertThat(v.code()).isEqualTo("AMOUNT_NEGATIVE");
    assertThat(v.field()).isEqualTo("repayment");
    assertThat(DkkAmount.validateNonNegative(dkk("0"), "x").get()).isEqualTo(DkkAmount.ZERO);
    assertThat(DkkAmount.validateNonNegative(dkk("0.01"), "x").get().ore()).isEqualTo(1);
  }

  @Test
  void positiveRefusesZeroAndNegative() {
    assertThat(violationOf(DkkAmount.validatePositive(dkk("0.00"), "principal")))
        .extracting(Violation::code, Violation::field)
        .containsExactly("AMOUNT_NOT_POSITIVE", "principal");
    assertThat(violationOf(DkkAmount.validatePositive(dkk("-5"), "principal")).code())
        .isEqualTo("AMOUNT_NOT_POSITIVE");
    assertThat(DkkAmount.validatePositive(dkk("0.01"), "x").get().ore()).isEqualTo(1);
  }

  @Test
  void signChecksReportTheCurrencyProblemFirst() {
    assertThat(violationOf(DkkAmount.validateNonNegative(Money.of(-1, "EUR"), "x")).code())
        .isEqualTo("AMOUNT_NOT_DKK");
    assertThat(violationOf(DkkAmount.validatePositive(dkk("-0.001"), "x")).code())
        .isEqualTo("AMOUNT_TOO_MANY_DECIMALS");
  }

  // --- arithmetic ---

  @Test
  void addsSubtractsAndMultipliesExactly() {
    DkkAmount a = DkkAmount.ofOre(1_050);
    DkkAmount b = DkkAmount.ofOre(-25);

    assertThat(a.plus(b).ore()).isEqualTo(1_025);
    assertThat(a.minus(b).ore()).isEqualTo(1_075);
    assertThat(a.times(3).ore()).isEqualTo(3_150);
    assertThat(a.negated().ore()).isEqualTo(-1_050);
    assertThat(a.minus(a)).isSameAs(DkkAmount.ZERO);
  }

  @Test
  void throwsOnOverflowInsteadOfWrapping() {
    DkkAmount max = DkkAmount.ofOre(Long.MAX_VALUE);
    DkkAmount min = DkkAmount.ofOre(Long.MIN_VALUE);

    assertThatThrownBy(() -> max.plus(DkkAmount.ofOre(1))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> min.minus(DkkAmount.ofOre(1))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> max.times(2)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(min::negated).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void comparesByValue() {
    DkkAmount small = DkkAmount.ofOre(-1);
    DkkAmount large = DkkAmount.ofOre(1);

    assertThat(small).isLessThan(large);
    assertThat(small.isLessThan(large)).isTrue();
    assertThat(large.isGreaterThan(small)).isTrue();
    assertThat(small.isGreaterThan(small)).isFalse();
    assertThat(small.min(large)).isSameAs(small);
    assertThat(small.max(large)).isSameAs(large);
    assertThat(small.isNegative()).isTrue();
    assertThat(large.isPositive()).isTrue();
    assertThat(DkkAmount.ZERO.isZero()).isTrue();
    assertThat(DkkAmount.ZERO.isPositive()).isFalse();
    assertThat(DkkAmount.ZERO.isNegative()).isFalse();
  }

  // --- equality and text ---

  @Test
  void equalsAndHashCodeFollowTheOre() {
    DkkAmount a = DkkAmount.ofOre(1_050);
    DkkAmount same = DkkAmount.of(dkk("10.500"));

    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(a).isNotEqualTo(DkkAmount.ofOre(1_051));
    assertThat(a).isNotEqualTo(dkk("10.50"));
    assertThat(a).isNotEqualTo(null);
  }

  @Test
  void writesCanonicalText() {
    assertThat(DkkAmount.ofOre(123_450)).hasToString("DKK 1234.50");
    assertThat(DkkAmount.ofOre(-5)).hasToString("DKK -0.05");
    assertThat(DkkAmount.ZERO).hasToString("DKK 0.00");
    assertThat(DkkAmount.MAX_ABSOLUTE).hasToString("DKK 1000000000.00");
  }

  @ParameterizedTest
  @ValueSource(
      longs = {0, 1, -1, 5, 99, 100, 123_450, -123_456, 100_000_000_000L, -100_000_000_000L})
  void parsesItsOwnText(long ore) {
    DkkAmount amount = DkkAmount.ofOre(ore);

    assertThat(DkkAmount.parse(amount.toString())).isEqualTo(amount);
  }

  @Test
  void parsesWholeKronerAndOneDecimal() {
    assertThat(DkkAmount.parse("DKK -5").ore()).isEqualTo(-500);
    assertThat(DkkAmount.parse("DKK 10.5").ore()).isEqualTo(1_050);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "DKK",
        "DKK ",
        "1234.50",
        "dkk 1234.50",
        "EUR 12.00",
        "DKK 12,50",
        "DKK 1.234,50",
        "DKK abc",
        "DKK 12.50 kr.",
        "DKK1234.50",
        "50.000,00 kr.",
        "DKK 10.005",
        "DKK 1000000000.01",
        "DKK 1E+2147483647",
        "DKK 1E-2147483647",
        "DKK 1E+99999999",
        "DKK 1E+9999999999",
        "DKK 1e3",
        "DKK +5",
        " DKK 5",
        "DKK  5",
        "DKK 5."
      })
  void refusesGarbageText(String text) {
    assertThatThrownBy(() -> DkkAmount.parse(text))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.violations()).hasSize(1));
  }

  @Test
  void namesTheUnreadableText() {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> DkkAmount.parse("DKK abc"));

    assertThat(e.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.code()).isEqualTo("AMOUNT_UNREADABLE");
              assertThat(v.field()).isEqualTo("amount");
              assertThat(v.english()).contains("'DKK abc'");
            });
  }

  @Test
  void convertsToMonetaryAmountInDkkWithTheExactNumber() {
    MonetaryAmount money = DkkAmount.ofOre(-123_405).toMonetaryAmount();

    assertThat(money.getCurrency().getCurrencyCode()).isEqualTo("DKK");
    assertThat(money.getCurrency()).isEqualTo(DkkAmount.DKK);
    assertThat(money.getNumber().numberValue(BigDecimal.class))
        .isEqualTo(new BigDecimal("-1234.05"));
    assertThat(DkkAmount.of(money)).isEqualTo(DkkAmount.ofOre(-123_405));
  }

  @Test
  void givesKronerWithScaleTwo() {
    assertThat(DkkAmount.ofKroner(7).toBigDecimal()).isEqualTo(new BigDecimal("7.00"));
  }
}
