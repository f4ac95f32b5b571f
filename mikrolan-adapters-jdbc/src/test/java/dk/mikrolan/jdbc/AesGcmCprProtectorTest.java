package dk.mikrolan.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dk.mikrolan.identity.Cpr;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Examples of {@link AesGcmCprProtector}. The numbers are fictitious; assertions compare {@link
 * Cpr} values (whose text is masked) or booleans, so a failure never prints a full number.
 */
class AesGcmCprProtectorTest {

  private static final Cpr CPR = Cpr.parse("150390-4000");
  private static final Cpr OTHER = Cpr.parse("020304-5678");
  private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  private final CprKeys keys = CprTestKeys.single();
  private final AesGcmCprProtector protector = AesGcmCprProtector.of(keys);

  @Test
  void revealsTheNumberItProtected() {
    assertThat(protector.reveal(protector.protect(CPR))).isEqualTo(CPR);
    assertThat(protector.reveal(protector.protect(OTHER))).isEqualTo(OTHER);
  }

  @Test
  void encryptsTheSameNumberDifferentlyEachTime() {
    String first = protector.protect(CPR);
    String second = protector.protect(CPR);

    assertThat(first).isNotEqualTo(second);
    assertThat(protector.reveal(second)).isEqualTo(protector.reveal(first));
  }

  @Test
  void writesTheKeyIdAndUnpaddedBase64urlOfIvCiphertextAndTag() {
    String token = protector.protect(CPR);

    assertThat(token).matches("k1:[A-Za-z0-9_-]{51}");
    assertThat(Base64.getUrlDecoder().decode(token.substring(3))).hasSize(12 + 10 + 16);
    assertThat(protector.keyIdOf(token)).isEqualTo("k1");
    assertThat(protector.currentKeyId()).isEqualTo("k1");
  }

  @Test
  void keepsTheNumberOutOfTheToken() {
    String token = protector.protect(CPR);

    assertThat(token.contains("1503904000") || token.contains("150390-4000")).isFalse();
  }

  @Test
  void refusesATokenWithAnyCharacterChanged() {
    String token = protector.protect(CPR);
    for (int i = 3; i < token.length(); i++) {
      char original = token.charAt(i);
      char changed = BASE64URL.charAt((BASE64URL.indexOf(original) + 1) % BASE64URL.length());
      String tampered = token.substring(0, i) + changed + token.substring(i + 1);

      assertThatThrownBy(() -> protector.reveal(tampered))
          .as("character %d changed", i)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageNotContaining(tampered.substring(3));
    }
  }

  @Test
  void refusesATokenWhoseKeyIdWasChangedEvenWhereTheIdsShareAKey() {
    SecretKey shared = CprTestKeys.aes256();
    AesGcmCprProtector twoIds =
        AesGcmCprProtector.of(CprKeys.inMemory("k1", Map.of("k1", shared, "k2", shared), CprTestKeys.hmac()));
    String relabelled = "k2" + twoIds.protect(CPR).substring(2);

    assertThatThrownBy(() -> twoIds.reveal(relabelled))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CPR token was altered or made with another key");
  }

  @Test
  void refusesATokenMadeWithAnotherKeyOfTheSameId() {
    String foreign = AesGcmCprProtector.of(CprTestKeys.single()).protect(CPR);

    assertThatThrownBy(() -> protector.reveal(foreign))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CPR token was altered or made with another key");
  }

  @Test
  void refusesATokenNamingAnUnknownKeyWithoutNamingIt() {
    String unknown = "k9" + protector.protect(CPR).substring(2);

    assertThatThrownBy(() -> protector.reveal(unknown))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CPR token names an unknown key")
        .hasNoCause();
  }

  @Test
  void refusesMalformedTokensWithoutRepeatingThem() {
    String body = protector.protect(CPR).substring(3);
    List<String> malformed = List.of("", "k1", "k1:", "1503904000", "150390-4000", "150390:4000",
        "k1:" + body.substring(1), "k1:" + body + "A", "k1:" + body.substring(1) + "=", "k1:" + body.substring(1) + "+",
        "k 1:" + body, ":" + body, "k:1:" + body, "x".repeat(41) + ":" + body);
    for (String token : malformed) {
      Throwable revealed = catchThrowable(() -> protector.reveal(token));
      Throwable keyId = catchThrowable(() -> protector.keyIdOf(token));

      for (Throwable t : List.of(revealed, keyId)) {
        assertThat(t).as("token of length %d", token.length()).isInstanceOf(IllegalArgumentException.class);
        assertThat(t.getMessage().contains("150390") || t.getMessage().contains("4000")).isFalse();
        assertThat(token.length() > 3 && t.getMessage().contains(token)).isFalse();
      }
    }
  }

  @Test
  void refusesAnAuthenticTokenThatHoldsNoCprNumber() throws Exception {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    byte[] iv = new byte[12];
    cipher.init(Cipher.ENCRYPT_MODE, keys.encryptionKey("k1"), new GCMParameterSpec(128, iv));
    cipher.updateAAD("k1".getBytes(StandardCharsets.US_ASCII));
    byte[] sealed = cipher.doFinal("3213994000".getBytes(StandardCharsets.US_ASCII));
    byte[] all = new byte[iv.length + sealed.length];
    System.arraycopy(sealed, 0, all, iv.length, sealed.length);
    String token = "k1:" + Base64.getUrlEncoder().withoutPadding().encodeToString(all);

    assertThatThrownBy(() -> protector.reveal(token))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CPR token does not hold a CPR number")
        .hasNoCause();
  }

  @Test
  void hashesTheTenDigitsWithHmacSha256InLowerCaseHex() throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(keys.lookupKey());
    String expected = HexFormat.of().formatHex(mac.doFinal("1503904000".getBytes(StandardCharsets.US_ASCII)));

    assertThat(protector.lookupHash(CPR)).isEqualTo(expected).matches("[0-9a-f]{64}");
  }

  @Test
  void hashesTheSameNumberAlikeWhateverItsForm() {
    assertThat(protector.lookupHash(Cpr.parse("1503904000"))).isEqualTo(protector.lookupHash(CPR));
    assertThat(AesGcmCprProtector.of(keys).lookupHash(CPR)).isEqualTo(protector.lookupHash(CPR));
  }

  @Test
  void hashesDifferentNumbersDifferently() {
    assertThat(protector.lookupHash(OTHER)).isNotEqualTo(protector.lookupHash(CPR));
  }

  @Test
  void hashesUnderAnotherLookupKeyDifferently() {
    CprKeys otherLookup = CprKeys.inMemory("k1", Map.of("k1", keys.encryptionKey("k1")), CprTestKeys.hmac());

    assertThat(AesGcmCprProtector.of(otherLookup).lookupHash(CPR)).isNotEqualTo(protector.lookupHash(CPR));
  }

  @Test
  void readsOldTokensAfterARotationAndWritesNewOnesWithTheNewKey() {
    String old = protector.protect(CPR);
    AesGcmCprProtector rotated = AesGcmCprProtector.of(CprTestKeys.rotated(keys, CprTestKeys.aes256()));

    String fresh = rotated.protect(CPR);

    assertThat(rotated.reveal(old)).isEqualTo(CPR);
    assertThat(rotated.keyIdOf(fresh)).isEqualTo("k2");
    assertThat(rotated.reveal(fresh)).isEqualTo(CPR);
    assertThat(rotated.lookupHash(CPR)).isEqualTo(protector.lookupHash(CPR));
    assertThatThrownBy(() -> protector.reveal(fresh)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesToEncryptWhenTheHostHasNoUsableCurrentKey() {
    CprKeys missing = new CprKeys() {
      @Override
      public String currentKeyId() {
        return "k3";
      }

      @Override
      public SecretKey encryptionKey(String keyId) {
        throw new IllegalArgumentException("Unknown CPR key id");
      }

      @Override
      public SecretKey lookupKey() {
        return keys.lookupKey();
      }
    };
    CprKeys shortKey = new CprKeys() {
      @Override
      public String currentKeyId() {
        return "k1";
      }

      @Override
      public SecretKey encryptionKey(String keyId) {
        return new SecretKeySpec(new byte[16], "AES");
      }

      @Override
      public SecretKey lookupKey() {
        return keys.lookupKey();
      }
    };

    assertThatThrownBy(() -> AesGcmCprProtector.of(missing).protect(CPR))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("k3");
    assertThatThrownBy(() -> AesGcmCprProtector.of(shortKey).protect(CPR))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("CPR key k1 is not a 256-bit AES key");
  }

  @Test
  void canBeSharedBetweenThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          for (int i = 0; i < 250; i++) {
            Cpr cpr = i % 2 == 0 ? CPR : OTHER;
            if (!protector.reveal(protector.protect(cpr)).equals(cpr)) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> r : results) {
        assertThat(r.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void namesOnlyTheCurrentKeyIdInToString() {
    assertThat(protector.toString()).isEqualTo("AesGcmCprProtector[currentKeyId=k1]");
  }
}
