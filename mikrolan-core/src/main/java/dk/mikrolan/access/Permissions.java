package dk.mikrolan.access;

import static dk.mikrolan.access.Role.ADMIN;
import static dk.mikrolan.access.Role.AUDITOR;
import static dk.mikrolan.access.Role.CASEWORKER;
import static dk.mikrolan.access.Role.DECIDER;
import static dk.mikrolan.access.Role.FINANCE;

import dk.mikrolan.rules.Refusal;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which role may do what: the one table every use case and query checks. The baseline below is
 * the library's; a municipality may narrow it (take a role away from an action, such as letting
 * only deciders withdraw), never widen it: for every entry point ({@link #without}), and in its
 * policy ({@link #withholding}), so that each municipality's policy in force on the day narrows it
 * further.
 *
 * <p>Why the baseline is as it is: case work is the caseworker's (the memo's caseworker and advisor
 * run the programme; a decider may add notes to the record, forvaltningsloven § 13 —
 * notatpligt — applies to everyone who handles the case); decisions on a loan are the decider's
 * alone, under the municipality's delegation (kompetenceplan), and four-eyes keeps the advisor who
 * recommended from approving ({@code CaseRule.FOUR_EYES}); money moves through finance; policies
 * and fund ceilings are the administration's, adopted by the political committee; reading a full
 * CPR number is limited to those who write to the participant (databeskyttelsesloven § 11) and is
 * logged; auditors read, see the access log, follow the event feed and export for requests for
 * access.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Permissions {

  private static final Map<Action, Set<Role>> BASELINE = baselineTable();

  private static Map<Action, Set<Role>> baselineTable() {
    Map<Action, Set<Role>> t = new EnumMap<>(Action.class);
    for (Action a : new Action[] {Action.REFER, Action.SUBMIT_APPLICATION, Action.SCREEN, Action.RECORD_CAFE_MEETING,
        Action.ASSESS, Action.GUIDE, Action.RECOMMEND, Action.HEAR, Action.RECORD_FOLLOW_UP}) {
      t.put(a, EnumSet.of(CASEWORKER));
    }
    t.put(Action.ADD_NOTE, EnumSet.of(CASEWORKER, DECIDER));
    t.put(Action.RECORD_BOOKING, EnumSet.of(ADMIN));
    t.put(Action.PLAN_COHORT, EnumSet.of(CASEWORKER, ADMIN));
    t.put(Action.SCHEDULE_SESSION, EnumSet.of(CASEWORKER, ADMIN));
    t.put(Action.ENROL, EnumSet.of(CASEWORKER));
    t.put(Action.RECORD_ATTENDANCE, EnumSet.of(CASEWORKER));
    t.put(Action.WITHDRAW, EnumSet.of(CASEWORKER, DECIDER));
    for (Action a : new Action[] {Action.APPROVE, Action.REJECT, Action.DEFER, Action.RESCHEDULE, Action.WRITE_OFF}) {
      t.put(a, EnumSet.of(DECIDER));
    }
    for (Action a : new Action[] {Action.PAY_OUT, Action.RECORD_PAYMENT, Action.REVERSE_PAYMENT, Action.REFUND}) {
      t.put(a, EnumSet.of(FINANCE));
    }
    t.put(Action.ADOPT_POLICY, EnumSet.of(ADMIN));
    t.put(Action.MANAGE_FUND, EnumSet.of(ADMIN));
    t.put(Action.READ, EnumSet.of(CASEWORKER, DECIDER, FINANCE, AUDITOR));
    t.put(Action.REVEAL_CPR, EnumSet.of(CASEWORKER, DECIDER));
    t.put(Action.READ_REPORT, EnumSet.allOf(Role.class));
    t.put(Action.READ_ACCESS_LOG, EnumSet.of(AUDITOR));
    t.put(Action.EXPORT_CASE, EnumSet.of(DECIDER, AUDITOR));
    t.put(Action.FOLLOW_EVENTS, EnumSet.of(AUDITOR));
    if (t.size() != Action.values().length) {
      throw new AssertionError("Every action needs a row in the permission table");
    }
    Map<Action, Set<Role>> frozen = new EnumMap<>(Action.class);
    t.forEach((action, roles) -> frozen.put(action, Collections.unmodifiableSet(roles)));
    return Collections.unmodifiableMap(frozen);
  }

  private static final Permissions BASELINE_PERMISSIONS = new Permissions(BASELINE);

  private final Map<Action, Set<Role>> table;

  private Permissions(Map<Action, Set<Role>> table) {
    this.table = table;
  }

  /**
   * Returns the library's baseline table.
   *
   * @return the baseline, never null
   */
  public static Permissions baseline() {
    return BASELINE_PERMISSIONS;
  }

  /**
   * Returns a copy of this table with roles taken away from actions — a municipality's narrowing.
   *
   * @param withdrawn for each action, the roles that may no longer do it, not null
   * @return the narrowed table, never null
   */
  public Permissions without(Map<Action, Set<Role>> withdrawn) {
    Map<Action, Set<Role>> t = new EnumMap<>(Action.class);
    table.forEach((action, roles) -> {
      Set<Role> kept = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
      kept.removeAll(withdrawn.getOrDefault(action, Set.of()));
      t.put(action, Collections.unmodifiableSet(kept));
    });
    return new Permissions(Collections.unmodifiableMap(t));
  }

  /**
   * Returns a copy of this table with actions withheld from roles — a municipality's policy
   * narrowing it ({@code ProgrammePolicy.withheld()}). Withholding only ever takes away.
   *
   * @param withheld the actions withheld from roles, not null
   * @return the narrowed table (this table when nothing is withheld), never null
   */
  public Permissions withholding(Collection<Withheld> withheld) {
    if (withheld.isEmpty()) {
      return this;
    }
    Map<Action, Set<Role>> byAction = new EnumMap<>(Action.class);
    for (Withheld w : withheld) {
      byAction.computeIfAbsent(w.action(), a -> EnumSet.noneOf(Role.class)).add(w.role());
    }
    return without(byAction);
  }

  /**
   * Returns whether a role may do an action.
   *
   * @param role the role, not null
   * @param action the action, not null
   * @return whether the table allows it
   */
  public boolean allows(Role role, Action action) {
    return table.get(Objects.requireNonNull(action, "action")).contains(Objects.requireNonNull(role, "role"));
  }

  /**
   * Returns the roles that may do an action.
   *
   * @param action the action, not null
   * @return the roles, possibly empty, never null
   */
  public Set<Role> rolesFor(Action action) {
    return table.get(Objects.requireNonNull(action, "action"));
  }

  /**
   * Checks an actor's action on something of a municipality: outside the actor's municipalities it
   * does not exist for the actor ({@link AccessRule#NOT_FOUND}); inside, one of the actor's roles
   * must allow the action ({@link AccessRule#NOT_PERMITTED}).
   *
   * @param actor the actor, not null
   * @param action the action, not null
   * @param municipalityCode the municipality of the case, cohort, fund or report, not null
   * @return the actor, or the refusal, never null
   */
  public Either<Refusal, Actor> check(Actor actor, Action action, String municipalityCode) {
    if (!actor.actsFor(municipalityCode)) {
      return Either.left(new Refusal("NOT_FOUND", Vector.of(AccessRule.NOT_FOUND.violation())));
    }
    for (Role role : actor.roles()) {
      if (allows(role, action)) {
        return Either.right(actor);
      }
    }
    return Either.left(new Refusal("FORBIDDEN", Vector.of(AccessRule.NOT_PERMITTED.violation(action.name()))));
  }
}
