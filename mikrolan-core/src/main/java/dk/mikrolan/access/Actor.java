package dk.mikrolan.access;

import dk.mikrolan.identity.MunicipalityCode;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Who acts: the authenticated user as the host's authentication yields them, or a named system
 * actor for batch work (a bank import, a reminder run). The boundary that authenticates builds it;
 * commands carry no actor of their own, and every "by" the library records is this actor's id.
 *
 * @param id the user's id in the host's identity system, or {@code system:<name>}; never a CPR number
 * @param roles the roles the actor holds, not empty
 * @param municipalities the municipalities (kommunekoder) the actor acts for, not empty
 */
public record Actor(String id, Set<Role> roles, Set<String> municipalities) {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@:-]{0,119}");
  private static final String SYSTEM = "system:";

  /** Checks the actor and copies its sets. */
  public Actor {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches() || dk.mikrolan.identity.Cpr.mayAppearIn(id)) {
      // The id is recorded with every event and may end up in logs: it never holds a CPR number.
      throw new IllegalArgumentException("An actor id is 1–120 letters, digits and . _ @ : - and never a CPR number");
    }
    if (roles.isEmpty() || municipalities.isEmpty()) {
      throw new IllegalArgumentException("Actor " + id + " needs at least one role and one municipality");
    }
    roles = Set.copyOf(EnumSet.copyOf(roles));
    municipalities.forEach(MunicipalityCode::require);
    municipalities = Set.copyOf(new TreeSet<>(municipalities));
  }

  /**
   * Obtains a person acting with roles for municipalities.
   *
   * @param id the user's id, not a CPR number
   * @param roles the roles, not empty
   * @param municipalities the municipalities' codes, not empty
   * @return the actor, never null
   * @throws IllegalArgumentException if the id is malformed or a set is empty
   */
  public static Actor person(String id, Set<Role> roles, Set<String> municipalities) {
    if (id.startsWith(SYSTEM)) {
      throw new IllegalArgumentException("A person's id does not start with " + SYSTEM);
    }
    return new Actor(id, roles, municipalities);
  }

  /**
   * Obtains a named system actor for batch work, such as {@code system:bank-import} with the
   * FINANCE role.
   *
   * @param name the job's name, letters, digits and hyphens
   * @param roles the roles the job needs, not empty
   * @param municipalities the municipalities it works for, not empty
   * @return the actor, never null
   */
  public static Actor system(String name, Set<Role> roles, Set<String> municipalities) {
    if (!name.matches("[a-z0-9][a-z0-9-]{0,59}")) {
      throw new IllegalArgumentException("A system actor's name is lower-case letters, digits and hyphens");
    }
    return new Actor(SYSTEM + name, roles, municipalities);
  }

  /**
   * Returns whether this is a system actor rather than a person.
   *
   * @return whether the id starts with {@code system:}
   */
  public boolean isSystem() {
    return id.startsWith(SYSTEM);
  }

  /**
   * Returns whether the actor holds a role.
   *
   * @param role the role, not null
   * @return whether it is among the actor's roles
   */
  public boolean has(Role role) {
    return roles.contains(role);
  }

  /**
   * Returns whether the actor acts for a municipality.
   *
   * @param municipalityCode the code, not null
   * @return whether it is among the actor's municipalities
   */
  public boolean actsFor(String municipalityCode) {
    return municipalities.contains(municipalityCode);
  }
}
