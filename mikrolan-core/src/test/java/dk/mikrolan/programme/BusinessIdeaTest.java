package dk.mikrolan.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BusinessIdeaTest {

  private static final BusinessIdea BIKES =
      BusinessIdea.of(
          "Cykelværksted",
          "Reparation af cykler og salg af brugte cykler",
          "Pendlere og studerende i bydelen",
          "Betaling pr. reparation og avance på brugte cykler");

  @Test
  void holdsItsFourParts() {
    assertThat(BIKES.title()).isEqualTo("Cykelværksted");
    assertThat(BIKES.description()).startsWith("Reparation");
    assertThat(BIKES.market()).startsWith("Pendlere");
    assertThat(BIKES.revenueModel()).startsWith("Betaling");
  }

  @Test
  void refusesABlankPartNamingIt() {
    assertThatThrownBy(() -> BusinessIdea.of(" ", "d", "m", "r")).hasMessageContaining("title");
    assertThatThrownBy(() -> BusinessIdea.of("t", "", "m", "r")).hasMessageContaining("description");
    assertThatThrownBy(() -> BusinessIdea.of("t", "d", "\n", "r")).hasMessageContaining("market");
    assertThatThrownBy(() -> BusinessIdea.of("t", "d", "m", "\t")).hasMessageContaining("revenueModel");
  }

  @Test
  void refusesAMissingPart() {
    assertThatThrownBy(() -> new BusinessIdea("t", "d", "m", (String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("revenueModel");
  }

  @Test
  void isEqualByValue() {
    BusinessIdea same = new BusinessIdea(BIKES.title(), BIKES.description(), BIKES.market(), BIKES.revenueModel());

    assertThat(BIKES).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(BIKES).isNotEqualTo(BusinessIdea.of("Cykelværksted", "d", "m", "r"));
  }
}
