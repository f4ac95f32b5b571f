package dk.mikrolan.rules;

import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * A command the domain will not carry out: the state it was in and every reason.
 *
 * @param state the current state (status or stage) of the aggregate, such as {@code ACTIVE}
 * @param reasons every reason, never empty
 */
public record Refusal(String state, Seq<Violation> reasons) {

  /**
   * Creates a refusal.
   *
   * @throws IllegalArgumentException if there is no reason
   */
  public Refusal {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(reasons, "reasons");
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("A refusal needs at least one reason");
    }
  }

  /**
   * Returns whether one of the reasons has a code.
   *
   * @param code the code, not null
   * @return true if a reason has it
   */
  public boolean hasReason(String code) {
    return reasons.exists(v -> v.code().equals(code));
  }

  @Override
  public String toString() {
    return "Refused in " + state + ": " + reasons.mkString("; ");
  }
}
