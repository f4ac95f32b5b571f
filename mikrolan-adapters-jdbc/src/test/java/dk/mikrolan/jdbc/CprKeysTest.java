package dk.mikrolan.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Examples of {@link CprKeys#inMemory}. */
class CprKeysTest {

  private final SecretKey k1 = CprTestKeys.aes256();
  private final SecretKey k2 = CprTestKeys.aes256();
  private final SecretKey lookup = CprTestKeys.hmac();

  @Test
  void returnsEachKeyByItsIdAndTheCurrentId() {
    CprKeys keys = CprKeys.inMemory("k2", Map.of("k1", k1, "k2", k2), lookup);

    assertThat(keys.currentKeyId()).isEqualTo("k2");
    assertThat(keys.encryptionKey("k1")).isSameAs(k1);
    assertThat(keys.encryptionKey("k2")).isSameAs(k2);
    assertThat(keys.lookupKey()).isSameAs(lookup);
  }

  @Test
  void refusesAnUnknownIdWithoutRepeatingIt() {
    CprKeys keys = CprKeys.inMemory("k1", Map.of("k1", k1), lookup);

    assertThatThrownBy(() -> keys.encryptionKey("150390"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown CPR key id");
  }

  @Test
  void rejectsACurrentIdWithoutAKey() {
    assertThatThrownBy(() -> CprKeys.inMemory("k2", Map.of("k1", k1), lookup))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The current CPR key k2 is not among the keys");
  }

  @Test
  void rejectsKeyIdsThatATokenCouldNotCarry() {
    for (String id : new String[] {"", "k:1", "k 1", "x".repeat(41)}) {
      assertThatThrownBy(() -> CprKeys.inMemory("k1", Map.of("k1", k1, id, k2), lookup))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("A CPR key id must be");
    }
  }

  @Test
  void rejectsEncryptionKeysThatAreNot256BitAes() {
    SecretKey aes128 = new SecretKeySpec(new byte[16], "AES");
    SecretKey notAes = new SecretKeySpec(new byte[32], "HmacSHA256");

    assertThatThrownBy(() -> CprKeys.inMemory("k1", Map.of("k1", aes128), lookup))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CPR key k1 is not a 256-bit AES key");
    assertThatThrownBy(() -> CprKeys.inMemory("k1", Map.of("k1", notAes), lookup))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CPR key k1 is not a 256-bit AES key");
  }

  @Test
  void rejectsALookupKeyShorterThan256Bits() {
    assertThatThrownBy(() -> CprKeys.inMemory("k1", Map.of("k1", k1), new SecretKeySpec(new byte[16], "HmacSHA256")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The CPR lookup key must have at least 256 bits");
  }

  @Test
  void namesTheIdsButNoKeyInToString() {
    CprKeys keys = CprKeys.inMemory("k2", Map.of("k2", k2, "k1", k1), lookup);

    assertThat(keys.toString()).isEqualTo("CprKeys[current=k2, ids=[k1, k2]]");
  }
}
