package dk.mikrolan.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.mikrolan.money.DkkAmount;
import org.junit.jupiter.api.Test;

class BudgetItemTest {

  @Test
  void holdsWhatTheMoneyIsFor() {
    BudgetItem van = BudgetItem.of(BudgetCategory.EQUIPMENT, "Brugt varevogn", DkkAmount.ofKroner(30_000));

    assertThat(van.category()).isEqualTo(BudgetCategory.EQUIPMENT);
    assertThat(van.description()).isEqualTo("Brugt varevogn");
    assertThat(van.amount()).isEqualTo(DkkAmount.ofKroner(30_000));
  }

  @Test
  void acceptsOneOre() {
    assertThat(BudgetItem.of(BudgetCategory.OTHER, "Frimærke", DkkAmount.ofOre(1)).amount().ore()).isEqualTo(1);
  }

  @Test
  void refusesAnAmountOfZeroOrLess() {
    assertThatThrownBy(() -> BudgetItem.of(BudgetCategory.STOCK, "Varer", DkkAmount.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DKK 0.00");
    assertThatThrownBy(() -> BudgetItem.of(BudgetCategory.STOCK, "Varer", DkkAmount.ofOre(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesABlankDescription() {
    assertThatThrownBy(() -> BudgetItem.of(BudgetCategory.MARKETING, " ", DkkAmount.ofKroner(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("description");
  }

  @Test
  void hasTheSevenCategoriesOfAStartUpBudget() {
    assertThat(BudgetCategory.values())
        .containsExactly(
            BudgetCategory.EQUIPMENT,
            BudgetCategory.STOCK,
            BudgetCategory.REGISTRATION,
            BudgetCategory.MARKETING,
            BudgetCategory.PREMISES,
            BudgetCategory.SOFTWARE,
            BudgetCategory.OTHER);
  }

  @Test
  void isEqualByValue() {
    BudgetItem a = BudgetItem.of(BudgetCategory.SOFTWARE, "Regnskabsprogram", DkkAmount.ofKroner(1_200));

    assertThat(a).isEqualTo(new BudgetItem(BudgetCategory.SOFTWARE, "Regnskabsprogram", DkkAmount.ofOre(120_000)));
    assertThat(a).isNotEqualTo(BudgetItem.of(BudgetCategory.OTHER, "Regnskabsprogram", DkkAmount.ofKroner(1_200)));
  }
}
