package dk.mikrolan.eligibility;

import static dk.mikrolan.eligibility.RuleStatus.FAILED;
import static dk.mikrolan.eligibility.RuleStatus.NOT_ASSESSED;
import static dk.mikrolan.eligibility.RuleStatus.PASSED;

import dk.mikrolan.policy.ProgrammePolicy;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import java.util.Optional;

/**
 * The criteria the advisor scores after the café meetings (memo, "Reelt ønske om selvstændighed":
 * competences, courage, market, feasibility, passion): each passes when its score reaches the
 * policy's threshold (default 3 on a scale from 1 to 5).
 */
final class AssessmentChecks {

  private AssessmentChecks() {}

  static RuleOutcome check(EligibilityRule rule, Optional<Assessment> assessment, ProgrammePolicy policy) {
    if (rule.stage() != EligibilityStage.ASSESSMENT) {
      throw new IllegalArgumentException(rule + " is not scored by the advisor");
    }
    int min = policy.assessmentScaleMin();
    int max = policy.assessmentScaleMax();
    int threshold = policy.assessmentThreshold();
    Map<String, String> used =
        LinkedHashMap.of(
            "scaleMin", String.valueOf(min), "scaleMax", String.valueOf(max), "threshold", String.valueOf(threshold));
    if (assessment.isEmpty()) {
      return new RuleOutcome(
          rule,
          NOT_ASSESSED,
          used.toJavaMap(),
          "vejlederens vurdering foreligger endnu ikke.",
          "the advisor's assessment is not yet available.");
    }
    Assessment a = assessment.get();
    used = used.put("advisorId", a.advisorId()).put("assessedOn", a.date().toString());
    String danishOf = "vejlederens vurdering af " + Wording.danishDate(a.date());
    String englishOf = "the advisor's assessment of " + Wording.englishDate(a.date());
    // A score means something only on the scale it was given on: after a policy change of scale,
    // the criterion is assessed again rather than read on the new scale.
    if (!a.isOnScaleOf(policy)) {
      used = used.put("assessmentScaleMin", String.valueOf(a.scaleMin()))
          .put("assessmentScaleMax", String.valueOf(a.scaleMax()));
      return new RuleOutcome(
          rule,
          NOT_ASSESSED,
          used.toJavaMap(),
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
          used.toJavaMap(),
          danishOf + " giver ingen score for kriteriet.",
          englishOf + " gives no score for this criterion.");
    }
    Score s = score.get();
    used = used.put("score", String.valueOf(s.value())).put("note", s.note().strip());
    return new RuleOutcome(
        rule,
        s.value() >= threshold ? PASSED : FAILED,
        used.toJavaMap(),
        "vurderet " + s.value() + " på en skala fra " + min + " til " + max + ", hvor mindst " + threshold
            + " kræves, i " + danishOf + ". Vejlederens bemærkning: " + Wording.sentence(s.note()),
        "scored " + s.value() + " on a scale from " + min + " to " + max + ", where at least " + threshold
            + " is required, in " + englishOf + ". The advisor's note: " + Wording.sentence(s.note()));
  }
}
