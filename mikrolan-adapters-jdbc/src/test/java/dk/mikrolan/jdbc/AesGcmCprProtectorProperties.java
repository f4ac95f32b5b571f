package dk.mikrolan.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dk.mikrolan.identity.Cpr;
import dk.mikrolan.testkit.IdentityGenerators;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link AesGcmCprProtector} over generated valid CPR numbers ({@link
 * IdentityGenerators#cprSamples()}). Assertions are on booleans and masked {@link Cpr} values, and
 * a sample prints only its birth date, so a failure never shows a number.
 */
class AesGcmCprProtectorProperties {

  private static final int EXAMPLES = 1_200;

  private final AesGcmCprProtector protector = AesGcmCprProtector.of(CprTestKeys.single());

  @Test
  void revealsEveryNumberItProtected() {
    qt().withExamples(EXAMPLES)
        .forAll(IdentityGenerators.cprSamples())
        .checkAssert(sample -> {
          Cpr cpr = Cpr.parse(sample.number());
          assertThat(protector.reveal(protector.protect(cpr)).equals(cpr)).isTrue();
        });
  }

  @Test
  void neverPutsTheDigitsIntoTheToken() {
    qt().withExamples(EXAMPLES)
        .forAll(IdentityGenerators.cprSamples())
        .checkAssert(sample -> {
          Cpr cpr = Cpr.parse(sample.number());
          String token = protector.protect(cpr);
          assertThat(token.contains(sample.digits())).isFalse();
          assertThat(token.contains(cpr.fullNumber())).isFalse();
          assertThat(token.matches("k1:[A-Za-z0-9_-]{51}")).isTrue();
        });
  }

  @Test
  void hashesEveryNumberAlikeInEitherFormAndNeverAsItsDigits() {
    qt().withExamples(EXAMPLES)
        .forAll(IdentityGenerators.cprSamples())
        .checkAssert(sample -> {
          String hash = protector.lookupHash(Cpr.parse(sample.number()));
          assertThat(hash.equals(protector.lookupHash(Cpr.parse(sample.digits())))).isTrue();
          assertThat(hash.matches("[0-9a-f]{64}")).isTrue();
          assertThat(hash.contains(sample.digits())).isFalse();
        });
  }
}
