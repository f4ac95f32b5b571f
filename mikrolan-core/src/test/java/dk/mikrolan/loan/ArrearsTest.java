package dk.mikrolan.loan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.mikrolan.money.DkkAmount;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArrearsTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 5);

  @Test
  void countsDaysPastDueFromTheOldestDueDate() {
    assertThat(Arrears.of(DkkAmount.ofKroner(3_000), LocalDate.of(2026, 3, 2), AS_OF))
        .isEqualTo(new Arrears(DkkAmount.ofKroner(3_000), 95, ArrearsBucket.DAYS_90_PLUS));
    assertThat(Arrears.of(DkkAmount.ofKroner(1), AS_OF.minusDays(1), AS_OF))
        .isEqualTo(new Arrears(DkkAmount.ofKroner(1), 1, ArrearsBucket.DAYS_1_30));
  }

  @Test
  void rejectsNothingOverdueOrADueDateNotBeforeTheDate() {
    assertThatThrownBy(() -> Arrears.of(DkkAmount.ZERO, AS_OF.minusDays(3), AS_OF))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DKK 0.00");
    assertThatThrownBy(() -> Arrears.of(DkkAmount.ofKroner(5), AS_OF, AS_OF))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-06-05");
  }

  @Test
  void rejectsABucketThatDoesNotMatchTheDays() {
    assertThatThrownBy(() -> new Arrears(DkkAmount.ofKroner(5), 31, ArrearsBucket.DAYS_1_30))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
