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
      "The date %s is more than %s days before today; record it as a correction."),
  /**
   * Reading a full CPR number, or exporting a case, needs a stated purpose (databeskyttelsesloven §
   * 11 and GDPR art. 5(1)(b): a CPR number is processed for a stated purpose only).
   */
  PURPOSE_REQUIRED("purpose", "Angiv formålet med 1–200 tegn (der er %s).",
      "State the purpose in 1–200 characters (it has %s)."),
  /**
   * A stated purpose is written to the CPR access log, which never holds a CPR number
   * (databeskyttelsesloven § 11): name the request by its reference, not by the person's number.
   */
  PURPOSE_HOLDS_CPR("purpose", "Formålet må ikke indeholde et CPR-nummer; henvis til sagen eller anmodningen.",
      "The purpose must not hold a CPR number; refer to the case or the request."),
  /** A loan fund is opened for a period that has not ended: loans are granted from it. */
  FUND_PERIOD_ENDED("period", "Perioden %s sluttede %s; der kan ikke åbnes en lånepulje for den.",
      "The period %s ended on %s; no loan fund can be opened for it."),
  /**
   * A referral names a participant id the municipality already gave a person with another CPR
   * number: one id, one person (the number is never repeated).
   */
  PARTICIPANT_CPR_MISMATCH("participant", "Deltager-id %s tilhører en anden person i kommunen.",
      "The participant id %s belongs to another person in the municipality."),
  /** What a command changes is no longer as the caller saw it (HTTP's If-Match). */
  VERSION_STALE("version", "Du så version %s, men den er nu %s; hent den igen og prøv på ny.",
      "You saw version %s, but it is now %s; fetch it again and retry.");

  private final RuleText text;

  OfficeRule(String field, String danish, String english) {
    this.text = new RuleText(field, danish, english);
  }

  @Override
  public RuleText text() {
    return text;
  }
}
