package dk.mikrolan.jdbc;

import java.util.Map;
import javax.crypto.SecretKey;

/**
 * The keys that protect CPR numbers at rest (databeskyttelsesloven § 11), supplied by the host
 * from its key store: AES-256 keys for encryption, each under an id that is stored with every
 * token, and one HMAC-SHA256 key for the lookup hash.
 *
 * <p>Rotation: the host adds a new encryption key, makes it current, and keeps the old ones
 * readable until {@link CprReEncryption} has moved every token to the new key. The lookup key is
 * not rotated: every stored hash depends on it, and this adapter offers no rehashing run.
 *
 * <p>Implementations must be thread-safe, and their exceptions must never repeat a key id they
 * were given, since a malformed token's "key id" may be a fragment of a CPR number.
 */
public interface CprKeys {

  /**
   * Returns the id of the key new tokens are encrypted with: letters, digits, {@code . _ -}, 1–40
   * characters (no colon: it ends the id in a token).
   *
   * @return the id, never null
   */
  String currentKeyId();

  /**
   * Returns an encryption key by its id.
   *
   * @param keyId the id, not null
   * @return the 256-bit AES key, never null
   * @throws IllegalArgumentException if no key has that id (the message must not repeat the id)
   */
  SecretKey encryptionKey(String keyId);

  /**
   * Returns the key of the lookup hash (HMAC-SHA256), at least 256 bits.
   *
   * @return the key, never null
   */
  SecretKey lookupKey();

  /**
   * Obtains keys held in memory, for tests and for hosts that load their keys at start-up from
   * somewhere safe. This is not a key store: it neither generates, persists nor protects keys.
   *
   * @param currentKeyId the id of the key new tokens use, one of {@code encryptionKeys}, not null
   * @param encryptionKeys every key that tokens may name, by id: 256-bit AES keys, not empty
   * @param lookupKey the HMAC-SHA256 key of the lookup hash, at least 256 bits, not null
   * @return the keys, never null
   * @throws IllegalArgumentException if an id is malformed, the current id has no key, or a key is
   *     not of the required kind and size
   */
  static CprKeys inMemory(String currentKeyId, Map<String, SecretKey> encryptionKeys, SecretKey lookupKey) {
    return new InMemoryCprKeys(currentKeyId, encryptionKeys, lookupKey);
  }
}
