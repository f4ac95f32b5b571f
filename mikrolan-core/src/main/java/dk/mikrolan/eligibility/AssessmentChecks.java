package dk.mikrolan.eligibility;

import static dk.mikrolan.eligibility.RuleStatus.FAILED;
import static dk.mikrolan.eligibility.RuleStatus.NOT_ASSESSED;
import static dk.mikrolan.eligibility.RuleStatus.PASSED;

import dk.mikrolan.policy.ProgrammePolicy;
import java.util.Optional;

/**
 * The criteria the advisor scores after the café meetings (memo, "Reelt ønske om selvstændighed":
 * competences, courage, market, feasibility, passion): each passes when its score reaches the
 * policy's threshold (default 3 on a scale from 1 to 5).
 *
 * <p>One instance checks every criterion of one assessment under one policy: what the criteria
 * share (the scale, the threshold, the assessment's date in words) is worked out once.
 */
final class AssessmentChecks {

  private final Optional<Assessment> assessment;
  private final int min;
  private final int max;
  private final int threshold;
  private final boolean onScale;
  private final String scaleMin;
  private final String scaleMax;
  private final String thresholdText;
  private final String assessedOn;
  private final String danishOf;
  private final String englishOf;
  private final String danishScale;
  private final String englishScale;

  AssessmentChecks(Optional<Assessment> assessment, ProgrammePolicy policy) {
    this.assessment = assessment;
    this.min = policy.assessmentScaleMin();
    this.max = policy.assessmentScaleMax();
    this.threshold = policy.assessmentThreshold();
    this.onScale = assessment.isPresent() && assessment.get().isOnScaleOf(policy);
    this.scaleMin = String.valueOf(min);
    this.scaleMax = String.valueOf(max);
    this.thresholdText = String.valueOf(threshold);
    this.assessedOn = assessment.map(a -> a.date().toString()).orElse("");
    this.danishOf = assessment.map(a -> "vejlederens vurdering af " + Wording.danishDate(a.date())).orElse("");
    this.englishOf = assessment.map(a -> "the advisor's assessment of " + Wording.englishDate(a.date())).orElse("");
    this.danishScale = " på en skala fra " + min + " til " + max + ", hvor mindst " + threshold + " kræves, i "
        + danishOf + ". Vejlederens bemærkning: ";
    this.englishScale = " on a scale from " + min + " to " + max + ", where at least " + threshold
        + " is required, in " + englishOf + ". The advisor's note: ";
  }

  RuleOutcome check(EligibilityRule rule) {
    if (rule.stage() != EligibilityStage.ASSESSMENT) {
      throw new IllegalArgumentException(rule + " is not scored by the advisor");
    }
    Facts.Builder used = new Facts.Builder();
    used.put("scaleMin", scaleMin);
    used.put("scaleMax", scaleMax);
    used.put("threshold", thresholdText);
    if (assessment.isEmpty()) {
      return new RuleOutcome(
          rule,
          NOT_ASSESSED,
          used.build(),
          "vejlederens vurdering foreligger endnu ikke.",
          "the advisor's assessment is not yet available.");
    }
    Assessment a = assessment.get();
    used.put("advisorId", a.advisorId());
    used.put("assessedOn", assessedOn);
    // A score means something only on the scale it was given on: after a policy change of scale,
    // the criterion is assessed again rather than read on the new scale.
    if (!onScale) {
      used.put("assessmentScaleMin", String.valueOf(a.scaleMin()));
      used.put("assessmentScaleMax", String.valueOf(a.scaleMax()));
      return new RuleOutcome(
          rule,
          NOT_ASSESSED,
          used.build(),
          danishOf + " er givet på en skala fra " + a.scaleMin() + " til " + a.scaleMax()
              + ", men kommunens regler bruger en skala fra " + min + " til " + max
              + ", så kriteriet skal vurderes igen.",
          englishOf + " used a scale from " + a.scaleMin() + " to " + a.scaleMax()
              + ", but the municipality's rules use a scale from " + min + " to " + max
              + ", so the criterion must be assessed again.");
    }
    Optional<Score> score = a.score(rule);
    if (score.isEmpty()) {
      return new RuleOutcome(
          rule,
          NOT_ASSESSED,
          used.build(),
          danishOf + " giver ingen score for kriteriet.",
          englishOf + " gives no score for this criterion.");
    }
    Score s = score.get();
    String note = Wording.sentence(s.note());
    used.put("score", String.valueOf(s.value()));
    used.put("note", s.note().strip());
    return new RuleOutcome(
        rule,
        s.value() >= threshold ? PASSED : FAILED,
        used.build(),
        "vurderet " + s.value() + danishScale + note,
        "scored " + s.value() + englishScale + note);
  }
}
