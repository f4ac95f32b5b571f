package dk.mikrolan.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dk.mikrolan.access.Action;
import dk.mikrolan.access.Actor;
import dk.mikrolan.access.Permissions;
import dk.mikrolan.access.Role;
import dk.mikrolan.access.Withheld;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.port.InMemoryEventStore;
import dk.mikrolan.port.TestClock;
import dk.mikrolan.programme.ParticipantCase;
import dk.mikrolan.testkit.PolicyGenerators;
import dk.mikrolan.usecase.UseCaseResult;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A municipality narrows the permission table by its policy in force on the day: only there, only
 * from that version's first day, and never wider than the entry point's table.
 */
class MikrolanPolicyPermissionsTest {

  private static final Actor DECIDER = Actor.person("head-1", Set.of(Role.DECIDER), Set.of("751", "101"));
  private static final Actor CASEWORKER = Actor.person("cw-1", Set.of(Role.CASEWORKER), Set.of("751", "101"));

  private static ProgrammePolicy.Builder policy(String code, LocalDate from) {
    return ProgrammePolicy.builder().municipalityCode(code).municipalityName("Kommune " + code).validFrom(from);
  }

  /** Aarhus withholds withdrawal from deciders from 1 July 2026; Copenhagen keeps the baseline. */
  private static final List<ProgrammePolicy> POLICIES = List.of(
      policy("751", LocalDate.of(2026, 1, 1)).build(),
      policy("751", LocalDate.of(2026, 7, 1)).addWithheld(Withheld.of(Role.DECIDER, Action.WITHDRAW)).build(),
      policy("101", LocalDate.of(2026, 1, 1)).build());

  private final TestClock clock = TestClock.at("2026-06-30T09:00:00Z");
  private final Mikrolan office = seeded(Mikrolan.builder(new InMemoryEventStore(), letter -> { }, clock).build());

  /** The policies seeded into each municipality's history, as a host does at start. */
  private static Mikrolan seeded(Mikrolan office) {
    Map<String, Map<String, ProgrammePolicy>> files = new java.util.TreeMap<>();
    for (ProgrammePolicy p : POLICIES) {
      files.computeIfAbsent(p.municipalityCode(), k -> new java.util.TreeMap<>()).put(p.municipalityCode() + "-"
          + p.validFrom() + ".properties", p);
    }
    Actor seed = Actor.system("policy-seed", Set.of(Role.ADMIN), files.keySet());
    files.values().forEach(f -> assertThat(office.seedPolicies(seed, f)).isInstanceOf(UseCaseResult.Done.class));
    return office;
  }

  private UseCaseResult<ParticipantCase> withdraw(Actor actor, String municipality) {
    return office.caseWork(actor, CaseRef.of(municipality, "2026-0042"),
        new CaseRequest.Withdraw("participant's request"), Optional.empty());
  }

  private static String state(UseCaseResult<ParticipantCase> result) {
    assertThat(result).isInstanceOf(UseCaseResult.Refused.class);
    return ((UseCaseResult.Refused<ParticipantCase>) result).refusal().state();
  }

  @Test
  void aWithholdingPolicyRefusesTheActionInItsMunicipalityOnlyFromItsFirstDay() {
    // Before Aarhus's version of 1 July, the baseline: past the permission check (the case does not exist).
    assertThat(state(withdraw(DECIDER, "751"))).isEqualTo("NOT_REFERRED");

    clock.advance(Duration.ofDays(1));

    assertThat(state(withdraw(DECIDER, "751"))).isEqualTo("FORBIDDEN");
    assertThat(state(withdraw(DECIDER, "101"))).isEqualTo("NOT_REFERRED");
    assertThat(state(withdraw(CASEWORKER, "751"))).isEqualTo("NOT_REFERRED");
  }

  @Test
  void aMunicipalityWithoutAPolicyKeepsTheEntryPointsTable() {
    Actor aalborg = Actor.person("head-9", Set.of(Role.DECIDER), Set.of("851"));

    assertThat(state(withdraw(aalborg, "851"))).isEqualTo("NOT_REFERRED");
  }

  @Test
  void thePolicyNarrowsTheEntryPointsOwnNarrowingFurther() {
    Mikrolan narrowed = seeded(Mikrolan.builder(new InMemoryEventStore(), letter -> { },
        TestClock.at("2026-07-02T09:00:00Z"))
        .permissions(Permissions.baseline().without(Map.of(Action.WITHDRAW, Set.of(Role.CASEWORKER)))).build());

    for (Actor actor : List.of(DECIDER, CASEWORKER)) {
      assertThat(state(narrowed.caseWork(actor, CaseRef.of("751", "2026-0042"),
          new CaseRequest.Withdraw("r"), Optional.empty()))).isEqualTo("FORBIDDEN");
    }
  }

  @Test
  void aPolicyNeverGrantsWhatTheTableWithholds() {
    qt().forAll(PolicyGenerators.withheldSets()).checkAssert(withheld -> {
      Permissions narrowed = Permissions.baseline().withholding(withheld);
      for (Role role : Role.values()) {
        for (Action action : Action.values()) {
          boolean expected = Permissions.baseline().allows(role, action)
              && !withheld.contains(Withheld.of(role, action));
          assertThat(narrowed.allows(role, action)).as("%s %s", role, action).isEqualTo(expected);
        }
      }
    });
  }

  @Test
  void aCaseworkerStaysForbiddenToApproveWhateverThePolicyWithholds() {
    clock.advance(Duration.ofDays(1));

    UseCaseResult<?> result = office.approve(CASEWORKER, CaseRef.of("751", "2026-0042"), new Mikrolan.Approval(
        dk.mikrolan.aid.UndertakingId.of("751", dk.mikrolan.identity.ParticipantId.of("P-1")), Optional.empty(),
        dk.mikrolan.fund.FundPeriod.ofYear(2026), dk.mikrolan.schedule.RepaymentTerms.builder()
            .principal(dk.mikrolan.money.DkkAmount.ofKroner(10_000)).firstDueDate(LocalDate.of(2026, 9, 1))
            .frequency(dk.mikrolan.schedule.Frequency.MONTHLY).plan(dk.mikrolan.schedule.RepaymentPlan.byCount(10))
            .build(), List.of(), new java.math.BigDecimal("7.46")), Optional.empty());

    assertThat(result).isInstanceOfSatisfying(UseCaseResult.Refused.class,
        r -> assertThat(r.refusal().state()).isEqualTo("FORBIDDEN"));
  }
}
