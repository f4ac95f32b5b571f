package dk.mikrolan.eligibility;

import static dk.mikrolan.eligibility.EligibilityRule.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.rules.InvalidInputException;
import dk.mikrolan.rules.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssessmentTest {

  private static final ProgrammePolicy MEMO =
      policy(1, 5, 3);

  private static final LocalDate DATE = LocalDate.of(2026, 3, 3);

  private static ProgrammePolicy policy(int min, int max, int threshold) {
    ProgrammePolicy.Builder b = ProgrammePolicy.builder();
    b.municipalityCode("751").municipalityName("Aarhus").validFrom(LocalDate.of(2026, 1, 1));
    return b.assessmentScaleMin(min).assessmentScaleMax(max).assessmentThreshold(threshold).build();
  }

  private static Map<EligibilityRule, Score> scores(Object... ruleValueNote) {
    Map<EligibilityRule, Score> scores = new EnumMap<>(EligibilityRule.class);
    for (int i = 0; i < ruleValueNote.length; i += 3) {
      scores.put((EligibilityRule) ruleValueNote[i], Score.of((Integer) ruleValueNote[i + 1], (String) ruleValueNote[i + 2]));
    }
    return scores;
  }

  private static Seq<Violation> problems(Validation<Seq<Violation>, Assessment> checked) {
    assertThat(checked.isInvalid()).as("refused: %s", checked).isTrue();
    return checked.getError();
  }

  @Test
  void acceptsScoresAtBothEndsOfTheScaleWithNotes() {
    Validation<Seq<Violation>, Assessment> checked =
        Assessment.validate("AAR-V17", DATE, scores(COURAGE, 1, "Tøver.", PASSION, 5, "Brænder for det."), MEMO);

    assertThat(checked.isValid()).as("%s", checked).isTrue();
    Assessment a = checked.get();
    assertThat(a.advisorId()).isEqualTo("AAR-V17");
    assertThat(a.date()).isEqualTo(DATE);
    assertThat(a.scaleMin()).isEqualTo(1);
    assertThat(a.scaleMax()).isEqualTo(5);
    assertThat(a.score(COURAGE)).contains(Score.of(1, "Tøver."));
    assertThat(a.score(MARKET)).isEmpty();
    assertThat(a.scores()).containsOnlyKeys(COURAGE, PASSION);
  }

  @Test
  void trimsTheAdvisorsId() {
    assertThat(Assessment.of("  AAR-V17 ", DATE, scores(MARKET, 3, "OK"), MEMO).advisorId()).isEqualTo("AAR-V17");
  }

  @Test
  void remembersTheScaleItWasScoredOn() {
    Assessment a = Assessment.of("AAR-V17", DATE, scores(MARKET, 3, "OK"), MEMO);

    assertThat(a.isOnScaleOf(MEMO)).isTrue();
    assertThat(a.isOnScaleOf(policy(1, 5, 4))).isTrue();
    assertThat(a.isOnScaleOf(policy(1, 10, 6))).isFalse();
    assertThat(a.isOnScaleOf(policy(0, 5, 3))).isFalse();
  }

  @Test
  void rejectsScoresOffThePolicysScale() {
    Seq<Violation> problems =
        problems(Assessment.validate("AAR-V17", DATE, scores(COURAGE, 0, "Lav.", MARKET, 6, "Høj."), MEMO));

    assertThat(problems).containsExactly(
        Violation.of("SCORE_OUTSIDE_SCALE", "scores.COURAGE.value",
            "Scoren 0 for kriteriet 'Gå-på-mod' ligger uden for skalaen fra 1 til 5.",
            "The score 0 for the criterion 'Courage' is outside the scale from 1 to 5."),
        Violation.of("SCORE_OUTSIDE_SCALE", "scores.MARKET.value",
            "Scoren 6 for kriteriet 'Marked' ligger uden for skalaen fra 1 til 5.",
            "The score 6 for the criterion 'Market' is outside the scale from 1 to 5."));
  }

  @Test
  void readsTheScaleFromThePolicy() {
    assertThat(Assessment.validate("AAR-V17", DATE, scores(COURAGE, 8, "Meget modig."), policy(0, 10, 6)).isValid())
        .isTrue();
    assertThat(problems(Assessment.validate("AAR-V17", DATE, scores(COURAGE, 8, "Meget modig."), MEMO)))
        .extracting(Violation::code)
        .containsExactly("SCORE_OUTSIDE_SCALE");
  }

  @Test
  void requiresANoteForEveryScore() {
    Seq<Violation> problems =
        problems(Assessment.validate("AAR-V17", DATE, scores(FEASIBILITY, 4, " \n", PASSION, 4, "Ja."), MEMO));

    assertThat(problems).containsExactly(
        Violation.of("NOTE_MISSING", "scores.FEASIBILITY.note",
            "Kriteriet 'Realiserbarhed' mangler vejlederens bemærkning.",
            "The criterion 'Feasibility' lacks the advisor's note."));
  }

  @Test
  void refusesScoresForRulesDecidedAtRoughSorting() {
    Seq<Violation> problems =
        problems(Assessment.validate("AAR-V17", DATE, scores(GENUINE_WISH, 4, "Vil gerne.", COURAGE, 4, "OK"), MEMO));

    assertThat(problems).extracting(Violation::code, Violation::field)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("CRITERION_NOT_SCORED_BY_ADVISOR", "scores.GENUINE_WISH"));
  }

  @Test
  void reportsEveryProblemTogether() {
    Map<EligibilityRule, Score> scores = new HashMap<>();
    scores.put(PASSION, Score.of(9, ""));
    scores.put(TARGET_GROUP, Score.of(3, "Kontanthjælp."));
    scores.put(MARKET, null);
    scores.put(null, Score.of(3, "Hvilket kriterium?"));

    Seq<Violation> problems = problems(Assessment.validate(" ", null, scores, MEMO));

    assertThat(problems).extracting(Violation::code).containsExactly(
        "ADVISOR_MISSING",
        "ASSESSMENT_DATE_MISSING",
        "CRITERION_MISSING",
        "CRITERION_NOT_SCORED_BY_ADVISOR",
        "SCORE_MISSING",
        "SCORE_OUTSIDE_SCALE",
        "NOTE_MISSING");
    assertThat(problems).extracting(Violation::field).containsExactly(
        "advisorId", "date", "scores", "scores.TARGET_GROUP", "scores.MARKET", "scores.PASSION.value",
        "scores.PASSION.note");
  }

  @Test
  void requiresAtLeastOneScore() {
    assertThat(problems(Assessment.validate("AAR-V17", DATE, Map.of(), MEMO)))
        .containsExactly(Violation.of("NO_SCORES", "scores",
            "Vurderingen skal give mindst ét kriterium en score.", "The assessment must score at least one criterion."));
    assertThat(problems(Assessment.validate(null, DATE, null, MEMO))).extracting(Violation::code)
        .containsExactly("ADVISOR_MISSING", "NO_SCORES");
  }

  @Test
  void refusesADateBeforeThePolicyTookEffect() {
    assertThat(problems(Assessment.validate("AAR-V17", LocalDate.of(2025, 12, 31), scores(MARKET, 3, "OK"), MEMO)))
        .containsExactly(Violation.of("ASSESSMENT_DATE_BEFORE_POLICY", "date",
            "Vurderingen er dateret 31. december 2025, før kommunens regler af 1. januar 2026 trådte i kraft.",
            "The assessment is dated 31 December 2025, before the municipality's rules of 1 January 2026 took effect."));
    assertThat(Assessment.validate("AAR-V17", LocalDate.of(2026, 1, 1), scores(MARKET, 3, "OK"), MEMO).isValid())
        .isTrue();
  }

  @Test
  void throwsEveryViolationFromTheThrowingFactory() {
    assertThatThrownBy(() -> Assessment.of("", DATE, scores(MARKET, 7, ""), MEMO))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations()).extracting(Violation::code)
                .containsExactly("ADVISOR_MISSING", "SCORE_OUTSIDE_SCALE", "NOTE_MISSING"));
  }

  @Test
  void comparesAssessmentsByValue() {
    Assessment a = Assessment.of("AAR-V17", DATE, scores(MARKET, 3, "OK"), MEMO);
    Assessment same = Assessment.of("AAR-V17", DATE, scores(MARKET, 3, "OK"), MEMO);

    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(a).isNotEqualTo(Assessment.of("AAR-V17", DATE, scores(MARKET, 4, "OK"), MEMO));
    assertThat(a).isNotEqualTo(Assessment.of("AAR-V17", DATE, scores(MARKET, 3, "OK"), policy(1, 6, 3)));
  }

  @Test
  void keepsNotesOutOfToString() {
    Score score = Score.of(2, "Angst for telefonen");
    Assessment a = Assessment.of("AAR-V17", DATE, scores(COURAGE, 2, "Angst for telefonen"), MEMO);

    assertThat(score).hasToString("2 (note of 19 characters)");
    assertThat(a.toString()).contains("AAR-V17").contains("COURAGE=2 (note of 19 characters)").doesNotContain("Angst");
  }

  @Test
  void comparesScoresByValueAndNote() {
    assertThat(Score.of(3, "OK")).isEqualTo(new Score(3, "OK")).hasSameHashCodeAs(new Score(3, "OK"));
    assertThat(Score.of(3, "OK")).isNotEqualTo(Score.of(3, "Ok"));
    assertThatThrownBy(() -> Score.of(3, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void acceptsImmutableAndSortedMapsWithoutThrowing() {
    assertThat(Assessment.validate("AAR-V17", DATE, Map.of(COURAGE, Score.of(4, "Modig.")), MEMO).isValid()).isTrue();
    assertThat(Assessment.validate("AAR-V17", DATE, new java.util.TreeMap<>(Map.of(MARKET, Score.of(4, "Marked."))), MEMO)
        .isValid()).isTrue();
  }
}
