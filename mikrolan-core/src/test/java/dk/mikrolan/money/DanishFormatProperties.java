package dk.mikrolan.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dk.mikrolan.testkit.MoneyGenerators;
import org.junit.jupiter.api.Test;

class DanishFormatProperties {

  private static final int EXAMPLES = 2_000;

  @Test
  void parsesWhatItFormats() {
    qt().withExamples(EXAMPLES)
        .forAll(MoneyGenerators.amounts())
        .checkAssert(a -> assertThat(DanishFormat.parseExact(DanishFormat.format(a))).isEqualTo(a));
  }

  @Test
  void formatsMonetaryAmountsLikeExactAmounts() {
    qt().withExamples(EXAMPLES)
        .forAll(MoneyGenerators.amounts())
        .checkAssert(
            a -> {
              String text = DanishFormat.format(a.toMonetaryAmount());
              assertThat(text).isEqualTo(DanishFormat.format(a));
              assertThat(DkkAmount.of(DanishFormat.parse(text))).isEqualTo(a);
            });
  }

  @Test
  void groupsKronerInThreesAndKeepsTwoDecimals() {
    qt().withExamples(EXAMPLES)
        .forAll(MoneyGenerators.amounts())
        .checkAssert(
            a ->
                assertThat(DanishFormat.format(a))
                    .matches("-?(0|[1-9]\\d{0,2}(\\.\\d{3})*),\\d{2} kr\\.")
                    .startsWith(a.isNegative() ? "-" : ""));
  }
}
