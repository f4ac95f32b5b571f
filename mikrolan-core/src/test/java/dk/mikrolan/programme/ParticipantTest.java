package dk.mikrolan.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.mikrolan.identity.AdvisorId;
import dk.mikrolan.identity.Cpr;
import dk.mikrolan.identity.ParticipantId;
import dk.mikrolan.policy.BenefitType;
import org.junit.jupiter.api.Test;

class ParticipantTest {

  // Made up; never printed by these tests' names or assertions.
  private static final String NUMBER = "150588-4104";
  private static final BusinessIdea IDEA =
      BusinessIdea.of("Café", "Kaffe og kage", "Beboere i kvarteret", "Salg over disk");

  private static Participant.Builder anna() {
    Participant.Builder b = Participant.builder();
    b.id(ParticipantId.of("P-17"))
        .cpr(Cpr.parse(NUMBER))
        .name("Anna Jensen")
        .businessIdea(IDEA)
        .advisor(AdvisorId.of("adv-3"));
    return b;
  }

  @Test
  void holdsThePersonTheIdeaAndTheAdvisor() {
    Participant anna = anna().benefit(BenefitType.CASH_BENEFIT).build();

    assertThat(anna.id()).isEqualTo(ParticipantId.of("P-17"));
    assertThat(anna.cpr().fullNumber().equals(NUMBER)).isTrue();
    assertThat(anna.name()).isEqualTo("Anna Jensen");
    assertThat(anna.benefit()).isEqualTo(BenefitType.CASH_BENEFIT);
    assertThat(anna.benefitDescription()).isEmpty();
    assertThat(anna.businessIdea()).isEqualTo(IDEA);
    assertThat(anna.advisor()).isEqualTo(AdvisorId.of("adv-3"));
  }

  @Test
  void describesOtherSupport() {
    Participant anna =
        anna().benefit(BenefitType.OTHER).benefitDescription("Ressourceforløbsydelse").build();

    assertThat(anna.benefitDescription()).contains("Ressourceforløbsydelse");
  }

  @Test
  void requiresADescriptionOfOtherSupport() {
    assertThatThrownBy(() -> anna().benefit(BenefitType.OTHER).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OTHER");
    assertThatThrownBy(() -> anna().benefit(BenefitType.OTHER).benefitDescription(" ").build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesADescriptionOfANamedBenefit() {
    assertThatThrownBy(() -> anna().benefit(BenefitType.FLEX_JOB).benefitDescription("Fleksjob").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("FLEX_JOB");
  }

  @Test
  void refusesABlankNameWithoutRepeatingAnythingPersonal() {
    Participant.Builder b = Participant.builder();
    b.id(ParticipantId.of("P-17"))
        .cpr(Cpr.parse(NUMBER))
        .name(" ")
        .benefit(BenefitType.SICKNESS_BENEFIT)
        .businessIdea(IDEA)
        .advisor(AdvisorId.of("adv-3"));

    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .message()
        .doesNotContain("150588")
        .doesNotContain("4104");
  }

  @Test
  void requiresEveryAttributeButTheDescription() {
    assertThatThrownBy(() -> Participant.builder().name("Anna").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("id")
        .hasMessageContaining("cpr")
        .hasMessageContaining("benefit")
        .hasMessageContaining("businessIdea")
        .hasMessageContaining("advisor");
  }

  @Test
  void showsNeitherTheCprNumberNorTheNameInToString() {
    String shown = anna().benefit(BenefitType.REHABILITATION).build().toString();

    assertThat(shown).isEqualTo("Participant[id=P-17, benefit=REHABILITATION, advisor=adv-3]");
    assertThat(shown).doesNotContain("150588").doesNotContain("4104").doesNotContain("Anna");
  }

  @Test
  void isEqualByValue() {
    Participant a = anna().benefit(BenefitType.CASH_BENEFIT).build();
    Participant b = anna().benefit(BenefitType.CASH_BENEFIT).build();

    assertThat(a.equals(b)).isTrue();
    assertThat(a.hashCode()).isEqualTo(b.hashCode());
    assertThat(a.equals(anna().benefit(BenefitType.SICKNESS_BENEFIT).build())).isFalse();
  }
}
