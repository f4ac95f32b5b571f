package dk.mikrolan.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FactsTest {

  @Test
  void keepsTheOrderFactsWerePutIn() {
    Map<String, String> facts =
        new Facts.Builder().put("scaleMin", "1").put("scaleMax", "5").put("threshold", "3").build();
    assertThat(facts).containsExactly(Map.entry("scaleMin", "1"), Map.entry("scaleMax", "5"),
        Map.entry("threshold", "3"));
    assertThat(facts.get("scaleMax")).isEqualTo("5");
    assertThat(facts.get("score")).isNull();
    assertThat(facts.containsKey("threshold")).isTrue();
    assertThat(facts.toString()).isEqualTo("{scaleMin=1, scaleMax=5, threshold=3}");
  }

  @Test
  void equalsAnyMapWithTheSameEntries() {
    Map<String, String> facts = new Facts.Builder().put("a", "1").put("b", "2").build();
    Map<String, String> other = new LinkedHashMap<>();
    other.put("b", "2");
    other.put("a", "1");
    assertThat(facts).isEqualTo(other);
    assertThat(other).isEqualTo(facts);
    assertThat(facts.hashCode()).isEqualTo(other.hashCode());
  }

  @Test
  void aKeyPutAgainKeepsItsPlaceAndTakesTheNewValue() {
    Map<String, String> facts = new Facts.Builder().put("a", "1").put("b", "2").put("a", "3").build();
    assertThat(facts).containsExactly(Map.entry("a", "3"), Map.entry("b", "2"));
  }

  @Test
  void growsPastItsFirstCapacity() {
    Facts.Builder builder = new Facts.Builder();
    for (int i = 0; i < 20; i++) {
      builder.put("k" + i, "v" + i);
    }
    Map<String, String> facts = builder.build();
    assertThat(facts).hasSize(20);
    assertThat(facts.get("k19")).isEqualTo("v19");
    assertThat(facts.keySet()).startsWith("k0", "k1", "k2");
  }

  @Test
  void factsBuiltStayAsTheyWereWhenTheBuilderGoesOn() {
    Facts.Builder builder = new Facts.Builder().put("scaleMin", "1");
    Map<String, String> first = builder.build();
    builder.put("scaleMin", "0").put("score", "4");
    Map<String, String> second = builder.build();
    assertThat(first).containsExactly(Map.entry("scaleMin", "1"));
    assertThat(second).containsExactly(Map.entry("scaleMin", "0"), Map.entry("score", "4"));
  }

  @Test
  void isUnmodifiable() {
    Map<String, String> facts = new Facts.Builder().put("a", "1").build();
    assertThatThrownBy(() -> facts.put("b", "2")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> facts.remove("a")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> facts.entrySet().iterator().next().setValue("2"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(facts::clear).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void refusesANullKeyOrValueNamingIt() {
    assertThatThrownBy(() -> new Facts.Builder().put(null, "1")).hasMessage("fact key");
    assertThatThrownBy(() -> new Facts.Builder().put("score", null)).hasMessage("score");
    Map<String, String> withNull = new LinkedHashMap<>();
    withNull.put("note", null);
    assertThatThrownBy(() -> Facts.copyOf(withNull)).hasMessage("note");
  }

  @Test
  void anOutcomeCopiesAMapItIsGivenSoALaterChangeDoesNotReachIt() {
    Map<String, String> given = new LinkedHashMap<>();
    given.put("wishToBeSelfEmployed", "YES");
    RuleOutcome outcome =
        new RuleOutcome(EligibilityRule.GENUINE_WISH, RuleStatus.PASSED, given, "fundet.", "found.");
    given.put("wishToBeSelfEmployed", "NO");
    assertThat(outcome.facts()).containsExactly(Map.entry("wishToBeSelfEmployed", "YES"));
  }
}
