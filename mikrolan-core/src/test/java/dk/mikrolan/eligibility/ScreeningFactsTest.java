package dk.mikrolan.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.mikrolan.policy.BenefitType;
import org.junit.jupiter.api.Test;

class ScreeningFactsTest {

  @Test
  void takesADescriptionForTheOtherBenefitTypeOnly() {
    assertThatThrownBy(() -> ScreeningFacts.builder().benefitType(BenefitType.OTHER).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OTHER");
    assertThatThrownBy(() -> ScreeningFacts.builder().benefitType(BenefitType.OTHER).benefitDescription("  ").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> ScreeningFacts.builder().benefitType(BenefitType.CASH_BENEFIT).benefitDescription("x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CASH_BENEFIT");
    assertThatThrownBy(() -> ScreeningFacts.builder().benefitDescription("x").build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void startsScreeningFactsUnknown() {
    ScreeningFacts unknown = ScreeningFacts.builder().build();

    assertThat(unknown.benefitType()).isEmpty();
    assertThat(unknown.wishToBeSelfEmployed()).isEqualTo(Answer.UNKNOWN);
    assertThat(unknown.businessIdeaStated()).isFalse();
    assertThat(unknown).isEqualTo(ScreeningFacts.builder().build()).hasSameHashCodeAs(ScreeningFacts.builder().build());
  }

  @Test
  void statesABusinessIdeaOnlyWithBothTitleAndRevenueModel() {
    ScreeningFacts.Builder both = ScreeningFacts.builder();
    both.businessIdeaTitle("Syværksted").businessIdeaRevenueModel("ændringer mod betaling");
    ScreeningFacts.Builder titleOnly = ScreeningFacts.builder();
    titleOnly.businessIdeaTitle("Syværksted").businessIdeaRevenueModel(" \t");

    assertThat(both.build().businessIdeaStated()).isTrue();
    assertThat(titleOnly.build().businessIdeaStated()).isFalse();
  }
}
