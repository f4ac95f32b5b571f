package dk.mikrolan.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.mikrolan.rules.InvalidInputException;
import dk.mikrolan.rules.Violation;
import java.math.BigDecimal;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DanishFormatTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "5000000    | 50.000,00 kr.",
        "5          | 0,05 kr.",
        "138900     | 1.389,00 kr.",
        "-123450    | -1.234,50 kr.",
        "100000000  | 1.000.000,00 kr.",
        "0          | 0,00 kr.",
        "99         | 0,99 kr.",
        "100        | 1,00 kr.",
        "99999      | 999,99 kr.",
        "100000     | 1.000,00 kr.",
        "-1         | -0,01 kr.",
        "100000000000 | 1.000.000.000,00 kr."
      })
  void formatsAndParsesTheDanishWay(long ore, String text) {
    DkkAmount amount = DkkAmount.ofOre(ore);

    assertThat(DanishFormat.format(amount)).isEqualTo(text);
    assertThat(DanishFormat.format(amount.toMonetaryAmount())).isEqualTo(text);
    assertThat(DanishFormat.parseExact(text)).isEqualTo(amount);
  }

  @Test
  void parsesToMonetaryAmountInDkk() {
    MonetaryAmount parsed = DanishFormat.parse("50.000,00 kr.");

    assertThat(parsed.getCurrency().getCurrencyCode()).isEqualTo("DKK");
    assertThat(parsed.getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("50000");
  }

  @Test
  void formatsEveryLongWithoutOverflow() {
    // Math.abs(Long.MIN_VALUE) is negative; the format must not rely on it.
    assertThat(DanishFormat.format(DkkAmount.ofOre(Long.MIN_VALUE)))
        .isEqualTo("-92.233.720.368.547.758,08 kr.");
    assertThat(DanishFormat.format(DkkAmount.ofOre(Long.MAX_VALUE)))
        .isEqualTo("92.233.720.368.547.758,07 kr.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "50000,00 kr.",
        "-0,00 kr.",
        "50.000 kr.",
        "50,000.00 kr.",
        "kr. 50",
        "1.00,00 kr.",
        "50.000,0 kr.",
        "50.000,000 kr.",
        "50.000,00",
        "50.000,00 kr",
        "50.000,00kr.",
        "50.000,00 DKK",
        "DKK 50000.00",
        "050,00 kr.",
        "+50,00 kr.",
        "- 50,00 kr.",
        ",50 kr.",
        " 50,00 kr.",
        "50,00 kr. ",
        "1.0000,00 kr.",
        "1..000,00 kr.",
        "",
        "kr."
      })
  void refusesOtherForms(String text) {
    assertThatThrownBy(() -> DanishFormat.parseExact(text))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::code, Violation::field)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("AMOUNT_NOT_DANISH_FORMAT", "amount")));
    assertThatThrownBy(() -> DanishFormat.parse(text)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void refusesAmountsAboveTheMaximum() {
    assertThatThrownBy(() -> DanishFormat.parseExact("1.000.000.000,01 kr."))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("AMOUNT_TOO_LARGE");
  }

  @Test
  void refusesToFormatEuro() {
    assertThatThrownBy(() -> DanishFormat.format(Money.of(50, "EUR")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("AMOUNT_NOT_DKK");
  }

  @Test
  void refusesToFormatFractionsOfAnOre() {
    assertThatThrownBy(() -> DanishFormat.format(Money.of(new BigDecimal("0.005"), "DKK")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("AMOUNT_TOO_MANY_DECIMALS");
  }
}
