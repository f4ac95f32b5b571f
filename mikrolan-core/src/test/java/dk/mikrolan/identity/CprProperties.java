package dk.mikrolan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dk.mikrolan.testkit.IdentityGenerators;
import org.junit.jupiter.api.Test;

/**
 * Properties of CPR numbers over generated valid numbers ({@link IdentityGenerators#cprSamples()}).
 * Failures describe the birth date only, never the number.
 */
class CprProperties {

  private static final int EXAMPLES = 1_200;

  @Test
  void acceptsEveryValidNumberWithTheBirthDateOfItsCentury() {
    qt().withExamples(EXAMPLES)
        .forAll(IdentityGenerators.cprSamples())
        .checkAssert(
            sample ->
                assertThat(Cpr.validate(sample.number(), "cpr").map(Cpr::birthDate).getOrNull())
                    .isEqualTo(sample.birthDate()));
  }

  @Test
  void parsesItsFullNumberBackToItself() {
    qt().withExamples(EXAMPLES)
        .forAll(IdentityGenerators.cprSamples())
        .checkAssert(
            sample -> {
              Cpr cpr = Cpr.parse(sample.number());
              assertThat(cpr.fullNumber().replace("-", "").equals(sample.digits())).isTrue();
              assertThat(Cpr.parse(cpr.fullNumber()).equals(cpr)).isTrue();
              assertThat(Cpr.parse(sample.digits()).equals(cpr)).isTrue();
            });
  }

  @Test
  void showsNothingButTheBirthDigitsInToString() {
    // "Never contains the last four digits" would be false as stated: the masked form 010101-XXXX
    // contains 0101 as part of the date. What must hold is that nothing after the date shows.
    qt().withExamples(EXAMPLES)
        .forAll(IdentityGenerators.cprSamples())
        .checkAssert(
            sample -> {
              String shown = Cpr.parse(sample.number()).toString();
              assertThat(shown.equals(sample.digits().substring(0, 6) + "-XXXX")).isTrue();
              assertThat(shown.contains("-" + sample.serial())).isFalse();
              assertThat(shown.contains(sample.digits())).isFalse();
            });
  }
}
