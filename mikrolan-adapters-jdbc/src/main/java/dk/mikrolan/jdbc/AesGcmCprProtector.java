package dk.mikrolan.jdbc;

import dk.mikrolan.identity.Cpr;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Protects CPR numbers with the JDK's AES-GCM and HMAC-SHA256, under keys the host supplies.
 *
 * <p>A token is {@code <keyId>:<base64url(iv || ciphertext || tag)>}, unpadded: a fresh random
 * 96-bit IV per encryption (NIST SP 800-38D's recommended length; random IVs keep one key safe
 * far beyond any municipality's number of participants), the ten digits as plaintext, and a
 * 128-bit tag. The key id is bound as additional authenticated data, so a token whose id was
 * changed fails even where two ids share key material. The lookup hash is HMAC-SHA256 over the
 * ten digits, in lower-case hex: equal numbers hash alike, so the hash finds a participant without
 * decrypting, while without the key it cannot be reversed by trying all CPR numbers (there are
 * only a few hundred million).
 *
 * <p>Failures never carry the token or any part of it: a malformed token may be a CPR number.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AesGcmCprProtector implements CprProtector {

  private static final String CIPHER = "AES/GCM/NoPadding";
  private static final String MAC = "HmacSHA256";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final int DIGITS = 10;
  /** IV, ten ciphertext bytes and the tag: 38 bytes, 51 characters of unpadded base64url. */
  private static final int TOKEN_BYTES = IV_BYTES + DIGITS + TAG_BITS / 8;
  private static final Pattern TOKEN = Pattern.compile("([A-Za-z0-9._-]{1,40}):([A-Za-z0-9_-]{51})");

  private final CprKeys keys;
  private final SecureRandom random = new SecureRandom();

  private AesGcmCprProtector(CprKeys keys) {
    this.keys = keys;
  }

  /**
   * Obtains a protector over the host's keys.
   *
   * @param keys the keys, not null
   * @return the protector, never null
   */
  public static AesGcmCprProtector of(CprKeys keys) {
    return new AesGcmCprProtector(Objects.requireNonNull(keys, "keys"));
  }

  /**
   * Encrypts a CPR number with the current key and a fresh IV: two tokens of the same number
   * differ.
   *
   * @param cpr the number, not null
   * @return the token, never null
   * @throws IllegalStateException if the current key id or key is not usable (the host's set-up)
   */
  @Override
  public String protect(Cpr cpr) {
    String keyId = currentKeyId();
    SecretKey key = currentKey(keyId);
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    byte[] plain = digits(cpr);
    try {
      Cipher cipher = Cipher.getInstance(CIPHER);
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
      byte[] out = Arrays.copyOf(iv, TOKEN_BYTES);
      cipher.doFinal(plain, 0, plain.length, out, IV_BYTES);
      return keyId + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot encrypt with CPR key " + keyId, e);
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
  }

  /**
   * Decrypts a token made with any key the host still supplies.
   *
   * @param token the token, not null
   * @return the number, never null
   * @throws IllegalArgumentException if the token is malformed, its key unknown, or it was altered
   *     or made with another key; the message never repeats the token
   */
  @Override
  public Cpr reveal(String token) {
    Matcher m = parse(token);
    String keyId = m.group(1);
    byte[] bytes = Base64.getUrlDecoder().decode(m.group(2));
    // The decoder ignores the last character's two spare bits; only the canonical text is ours,
    // so that any changed character counts as tampering.
    if (!Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(m.group(2))) {
      throw new IllegalArgumentException("CPR token was altered or made with another key");
    }
    SecretKey key = knownKey(keyId);
    byte[] plain = null;
    try {
      Cipher cipher = Cipher.getInstance(CIPHER);
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
      cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
      plain = cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
      return Cpr.parse(new String(plain, StandardCharsets.US_ASCII));
    } catch (AEADBadTagException e) {
      throw new IllegalArgumentException("CPR token was altered or made with another key");
    } catch (GeneralSecurityException e) {
      // The id is a known key's (looked up above), not a fragment of input: safe to name.
      throw new IllegalStateException("Cannot decrypt with CPR key " + keyId, e);
    } catch (RuntimeException e) {
      // Authentic, yet not a CPR number: made by some other program with our key. No cause: its
      // message could describe the plaintext.
      throw new IllegalArgumentException("CPR token does not hold a CPR number");
    } finally {
      if (plain != null) {
        Arrays.fill(plain, (byte) 0);
      }
    }
  }

  /**
   * Returns HMAC-SHA256 of the ten digits under the lookup key, as 64 lower-case hex digits.
   *
   * @param cpr the number, not null
   * @return the hash, never null
   * @throws IllegalStateException if the lookup key is not usable (the host's set-up)
   */
  @Override
  public String lookupHash(Cpr cpr) {
    byte[] plain = digits(cpr);
    try {
      Mac mac = Mac.getInstance(MAC);
      mac.init(keys.lookupKey());
      return HexFormat.of().formatHex(mac.doFinal(plain));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot compute the CPR lookup hash", e);
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
  }

  /**
   * Returns the id of the key a token names, without decrypting it.
   *
   * @param token the token, not null
   * @return the key id, never null
   * @throws IllegalArgumentException if the token is malformed; the message never repeats it
   */
  @Override
  public String keyIdOf(String token) {
    return parse(token).group(1);
  }

  /**
   * Returns the id of the host's current key.
   *
   * @return the key id, never null
   * @throws IllegalStateException if the host's id is not of the form {@link CprKeys} requires
   */
  @Override
  public String currentKeyId() {
    String keyId = keys.currentKeyId();
    if (!InMemoryCprKeys.KEY_ID.matcher(keyId).matches()) {
      throw new IllegalStateException("The current CPR key id must be 1-40 letters, digits or . _ -: " + keyId);
    }
    return keyId;
  }

  private SecretKey currentKey(String keyId) {
    SecretKey key;
    try {
      key = keys.encryptionKey(keyId);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("The host supplies no key for the current CPR key id " + keyId, e);
    }
    if (!InMemoryCprKeys.isAes256(key)) {
      throw new IllegalStateException("CPR key " + keyId + " is not a 256-bit AES key");
    }
    return key;
  }

  private SecretKey knownKey(String keyId) {
    try {
      return keys.encryptionKey(keyId);
    } catch (IllegalArgumentException e) {
      // Neither the id nor the host's message: a malformed token's "id" may be part of a number.
      throw new IllegalArgumentException("CPR token names an unknown key");
    }
  }

  private static Matcher parse(String token) {
    Objects.requireNonNull(token, "token");
    Matcher m = TOKEN.matcher(token);
    if (!m.matches()) {
      throw new IllegalArgumentException("Malformed CPR token");
    }
    return m;
  }

  private static byte[] digits(Cpr cpr) {
    String full = cpr.fullNumber();
    byte[] out = new byte[DIGITS];
    for (int i = 0, j = 0; i < full.length(); i++) {
      char c = full.charAt(i);
      if (c != '-') {
        out[j++] = (byte) c;
      }
    }
    return out;
  }

  /** Names the current key id only. */
  @Override
  public String toString() {
    return "AesGcmCprProtector[currentKeyId=" + keys.currentKeyId() + "]";
  }
}
