package dk.mikrolan.access;

import java.util.Objects;

/**
 * An action a municipality withholds from a role of the library's permission table: the only way
 * a policy changes {@link Permissions}, so that a policy can narrow the table and never widen it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param role the role that may no longer take the action
 * @param action the action
 */
public record Withheld(Role role, Action action) {

  /** Checks both parts. */
  public Withheld {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(action, "action");
  }

  /**
   * Obtains the withholding of an action from a role.
   *
   * @param role the role, not null
   * @param action the action, not null
   * @return the withholding, never null
   */
  public static Withheld of(Role role, Action action) {
    return new Withheld(role, action);
  }

}
