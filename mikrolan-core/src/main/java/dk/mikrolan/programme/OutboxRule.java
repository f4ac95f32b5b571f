package dk.mikrolan.programme;

import dk.mikrolan.rules.RuleText;
import dk.mikrolan.rules.ViolationKind;

/** Why the letter outbox refuses to record something. */
public enum OutboxRule implements ViolationKind {
  /** The letter's delivery is recorded already. */
  ALREADY_DELIVERED("letter", "Brevet %s er allerede afleveret.", "The letter %s has already been delivered.");

  private final RuleText text;

  OutboxRule(String field, String danish, String english) {
    this.text = new RuleText(field, danish, english);
  }

  @Override
  public RuleText text() {
    return text;
  }
}
