package dk.mikrolan.programme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GrantExtentTest {

  @Test
  void letsOnlyAFullGrantGoWithoutJustificationAndComplaintGuidance() {
    assertThat(GrantExtent.FULL.needsJustification()).isFalse();
    assertThat(GrantExtent.FULL.needsComplaintGuidance()).isFalse();
    assertThat(GrantExtent.PARTIAL.needsJustification()).isTrue();
    assertThat(GrantExtent.PARTIAL.needsComplaintGuidance()).isTrue();
    assertThat(GrantExtent.NONE.needsJustification()).isTrue();
    assertThat(GrantExtent.NONE.needsComplaintGuidance()).isTrue();
  }
}
