package dk.mikrolan.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyRecordTest {

  private static final IdempotencyKey KEY = IdempotencyKey.of("cw-1", "k-1", "POST /cases/751:2026-0042/approval");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"150390-4000", "1503904000", "{\"cpr\":\"010101-1234\"}", "deltager 311299-0001 godkendt",
      "ref=3112990001;"})
  void refusesAResultThatMayHoldACprNumberWithoutRepeatingIt(String result) {
    assertThat(IdempotencyRecord.mayHoldCpr(result)).isTrue();
    assertThatThrownBy(() -> new IdempotencyRecord(KEY, result))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(result));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "201 Created; case at version 11", "letter 751:2026-0042:10",
      "320390-4000", "001290-4000", "151390-4000", "150390-40001", "11503904000", "15039-4000", "2026-05-22T12:00:00Z",
      "amount 40000.00 DKK"})
  void keepsAResultWithoutTenDigitsThatCouldBeACprNumber(String result) {
    assertThat(IdempotencyRecord.mayHoldCpr(result)).isFalse();
    assertThat(new IdempotencyRecord(KEY, result).result()).isEqualTo(result);
  }

  @Test
  void refusesABlankOrTooLongKey() {
    assertThatThrownBy(() -> IdempotencyKey.of(" ", "k", "fp")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IdempotencyKey.of("cw", "", "fp")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IdempotencyKey.of("cw", "k", " ")).isInstanceOf(IllegalArgumentException.class);
    assertThat(IdempotencyKey.of("c".repeat(120), "k".repeat(200), "f".repeat(200)).key()).hasSize(200);
    assertThatThrownBy(() -> IdempotencyKey.of("c".repeat(121), "k", "fp")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IdempotencyKey.of("cw", "k".repeat(201), "fp")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IdempotencyKey.of("cw", "k", "f".repeat(201))).isInstanceOf(IllegalArgumentException.class);
  }
}
