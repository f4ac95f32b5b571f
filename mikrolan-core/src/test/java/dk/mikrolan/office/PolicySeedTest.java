package dk.mikrolan.office;

import static org.assertj.core.api.Assertions.assertThat;

import dk.mikrolan.access.Actor;
import dk.mikrolan.access.Role;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.BenefitType;
import dk.mikrolan.policy.PolicyHistory;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.port.InMemoryEventStore;
import dk.mikrolan.port.TestClock;
import dk.mikrolan.testkit.ProgrammeFixtures;
import dk.mikrolan.usecase.UseCaseResult;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Policies come from each municipality's policy history; policy files only seed it. */
class PolicySeedTest {

  private static final Actor ADMIN = Actor.system("policy-seed", Set.of(Role.ADMIN), Set.of("751"));
  private static final Actor CASEWORKER = Actor.person("cw-1", Set.of(Role.CASEWORKER), Set.of("751"));

  private final InMemoryEventStore store = new InMemoryEventStore();
  private final Mikrolan office = Mikrolan.builder(store, letter -> { }, TestClock.at("2026-06-01T09:00:00Z")).build();

  private static ProgrammePolicy aarhus(LocalDate validFrom, long ceiling) {
    return ProgrammePolicy.builder().municipalityCode("751").municipalityName("Aarhus Kommune").validFrom(validFrom)
        .loanCeiling(DkkAmount.ofKroner(ceiling)).build();
  }

  private UseCaseResult<?> refer() {
    return office.caseWork(CASEWORKER, CaseRef.of("751", "2026-0042"), new CaseRequest.Refer(
        ProgrammeFixtures.participant("P-1", "Navn", BenefitType.SICKNESS_BENEFIT)),
        Optional.empty());
  }

  @Test
  void aSeededFileIsTheSourceEveryCommandUses() {
    assertThat(refer()).isInstanceOfSatisfying(UseCaseResult.Refused.class,
        r -> assertThat(r.refusal().hasReason("NO_POLICY_IN_FORCE")).isTrue());
    assertThat(office.seedPolicies(ADMIN, java.util.Map.of("aarhus-2026.properties", aarhus(LocalDate.of(2026, 1, 1), 50_000))))
        .isInstanceOf(UseCaseResult.Done.class);
    assertThat(StoredPolicies.of(store).policies("751").all()).hasSize(1);
    assertThat(refer()).isInstanceOf(UseCaseResult.Done.class);
  }

  @Test
  void theSameFileAgainChangesNothingAndAContradictingOneIsRefusedNamingFileAndKey() {
    office.seedPolicies(ADMIN, java.util.Map.of("aarhus-2026.properties", aarhus(LocalDate.of(2026, 1, 1), 50_000)));
    long version = store.version(PolicyHistory.streamId("751"));
    assertThat(office.seedPolicies(ADMIN, java.util.Map.of("aarhus-2026.properties", aarhus(LocalDate.of(2026, 1, 1), 50_000))))
        .isInstanceOf(UseCaseResult.Done.class);
    assertThat(store.version(PolicyHistory.streamId("751"))).isEqualTo(version);

    UseCaseResult<java.util.List<ProgrammePolicy>> contradiction = office.seedPolicies(ADMIN,
        java.util.Map.of("aarhus-2026-b.properties", aarhus(LocalDate.of(2026, 1, 1), 40_000)));
    assertThat(contradiction).isInstanceOfSatisfying(UseCaseResult.Refused.class, r -> {
      assertThat(r.refusal().reasons()).extracting(v -> v.field())
          .containsExactly("aarhus-2026-b.properties: loan.ceiling");
      assertThat(r.refusal().reasons().head().english())
          .isEqualTo("aarhus-2026-b.properties: loan.ceiling differs from the adopted version valid from 2026-01-01.");
    });
    assertThat(store.version(PolicyHistory.streamId("751"))).isEqualTo(version);
  }

  @Test
  void onlyTheFirstSeedOfAnEmptyHistoryMayStateVersionsAlreadyInForce() {
    assertThat(office.seedPolicies(ADMIN, java.util.Map.of(
        "aarhus-2025.properties", aarhus(LocalDate.of(2025, 1, 1), 40_000),
        "aarhus-2026.properties", aarhus(LocalDate.of(2026, 1, 1), 50_000)))).isInstanceOf(UseCaseResult.Done.class);
    assertThat(StoredPolicies.of(store).policies("751").all()).hasSize(2);
    long version = store.version(PolicyHistory.streamId("751"));
    // A version dated back into rules already applied, once the history holds versions: refused.
    assertThat(office.seedPolicies(ADMIN, java.util.Map.of("aarhus-2026-03.properties",
        aarhus(LocalDate.of(2026, 3, 1), 30_000)))).isInstanceOfSatisfying(UseCaseResult.Refused.class, r -> {
          assertThat(r.refusal().hasReason("RETROACTIVE")).isTrue();
          assertThat(r.refusal().reasons().head().field()).startsWith("aarhus-2026-03.properties: ");
        });
    assertThat(store.version(PolicyHistory.streamId("751"))).isEqualTo(version);
  }

  @Test
  void anAdoptionIsNeverRetroactiveAndNeedsTheAdminRole() {
    assertThat(office.adoptPolicy(ADMIN, aarhus(LocalDate.of(2026, 5, 1), 50_000)))
        .isInstanceOfSatisfying(UseCaseResult.Refused.class, r -> assertThat(r.refusal().hasReason("RETROACTIVE")).isTrue());
    assertThat(office.adoptPolicy(CASEWORKER, aarhus(LocalDate.of(2026, 7, 1), 50_000)))
        .isInstanceOfSatisfying(UseCaseResult.Refused.class, r -> assertThat(r.refusal().state()).isEqualTo("FORBIDDEN"));
    assertThat(office.adoptPolicy(ADMIN, aarhus(LocalDate.of(2026, 7, 1), 50_000))).isInstanceOf(UseCaseResult.Done.class);
  }
}
