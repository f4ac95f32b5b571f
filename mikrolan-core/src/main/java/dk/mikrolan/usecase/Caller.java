package dk.mikrolan.usecase;

import java.util.Objects;

/**
 * Who runs a use case and the request it belongs to, as the shell records them with every event.
 *
 * @param actor the acting user's or system's id (never a CPR number)
 * @param correlationId ties the writes to the request that caused them
 */
public record Caller(String actor, String correlationId) {

  /** Checks the record. */
  public Caller {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(correlationId, "correlationId");
    if (actor.isBlank() || actor.length() > 120 || dk.mikrolan.port.IdempotencyRecord.mayHoldCpr(actor)) {
      // Recorded with every event and in logs: 1–120 characters, never a CPR number.
      throw new IllegalArgumentException("A caller needs an actor of 1–120 characters that is not a CPR number");
    }
  }

  /**
   * Obtains a caller.
   *
   * @param actor the actor's id, not blank
   * @param correlationId the correlation id, not null
   * @return the caller, never null
   */
  public static Caller of(String actor, String correlationId) {
    return new Caller(actor, correlationId);
  }
}
