package dk.mikrolan.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dk.mikrolan.testkit.MoneyGenerators;
import org.junit.jupiter.api.Test;

class DkkAmountProperties {

  private static final int EXAMPLES = 2_000;

  @Test
  void parsesWhatItWrites() {
    qt().withExamples(EXAMPLES)
        .forAll(MoneyGenerators.amounts())
        .checkAssert(a -> assertThat(DkkAmount.parse(a.toString())).isEqualTo(a));
  }

  @Test
  void survivesTheTripThroughMonetaryAmount() {
    qt().withExamples(EXAMPLES)
        .forAll(MoneyGenerators.amounts())
        .checkAssert(a -> assertThat(DkkAmount.of(a.toMonetaryAmount())).isEqualTo(a));
  }

  @Test
  void subtractingUndoesAdding() {
    qt().withExamples(EXAMPLES)
        .forAll(MoneyGenerators.amounts(), MoneyGenerators.amounts())
        .checkAssert(
            (a, b) -> {
              assertThat(a.plus(b).minus(b)).isEqualTo(a);
              assertThat(a.minus(b).plus(b)).isEqualTo(a);
            });
  }

  @Test
  void addsLikeBigDecimal() {
    qt().withExamples(EXAMPLES)
        .forAll(MoneyGenerators.amounts(), MoneyGenerators.amounts())
        .checkAssert(
            (a, b) ->
                assertThat(a.plus(b).toBigDecimal())
                    .isEqualTo(a.toBigDecimal().add(b.toBigDecimal())));
  }

  @Test
  void generatorsStayWithinTheirBounds() {
    qt().withExamples(EXAMPLES)
        .forAll(
            MoneyGenerators.amounts(),
            MoneyGenerators.nonNegativeAmounts(),
            MoneyGenerators.positiveAmounts())
        .checkAssert(
            (any, nonNegative, positive) -> {
              assertThat(any.ore())
                  .isBetween(-DkkAmount.MAX_ABSOLUTE.ore(), DkkAmount.MAX_ABSOLUTE.ore());
              assertThat(nonNegative.isNegative()).isFalse();
              assertThat(positive.isPositive()).isTrue();
              assertThat(positive).isLessThanOrEqualTo(DkkAmount.MAX_ABSOLUTE);
            });
  }
}
