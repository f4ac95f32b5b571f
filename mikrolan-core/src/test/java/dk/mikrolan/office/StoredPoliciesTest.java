package dk.mikrolan.office;

import static org.assertj.core.api.Assertions.assertThat;

import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.PolicyEvent;
import dk.mikrolan.policy.PolicyHistory;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.port.AppendBatch;
import dk.mikrolan.port.InMemoryEventStore;
import dk.mikrolan.port.RecordingEventStore;
import dk.mikrolan.port.StreamAppend;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoredPoliciesTest {

  private final InMemoryEventStore memory = new InMemoryEventStore();
  private final RecordingEventStore store = RecordingEventStore.over(memory);
  private final StoredPolicies policies = StoredPolicies.of(store);

  private static ProgrammePolicy policy(String code, LocalDate validFrom, long ceiling) {
    return ProgrammePolicy.builder().municipalityCode(code).municipalityName("Kommune " + code).validFrom(validFrom)
        .loanCeiling(DkkAmount.ofKroner(ceiling)).build();
  }

  private void adopt(ProgrammePolicy policy, long expectedVersion) {
    memory.append(AppendBatch.of("admin", "c", new StreamAppend(PolicyHistory.streamId(policy.municipalityCode()),
        expectedVersion, List.of(new PolicyEvent.VersionAdopted(policy, "admin", policy.validFrom())))));
  }

  @Test
  void readsAStreamAgainOnlyWhenItHasMoved() {
    adopt(policy("751", LocalDate.of(2026, 1, 1), 50_000), 0);
    assertThat(policies.policies("751").all()).extracting(p -> p.loanCeiling().ore()).containsExactly(5_000_000L);
    assertThat(policies.policies("751").all()).hasSize(1);
    assertThat(store.loads()).isEqualTo(1);

    adopt(policy("751", LocalDate.of(2026, 7, 1), 40_000), 1);
    assertThat(policies.policies("751").all()).extracting(p -> p.loanCeiling().ore())
        .containsExactly(5_000_000L, 4_000_000L);
    assertThat(store.loads()).isEqualTo(2);
    assertThat(policies.policies("751").all()).hasSize(2);
    assertThat(store.loads()).isEqualTo(2);
  }

  @Test
  void keepsEachMunicipalitysOwn() {
    adopt(policy("751", LocalDate.of(2026, 1, 1), 50_000), 0);
    adopt(policy("101", LocalDate.of(2026, 1, 1), 30_000), 0);
    assertThat(policies.policies("751").all()).extracting(ProgrammePolicy::municipalityCode).containsExactly("751");
    assertThat(policies.policies("101").all()).extracting(ProgrammePolicy::municipalityCode).containsExactly("101");
    assertThat(policies.policies("751").all()).extracting(ProgrammePolicy::municipalityCode).containsExactly("751");
    assertThat(store.loads()).isEqualTo(2);
  }

  @Test
  void aMunicipalityWithoutAPolicyHasNoneUntilOneIsAdopted() {
    assertThat(policies.policies("461").all()).isEmpty();
    adopt(policy("461", LocalDate.of(2026, 1, 1), 50_000), 0);
    assertThat(policies.policies("461").all()).hasSize(1);
  }
}
