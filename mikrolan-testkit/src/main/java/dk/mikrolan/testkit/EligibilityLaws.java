package dk.mikrolan.testkit;

import dk.mikrolan.eligibility.EligibilityRule;
import dk.mikrolan.eligibility.EligibilityStage;
import dk.mikrolan.eligibility.EligibilityStatus;
import dk.mikrolan.eligibility.EligibilityVerdict;
import dk.mikrolan.eligibility.RuleOutcome;
import dk.mikrolan.eligibility.RuleStatus;
import dk.mikrolan.rules.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * What must hold for every eligibility verdict, as plain Java: each method returns the laws that
 * are broken, described for a person, so any test library can call it.
 */
public final class EligibilityLaws {

  private EligibilityLaws() {}

  /**
   * Checks a verdict on its own.
   *
   * <ul>
   *   <li>every rule has exactly one outcome, in rule order;
   *   <li>the status is {@code NOT_ELIGIBLE} when a rule failed, else {@code INCOMPLETE} when one
   *       is not assessed, else {@code ELIGIBLE};
   *   <li>{@code failures()} are exactly the failed outcomes, and {@code reasons()} one per
   *       failure, each with the rule's id as code and the rule's field;
   *   <li>an outcome has a reason exactly when it failed;
   *   <li>each outcome's Danish and English texts name the rule and its source and end a sentence;
   *   <li>a scored criterion passes exactly when its score reaches the threshold in its facts.
   * </ul>
   *
   * @param verdict the verdict, not null
   * @return the broken laws, empty when all hold, never null
   */
  public static List<String> violations(EligibilityVerdict verdict) {
    List<String> broken = new ArrayList<>();
    List<EligibilityRule> rules = verdict.outcomes().stream().map(RuleOutcome::rule).toList();
    if (!rules.equals(List.of(EligibilityRule.values()))) {
      broken.add("outcomes are not one per rule in rule order: " + rules);
    }
    EligibilityStatus expected =
        verdict.outcomes().stream().anyMatch(o -> o.status() == RuleStatus.FAILED)
            ? EligibilityStatus.NOT_ELIGIBLE
            : verdict.outcomes().stream().anyMatch(o -> o.status() == RuleStatus.NOT_ASSESSED)
                ? EligibilityStatus.INCOMPLETE
                : EligibilityStatus.ELIGIBLE;
    if (verdict.status() != expected) {
      broken.add("status " + verdict.status() + " where the outcomes give " + expected);
    }
    if (!verdict.failures().equals(verdict.outcomes().stream().filter(o -> o.status() == RuleStatus.FAILED).toList())) {
      broken.add("failures() " + verdict.failures() + " are not exactly the failed outcomes");
    }
    List<Violation> reasons = verdict.reasons().toJavaList();
    List<String> reasonCodes = reasons.stream().map(Violation::code).toList();
    List<String> failedIds = verdict.failures().stream().map(o -> o.rule().name()).toList();
    if (!reasonCodes.equals(failedIds)) {
      broken.add("reasons " + reasonCodes + " do not name exactly the failed rules " + failedIds);
    }
    for (RuleOutcome o : verdict.outcomes()) {
      broken.addAll(outcomeViolations(o));
    }
    return broken;
  }

  /**
   * Checks that adding a failing fact made things no better: the verdict after is not {@code
   * ELIGIBLE}, has at least as many failures as before, every rule that failed before still fails,
   * and the worsened rule fails.
   *
   * @param before the verdict before, not null
   * @param worsened the rule whose fact was made a failing one, not null
   * @param after the verdict after, not null
   * @return the broken laws, empty when all hold, never null
   */
  public static List<String> worseningViolations(
      EligibilityVerdict before, EligibilityRule worsened, EligibilityVerdict after) {
    List<String> broken = new ArrayList<>();
    if (after.status() == EligibilityStatus.ELIGIBLE) {
      broken.add("a failing fact for " + worsened + " left the verdict ELIGIBLE");
    }
    if (after.failures().size() < before.failures().size()) {
      broken.add("failures fell from " + before.failures().size() + " to " + after.failures().size());
    }
    for (RuleOutcome o : before.failures()) {
      if (after.outcome(o.rule()).status() != RuleStatus.FAILED) {
        broken.add(o.rule() + " failed before and is " + after.outcome(o.rule()).status() + " after");
      }
    }
    if (after.outcome(worsened).status() != RuleStatus.FAILED) {
      broken.add("the worsened rule " + worsened + " is " + after.outcome(worsened).status());
    }
    return broken;
  }

  private static List<String> outcomeViolations(RuleOutcome o) {
    List<String> broken = new ArrayList<>();
    EligibilityRule rule = o.rule();
    if (o.reason().isPresent() != (o.status() == RuleStatus.FAILED)) {
      broken.add(rule + " " + o.status() + " has " + (o.reason().isPresent() ? "a" : "no") + " reason");
    }
    o.reason().ifPresent(r -> {
      if (!r.code().equals(rule.name()) || !r.field().equals(rule.field())) {
        broken.add(rule + "'s reason has code " + r.code() + " and field " + r.field());
      }
      if (!r.danish().equals(o.danishText()) || !r.english().equals(o.englishText())) {
        broken.add(rule + "'s reason does not carry the outcome's texts");
      }
    });
    String danish = o.danishText();
    String english = o.englishText();
    if (!danish.contains("'" + rule.danishName() + "'") || !danish.contains(rule.source())
        || !danish.endsWith(".")) {
      broken.add(rule + "'s Danish text does not name the rule and its source: " + danish);
    }
    if (!english.contains("'" + rule.englishName() + "'") || !english.contains(rule.englishSource())
        || !english.endsWith(".")) {
      broken.add(rule + "'s English text does not name the rule and its source: " + english);
    }
    if (rule.stage() == EligibilityStage.ASSESSMENT && o.facts().containsKey("score")) {
      int score = Integer.parseInt(o.facts().get("score"));
      int threshold = Integer.parseInt(o.facts().get("threshold"));
      RuleStatus expected = score >= threshold ? RuleStatus.PASSED : RuleStatus.FAILED;
      if (o.status() != expected) {
        broken.add(rule + " scored " + score + " against " + threshold + " is " + o.status());
      }
      if (!danish.contains("vurderet " + score + " ") || !danish.contains("mindst " + threshold + " kræves")) {
        broken.add(rule + "'s Danish text does not cite score and threshold: " + danish);
      }
    }
    return broken;
  }
}
