package dk.mikrolan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.mikrolan.rules.InvalidInputException;
import dk.mikrolan.rules.Violation;
import io.vavr.control.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CvrTest {

  @Test
  void acceptsErhvervsstyrelsensExample() {
    Cvr cvr = Cvr.parse("13748136");

    assertThat(cvr.toString()).isEqualTo("13748136");
    assertThat(Cvr.parse(cvr.toString())).isEqualTo(cvr);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"13748137", "13748135", "31748136", "13748163", "99999999"})
  void refusesANumberFailingTheModulus11Check(String text) {
    Validation<Violation, Cvr> checked = Cvr.validate(text, "business.cvr");

    assertThat(checked.getError().code()).isEqualTo("CVR_CHECK_FAILED");
    assertThat(checked.getError().field()).isEqualTo("business.cvr");
    assertThat(checked.getError().english()).contains(text);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"1374813A", "13 748 136", "1374-8136", "DK13748136", "", "1374813", "137481366",
      "١٣٧٤٨١٣٦", " 13748136"})
  void refusesAnythingButEightDigits(String text) {
    assertThat(Cvr.validate(text, "cvr").getError().code()).isEqualTo("CVR_MALFORMED");
  }

  @Test
  void refusesALeadingZeroEvenWhenTheSumIsDivisible() {
    // Both would pass the check: the form alone refuses them.
    assertThat(weightedSum("00000000") % 11).isZero();
    assertThat(weightedSum("01000004") % 11).isZero();

    assertThat(Cvr.validate("00000000", "cvr").getError().code()).isEqualTo("CVR_MALFORMED");
    assertThat(Cvr.validate("01000004", "cvr").getError().code()).isEqualTo("CVR_MALFORMED");
  }

  @Test
  void neverRepeatsMalformedInputWhichMayBeACprNumber() {
    Violation v = Cvr.validate("150588-4104", "cvr").getError();

    assertThat(v.danish()).doesNotContain("4104");
    assertThat(v.english()).doesNotContain("4104");
    assertThatThrownBy(() -> Cvr.parse("1505884104"))
        .isInstanceOf(InvalidInputException.class)
        .message()
        .doesNotContain("4104");
  }

  @Test
  void isEqualByValue() {
    assertThat(Cvr.parse("13748136")).isEqualTo(Cvr.parse("13748136")).hasSameHashCodeAs(Cvr.parse("13748136"));
    assertThat(Cvr.parse("13748136")).isNotEqualTo(Cvr.parse("10000009"));
  }

  private static int weightedSum(String digits) {
    int[] weights = {2, 7, 6, 5, 4, 3, 2, 1};
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (digits.charAt(i) - '0') * weights[i];
    }
    return sum;
  }
}
