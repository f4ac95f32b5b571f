package dk.mikrolan.eligibility;

import static dk.mikrolan.eligibility.EligibilityRule.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class EligibilityRuleTest {

  @Test
  void decidesThreeRulesAtScreeningAndFiveInTheAssessment() {
    assertThat(EnumSet.allOf(EligibilityRule.class).stream().filter(r -> r.stage() == EligibilityStage.SCREENING))
        .containsExactly(TARGET_GROUP, BUSINESS_IDEA, GENUINE_WISH);
    assertThat(EnumSet.allOf(EligibilityRule.class).stream().filter(r -> r.stage() == EligibilityStage.ASSESSMENT))
        .containsExactly(COMPETENCES, COURAGE, MARKET, FEASIBILITY, PASSION);
  }

  @Test
  void namesDescribesAndSourcesEveryRuleInBothLanguages() {
    for (EligibilityRule rule : EligibilityRule.values()) {
      assertThat(rule.danishName()).as("%s", rule).isNotBlank();
      assertThat(rule.englishName()).as("%s", rule).isNotBlank();
      assertThat(rule.danishDescription()).as("%s", rule).endsWith(".");
      assertThat(rule.englishDescription()).as("%s", rule).endsWith(".");
      assertThat(rule.source()).as("%s", rule).startsWith("Notat om mikrolån, afsnit '");
      assertThat(rule.englishSource()).as("%s", rule).startsWith("Memo on micro-loans, section");
    }
    assertThat(GENUINE_WISH.source()).isEqualTo("Notat om mikrolån, afsnit 'Reelt ønske om selvstændighed'");
    assertThat(TARGET_GROUP.source()).endsWith("historisk retsgrundlag: den tidligere aktivlov § 65");
    assertThat(COURAGE.danishName()).isEqualTo("Gå-på-mod");
    assertThat(EligibilityRule.valueOf("FEASIBILITY").field()).isEqualTo("scores.FEASIBILITY");
  }
}
