package dk.mikrolan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaseIdTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"A", "7", "15.00.00-P20-1-26", "case:2026_17"})
  void acceptsLettersDigitsAndSeparatorsUpTo64Characters(String value) {
    CaseId id = CaseId.of(value);

    assertThat(id.value()).isEqualTo(value);
    assertThat(id.toString()).isEqualTo(value);
    assertThat(new CaseId(value)).isEqualTo(id);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "-17", ".17", "case 17", "case/17", "sag-æ", "17\n"})
  void refusesOtherForms(String value) {
    assertThatThrownBy(() -> CaseId.of(value)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void acceptsSixtyFourCharactersButNotSixtyFive() {
    assertThat(CaseId.of("a".repeat(64)).value()).hasSize(64);
    assertThatThrownBy(() -> CaseId.of("a".repeat(65))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesNull() {
    assertThatThrownBy(() -> CaseId.of((String) null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void isEqualByValue() {
    assertThat(CaseId.of("K-1")).isEqualTo(CaseId.of("K-1")).hasSameHashCodeAs(CaseId.of("K-1"));
    assertThat(CaseId.of("K-1")).isNotEqualTo(CaseId.of("k-1"));
  }
}
