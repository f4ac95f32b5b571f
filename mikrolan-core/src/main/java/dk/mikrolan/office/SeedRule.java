package dk.mikrolan.office;

import dk.mikrolan.rules.RuleText;
import dk.mikrolan.rules.ViolationKind;

/** Why a policy file cannot seed the policy history. */
public enum SeedRule implements ViolationKind {
  /** The file states a version that was adopted with other content. */
  CONTRADICTS_ADOPTED("policy", "%s: %s afviger fra den vedtagne version gældende fra %s.",
      "%s: %s differs from the adopted version valid from %s.");

  private final RuleText text;

  SeedRule(String field, String danish, String english) {
    this.text = new RuleText(field, danish, english);
  }

  @Override
  public RuleText text() {
    return text;
  }
}
