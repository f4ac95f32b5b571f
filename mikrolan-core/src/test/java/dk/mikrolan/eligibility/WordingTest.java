package dk.mikrolan.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordingTest {

  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "Tøver med at kontakte kunder|Tøver med at kontakte kunder.",
        "Tøver med at kontakte kunder.|Tøver med at kontakte kunder.",
        "Er der kunder nok?|Er der kunder nok?",
        "Brænder for idéen!|Brænder for idéen!",
        "Vil måske…|Vil måske…",
        "`  mellemrum omkring  `|mellemrum omkring.",
        "Hun sagde: »Det går.«|Hun sagde: »Det går.«",
        "Han sagde \"ja.\"|Han sagde \"ja.\"",
        "(Se notatet.)|(Se notatet.)",
        "Han sagde \"ja\"|Han sagde \"ja\".",
        "»«|»«.",
        "`''`|''.",
        "3,5 mio.|3,5 mio.",
        "slutter med komma,|slutter med komma,."
      })
  void aSentenceEndsWithAFullStopUnlessItAlreadyEnds(String note, String expected) {
    assertThat(Wording.sentence(note)).isEqualTo(expected);
  }

  @Test
  void onlyTheEndOfTheLastLineCounts() {
    assertThat(Wording.sentence("linje et.\nlinje to")).isEqualTo("linje et.\nlinje to.");
    assertThat(Wording.sentence("linje et\nlinje to!\n")).isEqualTo("linje et\nlinje to!");
    assertThat(Wording.sentence(".")).isEqualTo(".");
    assertThat(Wording.sentence("")).isEqualTo(".");
  }
}
