package dk.mikrolan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParticipantIdTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"A", "7", "P-2026-0017", "aarhus:participant_17"})
  void acceptsLettersDigitsAndSeparatorsUpTo64Characters(String value) {
    ParticipantId id = ParticipantId.of(value);

    assertThat(id.value()).isEqualTo(value);
    assertThat(id.toString()).isEqualTo(value);
    assertThat(new ParticipantId(value)).isEqualTo(id);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "-17", ".17", "case 17", "case/17", "sag-æ", "17\n"})
  void refusesOtherForms(String value) {
    assertThatThrownBy(() -> ParticipantId.of(value)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void acceptsSixtyFourCharactersButNotSixtyFive() {
    assertThat(ParticipantId.of("a".repeat(64)).value()).hasSize(64);
    assertThatThrownBy(() -> ParticipantId.of("a".repeat(65))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesNull() {
    assertThatThrownBy(() -> ParticipantId.of((String) null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void isEqualByValue() {
    assertThat(ParticipantId.of("K-1")).isEqualTo(ParticipantId.of("K-1")).hasSameHashCodeAs(ParticipantId.of("K-1"));
    assertThat(ParticipantId.of("K-1")).isNotEqualTo(ParticipantId.of("k-1"));
  }

  @org.junit.jupiter.api.Test
  void neverRepeatsARejectedValueWhichCouldBeACprNumber() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ParticipantId.of("010190 1234"))
        .isInstanceOf(IllegalArgumentException.class)
        .message().doesNotContain("010190").doesNotContain("1234");
  }
}
