package dk.mikrolan.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * Moneta 1.4.3+ declares OkHttp at compile scope for exchange-rate providers; the build excludes it
 * (and the enforcer bans it). This shows money still works with OkHttp absent.
 */
class MonetaWithoutOkHttpTest {

  @Test
  void okHttpIsNotOnTheClasspath() {
    assertThatThrownBy(() -> Class.forName("okhttp3.OkHttpClient"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void looksUpTheKroneWithoutOkHttp() {
    CurrencyUnit dkk = Monetary.getCurrency("DKK");

    assertThat(dkk.getCurrencyCode()).isEqualTo("DKK");
    assertThat(dkk.getDefaultFractionDigits()).isEqualTo(2);
    assertThat(DkkAmount.DKK).isEqualTo(dkk);
  }

  @Test
  void createsAndAddsMoneyWithoutOkHttp() {
    MonetaryAmount a = Money.of(new BigDecimal("1234.50"), "DKK");
    MonetaryAmount b = Money.of(new BigDecimal("0.55"), "DKK");

    MonetaryAmount sum = a.add(b).subtract(Money.of(5, "DKK")).multiply(2);

    assertThat(sum.getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("2460.10");
    assertThat(sum.getCurrency().getCurrencyCode()).isEqualTo("DKK");
  }

  @Test
  void convertsToDkkAmountWithoutOkHttp() {
    assertThat(DkkAmount.of(Money.of(new BigDecimal("1234.50"), "DKK")).ore()).isEqualTo(123_450);
  }
}
