package dk.mikrolan.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.mikrolan.money.DkkAmount;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PolicyVersionsTest {

  private static final LoanPolicy MEMO = LoanPolicy.defaults(LocalDate.of(2010, 1, 1));
  private static final LoanPolicy COPENHAGEN =
      LoanPolicy.builder().validFrom(LocalDate.of(2013, 1, 1)).loanFloor(DkkAmount.ofKroner(5_000)).build();

  @Test
  void hasNoVersionInForceBeforeTheFirst() {
    assertThat(PolicyVersions.of(MEMO, COPENHAGEN).inForceOn(LocalDate.of(2009, 12, 31)).isEmpty()).isTrue();
  }

  @Test
  void putsAVersionInForceOnItsFirstDay() {
    PolicyVersions<LoanPolicy> versions = PolicyVersions.of(MEMO, COPENHAGEN);

    assertThat(versions.inForceOn(LocalDate.of(2010, 1, 1)).get()).isEqualTo(MEMO);
    assertThat(versions.inForceOn(LocalDate.of(2013, 1, 1)).get()).isEqualTo(COPENHAGEN);
  }

  @Test
  void keepsAVersionInForceUntilTheNextBegins() {
    PolicyVersions<LoanPolicy> versions = PolicyVersions.of(MEMO, COPENHAGEN);

    assertThat(versions.inForceOn(LocalDate.of(2012, 12, 31)).get()).isEqualTo(MEMO);
    assertThat(versions.inForceOn(LocalDate.of(2099, 6, 1)).get()).isEqualTo(COPENHAGEN);
  }

  @Test
  void ordersVersionsByDateWhateverTheOrderGiven() {
    assertThat(PolicyVersions.of(COPENHAGEN, MEMO).all()).containsExactly(MEMO, COPENHAGEN);
  }

  @Test
  void hasNothingInForceWithoutVersions() {
    assertThat(PolicyVersions.<LoanPolicy>of().inForceOn(LocalDate.of(2026, 1, 1)).isEmpty()).isTrue();
  }

  @Test
  void rejectsTwoVersionsFromTheSameDay() {
    LoanPolicy sameDay = LoanPolicy.builder().validFrom(MEMO.validFrom()).maxGraceMonths(6).build();

    assertThatThrownBy(() -> PolicyVersions.of(MEMO, sameDay))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2010-01-01");
    assertThatThrownBy(() -> PolicyVersions.of(MEMO).with(sameDay))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2010-01-01");
  }

  @Test
  void addsAVersionWithoutChangingTheOriginal() {
    PolicyVersions<LoanPolicy> memoOnly = PolicyVersions.of(MEMO);
    PolicyVersions<LoanPolicy> both = memoOnly.with(COPENHAGEN);

    assertThat(both.inForceOn(LocalDate.of(2014, 1, 1)).get()).isEqualTo(COPENHAGEN);
    assertThat(memoOnly.inForceOn(LocalDate.of(2014, 1, 1)).get()).isEqualTo(MEMO);
    assertThat(both).isEqualTo(PolicyVersions.of(COPENHAGEN, MEMO));
  }

  @Test
  void isEqualByVersions() {
    assertThat(PolicyVersions.of(MEMO, COPENHAGEN))
        .isEqualTo(PolicyVersions.of(COPENHAGEN, MEMO))
        .hasSameHashCodeAs(PolicyVersions.of(COPENHAGEN, MEMO))
        .isNotEqualTo(PolicyVersions.of(MEMO));
  }

  @Test
  void describesItselfByItsDates() {
    assertThat(PolicyVersions.of(MEMO, COPENHAGEN)).hasToString("PolicyVersions[2010-01-01, 2013-01-01]");
  }

  @Test
  void rejectsANullVersion() {
    assertThatThrownBy(() -> PolicyVersions.of(MEMO, null)).isInstanceOf(NullPointerException.class);
  }
}
