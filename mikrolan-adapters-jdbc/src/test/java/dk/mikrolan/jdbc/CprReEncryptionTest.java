package dk.mikrolan.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.mikrolan.identity.Cpr;
import org.junit.jupiter.api.Test;

/** Examples of {@link CprReEncryption#rewritePayload}: only tokens under an old key change. */
class CprReEncryptionTest {

  private static final Cpr CPR = Cpr.parse("150390-4000");

  private final CprKeys before = CprTestKeys.single();
  private final AesGcmCprProtector old = AesGcmCprProtector.of(before);
  private final AesGcmCprProtector current =
      AesGcmCprProtector.of(CprTestKeys.rotated(before, CprTestKeys.aes256()));

  @Test
  void replacesAnOldTokenUnderCprAndNothingElse() {
    String token = old.protect(CPR);
    String json = "{\"participant\":{\"id\":\"p-1\",\"cpr\" : \"" + token + "\",\"name\":\"Ane\"},\"by\":\"cw-1\"}";

    String rewritten = CprReEncryption.rewritePayload(json, current, "k2");

    int start = json.indexOf(token);
    String fresh = rewritten.substring(start, rewritten.length() - (json.length() - start - token.length()));
    assertThat(rewritten.substring(0, start)).isEqualTo(json.substring(0, start));
    assertThat(rewritten.substring(start + fresh.length())).isEqualTo(json.substring(start + token.length()));
    assertThat(fresh).startsWith("k2:");
    assertThat(current.reveal(fresh)).isEqualTo(CPR);
  }

  @Test
  void leavesTokensOnTheCurrentKeyAndOtherShapesAlone() {
    String json = "{\"cpr\":\"" + current.protect(CPR) + "\",\"other\":{\"cpr\":\"150390-XXXX\"}}";

    assertThat(CprReEncryption.rewritePayload(json, current, "k2")).isSameAs(json);
  }

  @Test
  void leavesATokenShapedValueOutsideACprMemberAlone() {
    String elsewhere = old.protect(CPR);
    String json = "{\"note\":\"" + elsewhere + "\",\"text\":\"\\\"cpr\\\":\\\"" + elsewhere + "\\\"\"}";

    assertThat(CprReEncryption.rewritePayload(json, current, "k2")).isSameAs(json);
  }

  @Test
  void refusesATokenItCannotReadWithoutRepeatingIt() {
    String broken = "k1:" + "A".repeat(51);
    String json = "{\"cpr\":\"" + broken + "\"}";

    assertThatThrownBy(() -> CprReEncryption.rewritePayload(json, current, "k2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining(broken);
  }
}
