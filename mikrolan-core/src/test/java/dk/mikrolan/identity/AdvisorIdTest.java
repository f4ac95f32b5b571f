package dk.mikrolan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdvisorIdTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"A", "7", "adv-17", "aarhus:jobcenter.vejleder_3"})
  void acceptsLettersDigitsAndSeparatorsUpTo64Characters(String value) {
    AdvisorId id = AdvisorId.of(value);

    assertThat(id.value()).isEqualTo(value);
    assertThat(id.toString()).isEqualTo(value);
    assertThat(new AdvisorId(value)).isEqualTo(id);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "-17", ".17", "case 17", "case/17", "sag-æ", "17\n"})
  void refusesOtherForms(String value) {
    assertThatThrownBy(() -> AdvisorId.of(value)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void acceptsSixtyFourCharactersButNotSixtyFive() {
    assertThat(AdvisorId.of("a".repeat(64)).value()).hasSize(64);
    assertThatThrownBy(() -> AdvisorId.of("a".repeat(65))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesNull() {
    assertThatThrownBy(() -> AdvisorId.of((String) null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void isEqualByValue() {
    assertThat(AdvisorId.of("K-1")).isEqualTo(AdvisorId.of("K-1")).hasSameHashCodeAs(AdvisorId.of("K-1"));
    assertThat(AdvisorId.of("K-1")).isNotEqualTo(AdvisorId.of("k-1"));
  }
}
