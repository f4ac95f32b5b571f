package dk.mikrolan.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.mikrolan.money.DkkAmount;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EurConversionTest {

  private static final BigDecimal RATE = new BigDecimal("7.46");

  @Test
  void dividesByTheRateAndRoundsOnceHalfEvenToCents() {
    assertThat(EurConversion.toEur(DkkAmount.parse("DKK 2238000.00"), RATE)).isEqualByComparingTo("300000.00");
    // 2,238,000.07 / 7.46 = 300,000.00938…: rounds to 300,000.01
    assertThat(EurConversion.toEur(DkkAmount.parse("DKK 2238000.07"), RATE)).isEqualByComparingTo("300000.01");
    // Exact halves go to the even cent: 0.05 / 2 = 0.025 → 0.02, 0.15 / 2 = 0.075 → 0.08
    assertThat(EurConversion.toEur(DkkAmount.parse("DKK 0.05"), new BigDecimal("2"))).isEqualByComparingTo("0.02");
    assertThat(EurConversion.toEur(DkkAmount.parse("DKK 0.15"), new BigDecimal("2"))).isEqualByComparingTo("0.08");
    assertThat(EurConversion.toEur(DkkAmount.ofKroner(1), RATE).scale()).isEqualTo(2);
  }

  @Test
  void refusesARateOfZeroOrLess() {
    assertThatThrownBy(() -> EurConversion.toEur(DkkAmount.ofKroner(1), BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void formatsDanishAndEnglishWithoutRounding() {
    assertThat(EurConversion.danish(new BigDecimal("300000.00"))).isEqualTo("300.000,00 EUR");
    assertThat(EurConversion.english(new BigDecimal("1234567.5"))).isEqualTo("EUR 1,234,567.50");
    assertThat(EurConversion.danish(new BigDecimal("-0.01"))).isEqualTo("-0,01 EUR");
    assertThatThrownBy(() -> EurConversion.danish(new BigDecimal("0.001"))).isInstanceOf(ArithmeticException.class);
  }
}
