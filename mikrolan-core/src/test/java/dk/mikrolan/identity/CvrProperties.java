package dk.mikrolan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dk.mikrolan.testkit.IdentityGenerators;
import org.junit.jupiter.api.Test;

/** Properties of CVR numbers over generated valid numbers ({@link IdentityGenerators#cvrNumbers()}). */
class CvrProperties {

  private static final int EXAMPLES = 1_200;

  @Test
  void parsesEveryValidNumberBackToItsText() {
    qt().withExamples(EXAMPLES)
        .forAll(IdentityGenerators.cvrNumbers())
        .checkAssert(number -> assertThat(Cvr.parse(number).toString()).isEqualTo(number));
  }

  @Test
  void catchesEveryChangeOfOneDigit() {
    // The weights are 1-7 and a digit changes by 1-9; 11 is prime, so the sum always moves off a
    // multiple of 11.
    qt().withExamples(EXAMPLES)
        .forAll(IdentityGenerators.cvrNumbers(), integers().between(0, 7), integers().between(1, 9))
        .checkAssert(
            (number, position, change) -> {
              char changed = (char) ('0' + (number.charAt(position) - '0' + change) % 10);
              String typo = number.substring(0, position) + changed + number.substring(position + 1);
              assertThat(Cvr.validate(typo, "cvr").isInvalid()).as(typo).isTrue();
            });
  }
}
