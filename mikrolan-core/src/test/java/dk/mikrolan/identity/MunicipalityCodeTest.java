package dk.mikrolan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MunicipalityCodeTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"101", "751", "851", "000", "999"})
  void acceptsThreeDigits(String code) {
    assertThat(MunicipalityCode.isValid(code)).isTrue();
    assertThat(MunicipalityCode.require(code)).isSameAs(code);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "1", "75", "7510", "75a", "abc", " 751", "751 ", "75 1", "-75", "+75", "7.5",
      "٧٥١", "７５１"})
  void refusesEverythingElseNamingTheCode(String code) {
    assertThat(MunicipalityCode.isValid(code)).isFalse();
    assertThatThrownBy(() -> MunicipalityCode.require(code))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kommunekode");
  }
}
