package dk.mikrolan.office;

import dk.mikrolan.rules.RuleText;
import dk.mikrolan.rules.ViolationKind;

/**
 * Why the entry point refuses a date the world supplied (a meeting held earlier, a payment's value
 * date): the future has not happened, and registering long after the fact is the municipality's
 * to allow, not the caller's.
 */
public enum OfficeRule implements ViolationKind {
  /** A date after today. */
  DATE_IN_FUTURE("date", "Datoen %s ligger efter i dag, %s.", "The date %s is after today, %s."),
  /** A date registered later than the entry point allows. */
  REGISTERED_TOO_LATE("date", "Datoen %s ligger mere end %s dage før i dag; registrér den som en rettelse.",
      "The date %s is more than %s days before today; record it as a correction.");

  private final RuleText text;

  OfficeRule(String field, String danish, String english) {
    this.text = new RuleText(field, danish, english);
  }

  @Override
  public RuleText text() {
    return text;
  }
}
