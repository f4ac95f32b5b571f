package dk.mikrolan.port;

import java.util.Objects;

/**
 * A client's idempotency key with the fingerprint of its request and the result to return on a
 * retry. The same key with the same fingerprint returns the first result and appends nothing;
 * with another fingerprint the request is refused.
 *
 * @param client the calling client
 * @param key the client's key (such as an {@code Idempotency-Key} header)
 * @param fingerprint a digest of the request
 * @param result the result to store, such as the response body; never a full CPR number
 */
public record IdempotencyKey(String client, String key, String fingerprint, String result) {

  /** Checks the record. */
  public IdempotencyKey {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(result, "result");
    if (client.isBlank() || key.isBlank()) {
      throw new IllegalArgumentException("Idempotency needs a client and a key");
    }
  }
}
