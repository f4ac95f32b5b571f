package dk.mikrolan.jdbc;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Map;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** Freshly generated keys for the CPR tests; nothing here is a key anyone uses. */
final class CprTestKeys {

  private static final SecureRandom RANDOM = new SecureRandom();

  private CprTestKeys() {}

  static SecretKey aes256() {
    try {
      KeyGenerator generator = KeyGenerator.getInstance("AES");
      generator.init(256);
      return generator.generateKey();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static SecretKey hmac() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return new SecretKeySpec(bytes, "HmacSHA256");
  }

  /** Keys with one encryption key, {@code k1}, current. */
  static CprKeys single() {
    return CprKeys.inMemory("k1", Map.of("k1", aes256()), hmac());
  }

  /** The same keys with {@code k2} added and made current: a rotation. */
  static CprKeys rotated(CprKeys before, SecretKey k2) {
    return CprKeys.inMemory("k2", Map.of("k1", before.encryptionKey("k1"), "k2", k2), before.lookupKey());
  }
}
