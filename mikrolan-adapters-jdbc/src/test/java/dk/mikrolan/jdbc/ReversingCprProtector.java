package dk.mikrolan.jdbc;

import dk.mikrolan.identity.Cpr;

/**
 * A test double of {@link CprProtector}, not protection: a token is {@code test:} followed by the
 * number reversed, so a test can see that a payload holds a token rather than the number, and
 * decode it again without keys. The frozen fixture {@code fixtures/events-v1.jsonl} holds tokens
 * of this form, so the form must not change.
 */
class ReversingCprProtector implements CprProtector {

  static final String KEY_ID = "test";

  @Override
  public String protect(Cpr cpr) {
    return KEY_ID + ":" + new StringBuilder(cpr.fullNumber()).reverse();
  }

  @Override
  public Cpr reveal(String token) {
    if (!token.startsWith(KEY_ID + ":")) {
      throw new IllegalArgumentException("Not a token of key " + KEY_ID);
    }
    return Cpr.parse(new StringBuilder(token.substring(KEY_ID.length() + 1)).reverse().toString());
  }

  @Override
  public String lookupHash(Cpr cpr) {
    return Integer.toHexString(cpr.fullNumber().hashCode());
  }

  @Override
  public String keyIdOf(String token) {
    return KEY_ID;
  }

  @Override
  public String currentKeyId() {
    return KEY_ID;
  }
}
