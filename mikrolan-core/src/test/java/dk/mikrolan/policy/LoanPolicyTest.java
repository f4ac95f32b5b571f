package dk.mikrolan.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.mikrolan.money.DkkAmount;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LoanPolicyTest {

  private static final LocalDate FROM = LocalDate.of(2013, 1, 1);

  @Test
  void defaultsToTheMemosLimits() {
    LoanPolicy policy = LoanPolicy.defaults(FROM);

    assertThat(policy.validFrom()).isEqualTo(FROM);
    assertThat(policy.loanFloor()).isEqualTo(DkkAmount.ofKroner(1_000));
    assertThat(policy.loanCeiling()).isEqualTo(DkkAmount.ofKroner(50_000));
    assertThat(policy.maxInstalments()).isEqualTo(250);
    assertThat(policy.maxGraceMonths()).isEqualTo(12);
  }

  @Test
  void letsTheDefaultMaximumRepayTheCeilingAtTwoHundredKronerAMonth() {
    assertThat(LoanPolicy.DEFAULT_CEILING.ore() / DkkAmount.ofKroner(200).ore())
        .isEqualTo(LoanPolicy.DEFAULT_MAX_INSTALMENTS);
  }

  @Test
  void takesEveryLimitFromTheBuilder() {
    LoanPolicy copenhagen =
        LoanPolicy.builder()
            .validFrom(FROM)
            .loanFloor(DkkAmount.ofKroner(5_000))
            .loanCeiling(DkkAmount.ofKroner(40_000))
            .maxInstalments(120)
            .maxGraceMonths(6)
            .build();

    assertThat(copenhagen.loanFloor()).isEqualTo(DkkAmount.ofKroner(5_000));
    assertThat(copenhagen.loanCeiling()).isEqualTo(DkkAmount.ofKroner(40_000));
    assertThat(copenhagen.maxInstalments()).isEqualTo(120);
    assertThat(copenhagen.maxGraceMonths()).isEqualTo(6);
  }

  @Test
  void defaultsTheLimitsNotSet() {
    LoanPolicy policy = LoanPolicy.builder().validFrom(FROM).loanFloor(DkkAmount.ofKroner(5_000)).build();

    assertThat(policy.loanCeiling()).isEqualTo(LoanPolicy.DEFAULT_CEILING);
    assertThat(policy.maxInstalments()).isEqualTo(LoanPolicy.DEFAULT_MAX_INSTALMENTS);
    assertThat(policy.maxGraceMonths()).isEqualTo(LoanPolicy.DEFAULT_MAX_GRACE_MONTHS);
  }

  @Test
  void acceptsAFloorEqualToTheCeilingAndNoGrace() {
    LoanPolicy policy =
        LoanPolicy.builder()
            .validFrom(FROM)
            .loanFloor(DkkAmount.ofKroner(10_000))
            .loanCeiling(DkkAmount.ofKroner(10_000))
            .maxInstalments(1)
            .maxGraceMonths(0)
            .build();

    assertThat(policy.loanFloor()).isEqualTo(policy.loanCeiling());
  }

  @Test
  void rejectsAFloorOfZero() {
    assertThatThrownBy(() -> LoanPolicy.builder().validFrom(FROM).loanFloor(DkkAmount.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DKK 0.00");
  }

  @Test
  void rejectsACeilingBelowTheFloor() {
    assertThatThrownBy(
            () -> LoanPolicy.builder().validFrom(FROM).loanCeiling(DkkAmount.ofOre(99_999)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DKK 999.99");
  }

  @Test
  void rejectsAMaximumOfNoInstalments() {
    assertThatThrownBy(() -> LoanPolicy.builder().validFrom(FROM).maxInstalments(0).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsANegativeGraceMaximum() {
    assertThatThrownBy(() -> LoanPolicy.builder().validFrom(FROM).maxGraceMonths(-1).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void requiresTheDateItComesIntoForce() {
    assertThatThrownBy(() -> LoanPolicy.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("validFrom");
  }

  @Test
  void isEqualByValue() {
    LoanPolicy defaults = LoanPolicy.defaults(FROM);
    LoanPolicy same = LoanPolicy.builder().validFrom(FROM).loanFloor(DkkAmount.ofKroner(1_000)).build();

    assertThat(defaults).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(defaults).isNotEqualTo(LoanPolicy.defaults(FROM.plusDays(1)));
    assertThat(defaults).isNotEqualTo(LoanPolicy.builder().validFrom(FROM).maxGraceMonths(6).build());
  }
}
