package dk.mikrolan.eligibility;

import static dk.mikrolan.eligibility.AssessmentViolation.*;

import dk.mikrolan.ValueStyle;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.rules.InvalidInputException;
import dk.mikrolan.rules.Violation;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The advisor's assessment (vejlederens vurdering) after the café meetings: a score with a note
 * for each criterion of the {@link EligibilityStage#ASSESSMENT} stage the advisor has assessed.
 *
 * <p>An assessment is obtained only through {@link #validate} (or {@link #of}), against the policy
 * version in force on its date: every score lies on that policy's scale and every score has a
 * note, since the note is the consideration a justification must give (forvaltningsloven § 24). A
 * criterion may be left out; it is then {@linkplain RuleStatus#NOT_ASSESSED not assessed}. The
 * assessment remembers the scale it was scored on, so that a later policy with another scale never
 * reads its scores as if they were on the new one.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class Assessment {

  Assessment() {}

  /**
   * Validates an assessment from untrusted input, reporting every problem together.
   *
   * <p>It checks that the advisor's id is given, that the date is given and not before the policy
   * version took effect, that at least one criterion is scored, and for each score that it names
   * a criterion of the advisor's stage, has a value on the policy's scale (both ends inclusive) and
   * a non-blank note.
   *
   * @param advisorId the advisor's id as the host knows them, such as {@code AAR-V17}
   * @param date the date of the assessment
   * @param scores the score of each criterion assessed
   * @param policy the policy version in force on the date, not null
   * @return the assessment, or every violation found, never null
   */
  public static Validation<Seq<Violation>, Assessment> validate(
      @Nullable String advisorId,
      @Nullable LocalDate date,
      @Nullable Map<@Nullable EligibilityRule, @Nullable Score> scores,
      ProgrammePolicy policy) {
    Vector<Violation> problems = Vector.empty();
    if (advisorId == null || advisorId.isBlank()) {
      problems = problems.append(ADVISOR_MISSING.violation());
    }
    if (date == null) {
      problems = problems.append(ASSESSMENT_DATE_MISSING.violation());
    } else if (date.isBefore(policy.validFrom())) {
      problems =
          problems.append(
              ASSESSMENT_DATE_BEFORE_POLICY.violation(
                  new Object[] {Wording.danishDate(date), Wording.danishDate(policy.validFrom())},
                  new Object[] {Wording.englishDate(date), Wording.englishDate(policy.validFrom())}));
    }
    if (scores == null || scores.isEmpty()) {
      problems = problems.append(NO_SCORES.violation());
    } else {
      problems = problems.appendAll(scoreProblems(scores, policy));
    }
    if (!problems.isEmpty()) {
      return Validation.invalid(problems);
    }
    return Validation.valid(
        ImmutableAssessment.builder()
            .advisorId(advisorId.strip())
            .date(date)
            .scaleMin(policy.assessmentScaleMin())
            .scaleMax(policy.assessmentScaleMax())
            .putAllScores(scores)
            .build());
  }

  /**
   * Obtains an assessment from trusted input, such as one replayed from a stored event.
   *
   * @param advisorId the advisor's id, not blank, not null
   * @param date the date of the assessment, not null
   * @param scores the score of each criterion assessed, not null
   * @param policy the policy version in force on the date, not null
   * @return the assessment, never null
   * @throws InvalidInputException with every violation {@link #validate} would report
   */
  public static Assessment of(
      String advisorId, LocalDate date, Map<EligibilityRule, Score> scores, ProgrammePolicy policy) {
    Validation<Seq<Violation>, Assessment> checked = validate(advisorId, date, scores, policy);
    if (checked.isInvalid()) {
      throw new InvalidInputException(checked.getError());
    }
    return checked.get();
  }

  /** Returns the advisor's id (vejleder), as the host identifies its advisors. */
  public abstract String advisorId();

  /** Returns the date of the assessment. */
  public abstract LocalDate date();

  /** Returns the lowest score of the scale the assessment was scored on. */
  public abstract int scaleMin();

  /** Returns the highest score of the scale the assessment was scored on. */
  public abstract int scaleMax();

  /** Returns the score of each criterion assessed; criteria left out are not assessed. */
  public abstract Map<EligibilityRule, Score> scores();

  /**
   * Returns the score of one criterion.
   *
   * @param criterion the criterion, not null
   * @return the score, or empty when the criterion was not assessed, never null
   */
  public Optional<Score> score(EligibilityRule criterion) {
    return Optional.ofNullable(scores().get(criterion));
  }

  /**
   * Returns whether the assessment was scored on the policy's scale, so that the policy's
   * threshold applies to its scores.
   *
   * @param policy the policy, not null
   * @return true if both ends of the scales are equal
   */
  public boolean isOnScaleOf(ProgrammePolicy policy) {
    return scaleMin() == policy.assessmentScaleMin() && scaleMax() == policy.assessmentScaleMax();
  }

  // The invariants validate() establishes; only validate() builds, so a failure here is a bug.
  @Value.Check
  void check() {
    if (advisorId().isBlank() || scaleMin() >= scaleMax() || scores().isEmpty()) {
      throw new IllegalStateException("Assessment out of order: " + this);
    }
    scores()
        .forEach(
            (rule, score) -> {
              if (rule.stage() != EligibilityStage.ASSESSMENT
                  || score.value() < scaleMin()
                  || score.value() > scaleMax()
                  || score.note().isBlank()) {
                throw new IllegalStateException("Invalid score of " + rule + ": " + score);
              }
            });
  }

  private static Vector<Violation> scoreProblems(
      Map<@Nullable EligibilityRule, @Nullable Score> scores, ProgrammePolicy policy) {
    Vector<Violation> problems = Vector.empty();
    // containsKey(null) throws for Map.of and TreeMap: untrusted input must get a violation.
    if (scores.keySet().stream().anyMatch(java.util.Objects::isNull)) {
      problems = problems.append(CRITERION_MISSING.violation());
    }
    // In rule order, whatever the map's order, so the same input always lists the same way.
    Map<EligibilityRule, @Nullable Score> ordered = new EnumMap<>(EligibilityRule.class);
    scores.forEach(
        (rule, score) -> {
          if (rule != null) {
            ordered.put(rule, score);
          }
        });
    for (Map.Entry<EligibilityRule, @Nullable Score> entry : ordered.entrySet()) {
      EligibilityRule rule = entry.getKey();
      Score score = entry.getValue();
      Object[] da = {rule.danishName()};
      Object[] en = {rule.englishName()};
      if (rule.stage() != EligibilityStage.ASSESSMENT) {
        problems = problems.append(CRITERION_NOT_SCORED_BY_ADVISOR.about(rule, da, en));
        continue;
      }
      if (score == null) {
        problems = problems.append(SCORE_MISSING.about(rule, da, en));
        continue;
      }
      int min = policy.assessmentScaleMin();
      int max = policy.assessmentScaleMax();
      if (score.value() < min || score.value() > max) {
        problems =
            problems.append(
                SCORE_OUTSIDE_SCALE.about(
                    rule,
                    new Object[] {score.value(), rule.danishName(), min, max},
                    new Object[] {score.value(), rule.englishName(), min, max}));
      }
      if (score.note().isBlank()) {
        problems = problems.append(NOTE_MISSING.about(rule, da, en));
      }
    }
    return problems;
  }
}
