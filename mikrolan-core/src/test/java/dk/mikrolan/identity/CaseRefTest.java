package dk.mikrolan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaseRefTest {

  @Test
  void obtainsAReferenceFromACodeAndACaseId() {
    CaseRef ref = CaseRef.of("751", CaseId.of("2026-0042"));

    assertThat(ref.municipalityCode()).isEqualTo("751");
    assertThat(ref.caseId()).isEqualTo(CaseId.of("2026-0042"));
    assertThat(CaseRef.of("751", "2026-0042")).isEqualTo(ref);
  }

  @Test
  void writesTheCodeAndTheCaseIdSeparatedByAColon() {
    assertThat(CaseRef.of("751", "2026-0042")).hasToString("751:2026-0042");
    assertThat(CaseRef.of("101", "15.00.00-P20-1-26")).hasToString("101:15.00.00-P20-1-26");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"751:2026-0042", "101:2026-0042", "000:A", "851:case:2026_17", "751:" + "a"
      + "bcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijkl"})
  void parsesWhatItWrites(String text) {
    CaseRef ref = CaseRef.parse(text);

    assertThat(ref.toString()).isEqualTo(text);
    assertThat(CaseRef.parse(ref.toString())).isEqualTo(ref);
  }

  @Test
  void parsesTheCaseIdAfterTheFirstColonEvenWhenItHoldsColons() {
    CaseRef ref = CaseRef.parse("851:case:2026_17");

    assertThat(ref.municipalityCode()).isEqualTo("851");
    assertThat(ref.caseId()).isEqualTo(CaseId.of("case:2026_17"));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "751", "751:", "751-2026-0042", "75:2026-0042", "7510:2026-0042", "abc:2026-0042",
      " 751:2026", "751: 2026", "751:-2026", "751:sag 42", "2026-0042"})
  void refusesToParseAnythingElse(String text) {
    assertThatThrownBy(() -> CaseRef.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "75", "7510", "75a", "abc", " 751", "751 ", "٧٥١"})
  void refusesAMalformedMunicipalityCode(String code) {
    assertThatThrownBy(() -> CaseRef.of(code, "2026-0042")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesNullParts() {
    assertThatThrownBy(() -> CaseRef.of(null, CaseId.of("2026-0042"))).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> CaseRef.of("751", (CaseId) null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void isEqualByMunicipalityAndCaseId() {
    CaseRef aarhus = CaseRef.of("751", "2026-0042");

    assertThat(aarhus).isEqualTo(CaseRef.of("751", "2026-0042")).hasSameHashCodeAs(CaseRef.of("751", "2026-0042"));
    assertThat(aarhus).isNotEqualTo(CaseRef.of("101", "2026-0042"));
    assertThat(aarhus).isNotEqualTo(CaseRef.of("751", "2026-0043"));
  }
}
