package dk.mikrolan.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.rules.Refusal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PolicyHistoryTest {

  private static ProgrammePolicy copenhagen(LocalDate from, long floor) {
    return ProgrammePolicy.builder().municipalityCode("101").municipalityName("Københavns Kommune")
        .validFrom(from).loanFloor(DkkAmount.ofKroner(floor)).build();
  }

  @Test
  void adoptsVersionsAheadAndAppliesEachFromItsDate() {
    PolicyHistory h = PolicyHistory.of("101");
    h = h.evolveAll(h.adopt(copenhagen(LocalDate.of(2013, 1, 1), 5_000), "Beskæftigelses- og Integrationsudvalget",
        LocalDate.of(2012, 11, 20)).get());
    h = h.evolveAll(h.adopt(copenhagen(LocalDate.of(2027, 1, 1), 3_000), "udvalget", LocalDate.of(2026, 11, 26))
        .get());
    assertThat(h.versions().inForceOn(LocalDate.of(2026, 6, 1)).get().loanFloor()).isEqualTo(DkkAmount.ofKroner(5_000));
    assertThat(h.versions().inForceOn(LocalDate.of(2027, 6, 1)).get().loanFloor()).isEqualTo(DkkAmount.ofKroner(3_000));
    assertThat(PolicyHistory.replay("101", h.events()).versions()).isEqualTo(h.versions());
    assertThat(h.version()).isEqualTo(2);
  }

  @Test
  void refusesRetroactiveDuplicateAndForeignVersionsWithEveryReason() {
    PolicyHistory h = PolicyHistory.of("101");
    h = h.evolveAll(h.adopt(copenhagen(LocalDate.of(2026, 1, 1), 5_000), "udvalget", LocalDate.of(2025, 12, 1))
        .get());
    Refusal refusal = PolicyHistory.of("751").evolve(h.events().get(0))
        .adopt(copenhagen(LocalDate.of(2026, 1, 1), 4_000), "udvalget", LocalDate.of(2026, 3, 1)).getLeft();
    assertThat(refusal.reasons()).extracting(v -> v.code())
        .containsExactlyInAnyOrder("OTHER_MUNICIPALITY", "DUPLICATE_VERSION", "RETROACTIVE");
    assertThat(refusal.reasons().head().english()).isEqualTo("The policy is for municipality 101, not 751.");
  }
}
