package dk.mikrolan.port;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Appends to several streams that must succeed or fail together (an approval: the case, the loan
 * fund's commitment and the de minimis record), with who did it and an optional idempotency record
 * that is written with them.
 *
 * @param appends one append per stream, no stream twice, not empty
 * @param actor who acted (a caseworker's id; never a CPR number)
 * @param correlationId ties the batch to the request that caused it
 * @param idempotency the idempotency key and the result to store with it, if the client gave a key
 */
public record AppendBatch(
    List<StreamAppend> appends, String actor, String correlationId, Optional<IdempotencyRecord> idempotency) {

  /** Checks the batch. */
  public AppendBatch {
    appends = List.copyOf(appends);
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(correlationId, "correlationId");
    Objects.requireNonNull(idempotency, "idempotency");
    if (appends.isEmpty()) {
      throw new IllegalArgumentException("A batch needs at least one append");
    }
    if (appends.stream().map(StreamAppend::stream).distinct().count() != appends.size()) {
      throw new IllegalArgumentException("A batch may append to each stream once");
    }
  }

  /**
   * Obtains a batch without an idempotency key.
   *
   * @param actor who acted, not null
   * @param correlationId the correlation id, not null
   * @param appends the appends, not empty
   * @return the batch, never null
   */
  public static AppendBatch of(String actor, String correlationId, StreamAppend... appends) {
    return new AppendBatch(List.of(appends), actor, correlationId, Optional.empty());
  }
}
