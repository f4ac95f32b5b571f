package dk.mikrolan.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.mikrolan.rules.Refusal;
import io.vavr.control.Either;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The permission table, checked against this test's own copy of the baseline (the table):
 * every action × every role × inside and outside the actor's municipalities.
 */
class PermissionsTest {

  /** The baseline, written out here: action, then CW DE FI AU AD for who may. */
  private static final List<String> BASELINE = List.of(
      "REFER              CW",
      "SUBMIT_APPLICATION CW",
      "SCREEN             CW",
      "RECORD_CAFE_MEETING CW",
      "ASSESS             CW",
      "GUIDE              CW",
      "RECOMMEND          CW",
      "HEAR               CW",
      "RECORD_FOLLOW_UP   CW",
      "ADD_NOTE           CW DE",
      "RECORD_BOOKING     AD",
      "PLAN_COHORT        CW AD",
      "SCHEDULE_SESSION   CW AD",
      "ENROL              CW",
      "RECORD_ATTENDANCE  CW",
      "WITHDRAW           CW DE",
      "APPROVE            DE",
      "REJECT             DE",
      "DEFER              DE",
      "RESCHEDULE         DE",
      "WRITE_OFF          DE",
      "PAY_OUT            FI",
      "RECORD_PAYMENT     FI",
      "REVERSE_PAYMENT    FI",
      "REFUND             FI",
      "ADOPT_POLICY       AD",
      "MANAGE_FUND        AD",
      "READ               CW DE FI AU",
      "REVEAL_CPR         CW DE",
      "READ_REPORT        CW DE FI AU AD",
      "READ_ACCESS_LOG    AU",
      "EXPORT_CASE        DE AU",
      "FOLLOW_EVENTS      AU");

  private static final Map<String, Role> ABBREVIATIONS = Map.of(
      "CW", Role.CASEWORKER, "DE", Role.DECIDER, "FI", Role.FINANCE, "AU", Role.AUDITOR, "AD", Role.ADMIN);

  private static Map<String, Set<Role>> expected() {
    Map<String, Set<Role>> table = new TreeMap<>();
    for (String row : BASELINE) {
      String[] cells = row.trim().split("\\s+");
      Set<Role> roles = EnumSet.noneOf(Role.class);
      for (int i = 1; i < cells.length; i++) {
        roles.add(ABBREVIATIONS.get(cells[i]));
      }
      table.put(cells[0], roles);
    }
    return table;
  }

  @Test
  void everyActionHasARowInTheTestsTable() {
    assertThat(expected().keySet()).containsExactlyInAnyOrderElementsOf(
        EnumSet.allOf(Action.class).stream().map(Action::name).toList());
  }

  @Test
  void everyRoleInsideItsMunicipalityMayDoExactlyWhatTheTableSays() {
    Map<String, Set<Role>> table = expected();
    for (Action action : Action.values()) {
      for (Role role : Role.values()) {
        Actor actor = Actor.person("u-" + role.name().toLowerCase(java.util.Locale.ROOT), Set.of(role), Set.of("751"));
        Either<Refusal, Actor> inside = Permissions.baseline().check(actor, action, "751");
        boolean may = table.get(action.name()).contains(role);
        assertThat(inside.isRight()).as("%s may %s", role, action).isEqualTo(may);
        if (!may) {
          assertThat(inside.getLeft().state()).isEqualTo("FORBIDDEN");
          assertThat(inside.getLeft().hasReason("NOT_PERMITTED")).isTrue();
        }
        Either<Refusal, Actor> outside = Permissions.baseline().check(actor, action, "101");
        assertThat(outside.isLeft()).as("%s may not %s in another municipality", role, action).isTrue();
        assertThat(outside.getLeft().state()).isEqualTo("NOT_FOUND");
        assertThat(outside.getLeft().hasReason("NOT_FOUND")).isTrue();
      }
    }
  }

  @Test
  void anActorWithSeveralRolesMayDoWhatAnyOfThemMay() {
    Actor both = Actor.person("u-1", Set.of(Role.CASEWORKER, Role.FINANCE), Set.of("751", "101"));
    assertThat(Permissions.baseline().check(both, Action.REFER, "101").isRight()).isTrue();
    assertThat(Permissions.baseline().check(both, Action.RECORD_PAYMENT, "751").isRight()).isTrue();
    assertThat(Permissions.baseline().check(both, Action.APPROVE, "751").isLeft()).isTrue();
  }

  @Test
  void aMunicipalityMayNarrowTheBaselineButTheBaselineStays() {
    Permissions narrowed = Permissions.baseline().without(Map.of(Action.WITHDRAW, Set.of(Role.CASEWORKER)));
    assertThat(narrowed.allows(Role.CASEWORKER, Action.WITHDRAW)).isFalse();
    assertThat(narrowed.allows(Role.DECIDER, Action.WITHDRAW)).isTrue();
    assertThat(Permissions.baseline().allows(Role.CASEWORKER, Action.WITHDRAW)).isTrue();
    // Narrowing can only take away: naming a role the baseline never gave changes nothing.
    Permissions same = Permissions.baseline().without(Map.of(Action.APPROVE, Set.of(Role.FINANCE)));
    assertThat(same.rolesFor(Action.APPROVE)).containsExactly(Role.DECIDER);
  }

  @Test
  void actorsNeverCarryACprNumberAndNeedRolesAndMunicipalities() {
    assertThatThrownBy(() -> Actor.person("0101901234", Set.of(Role.CASEWORKER), Set.of("751")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("0101901234");
    assertThatThrownBy(() -> Actor.person("u-1", Set.of(), Set.of("751"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Actor.person("u-1", Set.of(Role.ADMIN), Set.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Actor.person("u-1", Set.of(Role.ADMIN), Set.of("75"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Actor.person("system:x", Set.of(Role.ADMIN), Set.of("751")))
        .isInstanceOf(IllegalArgumentException.class);
    Actor bank = Actor.system("bank-import", Set.of(Role.FINANCE), Set.of("751"));
    assertThat(bank.id()).isEqualTo("system:bank-import");
    assertThat(bank.isSystem()).isTrue();
    assertThat(Actor.person("u-1", Set.of(Role.ADMIN), Set.of("751")).isSystem()).isFalse();
  }
}
