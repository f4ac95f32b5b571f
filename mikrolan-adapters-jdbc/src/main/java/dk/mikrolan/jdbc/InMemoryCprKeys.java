package dk.mikrolan.jdbc;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;

/**
 * {@link CprKeys} held in a map (see {@link CprKeys#inMemory}). Not a key store.
 *
 * <p>This class is immutable and thread-safe.
 */
final class InMemoryCprKeys implements CprKeys {

  /** The form of a key id (see {@link CprKeys#currentKeyId()}). */
  static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,40}");

  private final String current;
  private final Map<String, SecretKey> keys;
  private final SecretKey lookup;

  InMemoryCprKeys(String current, Map<String, SecretKey> keys, SecretKey lookup) {
    Objects.requireNonNull(current, "currentKeyId");
    Objects.requireNonNull(lookup, "lookupKey");
    this.keys = Map.copyOf(keys);
    // The ids and sizes below are the host's configuration, not personal data: safe to name.
    for (Map.Entry<String, SecretKey> e : this.keys.entrySet()) {
      if (!KEY_ID.matcher(e.getKey()).matches()) {
        throw new IllegalArgumentException("A CPR key id must be 1-40 letters, digits or . _ -: " + e.getKey());
      }
      if (!isAes256(e.getValue())) {
        throw new IllegalArgumentException("CPR key " + e.getKey() + " is not a 256-bit AES key");
      }
    }
    if (!this.keys.containsKey(current)) {
      throw new IllegalArgumentException("The current CPR key " + current + " is not among the keys");
    }
    byte[] encoded = lookup.getEncoded();
    if (encoded == null || encoded.length < 32) {
      throw new IllegalArgumentException("The CPR lookup key must have at least 256 bits");
    }
    this.current = current;
    this.lookup = lookup;
  }

  /**
   * Returns whether a key is a 256-bit AES key. A key that does not reveal its bytes (held in a
   * hardware module) is judged by its algorithm alone.
   */
  static boolean isAes256(SecretKey key) {
    byte[] encoded = key.getEncoded();
    return "AES".equalsIgnoreCase(key.getAlgorithm()) && (encoded == null || encoded.length == 32);
  }

  @Override
  public String currentKeyId() {
    return current;
  }

  @Override
  public SecretKey encryptionKey(String keyId) {
    SecretKey key = keys.get(keyId);
    if (key == null) {
      // Never the id itself: a malformed token's "id" may be part of a CPR number.
      throw new IllegalArgumentException("Unknown CPR key id");
    }
    return key;
  }

  @Override
  public SecretKey lookupKey() {
    return lookup;
  }

  /** Returns the key ids, never the keys. */
  @Override
  public String toString() {
    return "CprKeys[current=" + current + ", ids=" + keys.keySet().stream().sorted().toList() + "]";
  }
}
