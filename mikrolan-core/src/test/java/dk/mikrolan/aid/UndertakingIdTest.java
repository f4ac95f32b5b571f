package dk.mikrolan.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.mikrolan.identity.Cvr;
import dk.mikrolan.identity.ParticipantId;
import org.junit.jupiter.api.Test;

class UndertakingIdTest {

  @Test
  void aBusinessIsKeyedByItsCvrNumber() {
    UndertakingId u = UndertakingId.of(Cvr.parse("13748136"));
    assertThat(u.streamKey()).isEqualTo("cvr-13748136");
    assertThat(u.cvr()).contains(Cvr.parse("13748136"));
    assertThat(UndertakingId.parse("cvr-13748136")).isEqualTo(u);
    assertThat(DeMinimisRecord.streamId(u).toString()).isEqualTo("de-minimis/cvr-13748136");
  }

  @Test
  void aParticipantBeforeRegistrationIsKeyedByTheOpaqueId() {
    UndertakingId u = UndertakingId.of("751", ParticipantId.of("P-2026-0042"));
    assertThat(u.streamKey()).isEqualTo("participant-751-P-2026-0042");
    assertThat(u.cvr()).isEmpty();
    assertThat(UndertakingId.parse(u.streamKey())).isEqualTo(u).hasToString(u.streamKey());
  }

  @Test
  void refusesAParticipantIdShapedLikeACprNumberWithoutRepeatingIt() {
    for (String cpr : new String[] {"0101901234", "010190-1234", "P3112991234", "x-290200-1234"}) {
      assertThatThrownBy(() -> UndertakingId.of("751", ParticipantId.of(cpr)))
          .as(cpr)
          .isInstanceOf(IllegalArgumentException.class)
          .message().doesNotContain(cpr.replaceAll("\\D", ""));
    }
  }

  @Test
  void acceptsDigitRunsThatCannotBeACprNumber() {
    // No 32nd day, no 13th month, and runs longer than ten digits are not CPR-shaped.
    for (String id : new String[] {"3201901234", "0113901234", "P-20260000012345", "2026-0042"}) {
      assertThat(UndertakingId.of("751", ParticipantId.of(id)).streamKey()).isEqualTo("participant-751-" + id);
    }
  }

  @Test
  void refusesKeysOfNeitherForm() {
    assertThatThrownBy(() -> UndertakingId.parse("cpr-0101901234")).isInstanceOf(IllegalArgumentException.class)
        .message().doesNotContain("0101901234");
    assertThatThrownBy(() -> UndertakingId.parse("cvr-12345678")).isInstanceOf(IllegalArgumentException.class);
  }
}
