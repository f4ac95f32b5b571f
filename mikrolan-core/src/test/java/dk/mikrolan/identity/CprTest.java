package dk.mikrolan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.mikrolan.rules.InvalidInputException;
import dk.mikrolan.rules.Violation;
import io.vavr.control.Validation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Examples of CPR numbers. The numbers are made up; test names show an index or the birth year,
 * never a number.
 */
class CprTest {

  @ParameterizedTest(name = "seventh digit {1}, year {0}: born {2}")
  @CsvSource({
    // 0-3: always the 1900s.
    "00, 0, 1900", "99, 0, 1999", "00, 3, 1900", "99, 3, 1999", "36, 1, 1936", "37, 2, 1937",
    "57, 3, 1957", "58, 0, 1958",
    // 4 and 9: 2000-2036, else 1937-1999.
    "36, 4, 2036", "37, 4, 1937", "00, 4, 2000", "99, 4, 1999",
    "36, 9, 2036", "37, 9, 1937", "00, 9, 2000", "99, 9, 1999",
    // 5-8: 2000-2057, else 1858-1899.
    "57, 5, 2057", "58, 5, 1858", "00, 5, 2000", "99, 5, 1899",
    "57, 8, 2057", "58, 8, 1858", "36, 6, 2036", "37, 7, 2037"
  })
  void takesTheCenturyFromTheSeventhDigitAndTheYear(String yy, int seventh, int year) {
    Cpr cpr = Cpr.parse("0107" + yy + "-" + seventh + "123");

    assertThat(cpr.birthDate()).isEqualTo(LocalDate.of(year, 7, 1));
  }

  @ParameterizedTest(name = "[{index}]")
  @ValueSource(strings = {"300299-1234", "290201-1234", "290201-4234", "290200-0234", "320199-1234",
      "001099-1234", "011399-1234", "310499-1234", "000000-0000"})
  void refusesABirthDateThatDoesNotExist(String number) {
    Validation<Violation, Cpr> checked = Cpr.validate(number, "cpr");

    assertThat(checked.isInvalid()).isTrue();
    assertThat(checked.getError().code()).isEqualTo("CPR_INVALID_DATE");
    assertThat(checked.getError().field()).isEqualTo("cpr");
  }

  @Test
  void acceptsTheTwentyNinthOfFebruary2000BecauseItWasALeapYear() {
    assertThat(Cpr.parse("290200-4123").birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
    assertThat(Cpr.parse("290296-1123").birthDate()).isEqualTo(LocalDate.of(1996, 2, 29));
  }

  @ParameterizedTest(name = "[{index}]")
  @ValueSource(strings = {"", "010190-123", "010190-12345", "01019-01234", "010190 1234", "010190--1234",
      "O10190-1234", "010190-12a4", "-0101901234", "0101901234-", "٠١٠١٩٠-١٢٣٤", " 010190-1234"})
  void refusesAnythingButTenDigitsWithAnOptionalHyphen(String text) {
    Validation<Violation, Cpr> checked = Cpr.validate(text, "applicant.cpr");

    assertThat(checked.getError().code()).isEqualTo("CPR_MALFORMED");
    assertThat(checked.getError().field()).isEqualTo("applicant.cpr");
  }

  @Test
  void findsAndMasksEveryNumberInFreeTextAndNothingElse() {
    String note = "Partner 010170-1234 og 1503904000 ringede; også 020280 1234, 030390.1234 og 040490\u20131234;"
        + " konto 12345678901, dato 320190-1234, tlf. 86 12 34 56.";
    assertThat(Cpr.maskIn(note)).isEqualTo("Partner 010170-XXXX og 150390-XXXX ringede; også 020280-XXXX,"
        + " 030390-XXXX og 040490-XXXX; konto 12345678901, dato 320190-1234, tlf. 86 12 34 56.");
    assertThat(Cpr.othersIn(note, Cpr.parse("150390-4000")))
        .containsExactly("010170-XXXX", "020280-XXXX", "030390-XXXX", "040490-XXXX");
    assertThat(Cpr.maskIn(note, Cpr.parse("150390-4000"))).startsWith("Partner 010170-XXXX og 1503904000 ringede");
    assertThat(Cpr.maskIn("ingen numre")).isEqualTo("ingen numre");
    assertThat(Cpr.othersIn("", Cpr.parse("150390-4000"))).isEmpty();
    assertThat(Cpr.redactIn("/api/v1/cases/751/1503904000/exports")).isEqualTo("/api/v1/cases/751/XXXXXX-XXXX/exports");
    // 29 February in a year without it (1901 by the seventh digit) is no valid number, but masked all the same.
    assertThat(Cpr.maskIn("290201-1234")).isEqualTo("290201-XXXX");
    assertThat(Cpr.mayAppearIn("sag 020280 1234")).isTrue();
  }

  @Test
  void acceptsBothFormsAsTheSameNumber() {
    Cpr withHyphen = Cpr.parse("150588-4104");
    Cpr without = Cpr.parse("1505884104");

    assertThat(withHyphen.equals(without)).isTrue();
    assertThat(withHyphen.hashCode()).isEqualTo(without.hashCode());
    assertThat(without.fullNumber()).isEqualTo("150588-4104");
  }

  @Test
  void givesTheFullNumberOnlyWhenAskedAndParsesItBack() {
    Cpr cpr = Cpr.parse("1505884104");

    assertThat(cpr.fullNumber()).isEqualTo("150588-4104");
    assertThat(Cpr.parse(cpr.fullNumber()).equals(cpr)).isTrue();
  }

  @Test
  void masksTheSerialInToString() {
    Cpr cpr = Cpr.parse("150588-4104");

    assertThat(cpr.toString()).isEqualTo("150588-XXXX");
    assertThat(cpr.masked()).isEqualTo("150588-XXXX");
    assertThat(String.valueOf(cpr)).doesNotContain("4104");
  }

  @Test
  void flagsAFailedModulus11CheckWithoutRejecting() {
    // Numbers without the check have been issued since 1 October 2007 (CPR-kontoret).
    assertThat(Cpr.parse("150588-4104").passesModulus11()).isTrue();
    assertThat(Cpr.validate("150588-4105", "cpr").isValid()).isTrue();
    assertThat(Cpr.parse("150588-4105").passesModulus11()).isFalse();
  }

  @Test
  void isUnequalForAnotherSerial() {
    assertThat(Cpr.parse("150588-4104").equals(Cpr.parse("150588-4105"))).isFalse();
    assertThat(Cpr.parse("150588-4104").equals("150588-4104")).isFalse();
  }

  @ParameterizedTest(name = "[{index}]")
  @ValueSource(strings = {"300299-9876", "3002999876", "150588-987", "15058898765", "150588-98x6"})
  void neverRepeatsTheNumberInAViolationOrException(String text) {
    Violation violation = Cpr.validate(text, "cpr").getError();
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Cpr.parse(text));

    for (String leak : new String[] {"9876", "987", text}) {
      assertThat(violation.danish()).doesNotContain(leak);
      assertThat(violation.english()).doesNotContain(leak);
      assertThat(violation.toString()).doesNotContain(leak);
      assertThat(e.getMessage()).doesNotContain(leak);
    }
    assertThat(e.violations()).containsExactly(violation);
  }
}
