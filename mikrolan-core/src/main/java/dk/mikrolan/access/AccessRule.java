package dk.mikrolan.access;

import dk.mikrolan.rules.RuleText;
import dk.mikrolan.rules.ViolationKind;

/**
 * Why an actor may not do something. Outside the actor's municipalities a case does not exist
 * for it, so {@link #NOT_FOUND} never tells it otherwise; an adapter answers it as "not found".
 */
public enum AccessRule implements ViolationKind {
  /** None of the actor's roles may do this. */
  NOT_PERMITTED("role", "Din rolle giver ikke adgang til dette (%s).", "Your role does not allow this (%s)."),
  /** The municipality is not one the actor acts for: to the actor, it does not exist. */
  NOT_FOUND("municipalityCode", "Findes ikke.", "Not found.");

  private final RuleText text;

  AccessRule(String field, String danish, String english) {
    this.text = new RuleText(field, danish, english);
  }

  @Override
  public RuleText text() {
    return text;
  }
}
