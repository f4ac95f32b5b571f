package dk.mikrolan.jdbc;

import dk.mikrolan.identity.Cpr;

/**
 * How CPR numbers are kept at rest (databeskyttelsesloven § 11): encrypted with a key the host
 * supplies, each token naming its key, and hashed with a keyed hash for lookups. Event payloads,
 * read models and stored responses hold only these forms, never the number itself.
 */
public interface CprProtector {

  /**
   * Encrypts a CPR number with the current key.
   *
   * @param cpr the number, not null
   * @return the token, {@code <keyId>:<base64 of iv and ciphertext>}, never null
   */
  String protect(Cpr cpr);

  /**
   * Decrypts a token made by {@link #protect(Cpr)} with any key still known.
   *
   * @param token the token, not null
   * @return the number, never null
   * @throws IllegalArgumentException if the token is malformed, its key unknown, or it was altered
   */
  Cpr reveal(String token);

  /**
   * Returns the keyed hash of a CPR number, for finding a participant by CPR without decrypting.
   *
   * @param cpr the number, not null
   * @return the hash as lower-case hex, never null
   */
  String lookupHash(Cpr cpr);

  /**
   * Returns the id of the key a token was made with.
   *
   * @param token the token, not null
   * @return the key id, never null
   */
  String keyIdOf(String token);

  /**
   * Returns the id of the key new tokens are made with.
   *
   * @return the key id, never null
   */
  String currentKeyId();
}
