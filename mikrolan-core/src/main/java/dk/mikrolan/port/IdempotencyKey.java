package dk.mikrolan.port;

import java.util.Objects;

/**
 * A client's idempotency key with the fingerprint of its request. The same key with the same
 * fingerprint returns the first result and appends nothing; with another fingerprint the request
 * is refused. The key is checked before anything is decided; the result it stores is written
 * with the outcome ({@link IdempotencyRecord}).
 *
 * @param client the acting user's id: keys belong to the user who sent them
 * @param key the client's key (such as an {@code Idempotency-Key} header), at most 200 characters
 * @param fingerprint a digest of the request (for HTTP: method, path and the canonical JSON body),
 *     at most 200 characters
 */
public record IdempotencyKey(String client, String key, String fingerprint) {

  /** Checks the record. */
  public IdempotencyKey {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(fingerprint, "fingerprint");
    if (client.isBlank() || key.isBlank() || fingerprint.isBlank()) {
      throw new IllegalArgumentException("Idempotency needs a client, a key and a fingerprint");
    }
    if (client.length() > 120 || key.length() > 200 || fingerprint.length() > 200) {
      throw new IllegalArgumentException("Idempotency client (120), key (200) or fingerprint (200) too long");
    }
  }

  /**
   * Obtains a key.
   *
   * @param client the acting user's id, not blank
   * @param key the client's key, not blank
   * @param fingerprint the request's digest, not blank
   * @return the key, never null
   */
  public static IdempotencyKey of(String client, String key, String fingerprint) {
    return new IdempotencyKey(client, key, fingerprint);
  }
}
