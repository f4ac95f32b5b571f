package dk.mikrolan.schedule;

import dk.mikrolan.rules.RuleText;
import dk.mikrolan.rules.ViolationKind;

/**
 * The ways repayment terms can be wrong, each with a stable code (its name), the field it
 * concerns, and its Danish and English texts ({@code %s} placeholders filled in order).
 */
public enum TermsViolation implements ViolationKind {
  /** No principal. */
  PRINCIPAL_MISSING("principal", "Lånebeløbet mangler.", "The principal is missing."),
  /** Principal below the policy's floor (memo: loans from DKK 1,000). */
  PRINCIPAL_BELOW_FLOOR(
      "principal",
      // No full stop after the last %s in Danish: the amount is formatted "5.000,00 kr.", whose
      // abbreviation point ends the sentence.
      "Lånebeløbet %s er under kommunens mindstebeløb på %s",
      "The principal %s is below the municipality's floor of %s."),
  /** Principal above the policy's ceiling (memo: loans up to DKK 50,000). */
  PRINCIPAL_ABOVE_CEILING(
      "principal",
      "Lånebeløbet %s er over kommunens loft på %s",
      "The principal %s is above the municipality's ceiling of %s."),
  /** No first due date. */
  FIRST_DUE_DATE_MISSING("firstDueDate", "Første forfaldsdato mangler.", "The first due date is missing."),
  /** A due date outside the years the banking calendar covers. */
  DUE_DATE_OUTSIDE_CALENDAR(
      "firstDueDate",
      "Forfaldsdatoerne skal ligge i årene %s–%s; planen rækker til %s.",
      "Due dates must lie in the years %s–%s; the plan runs to %s."),
  /** No frequency. */
  FREQUENCY_MISSING("frequency", "Afdragshyppigheden mangler.", "The frequency is missing."),
  /** Neither a count nor an amount. */
  PLAN_MISSING(
      "instalmentCount",
      "Angiv enten antal afdrag eller afdragets størrelse.",
      "Give either the number of instalments or the instalment amount."),
  /** Both a count and an amount. */
  PLAN_AMBIGUOUS(
      "instalmentCount",
      "Angiv kun én af: antal afdrag eller afdragets størrelse.",
      "Give only one of the number of instalments and the instalment amount."),
  /** Count below 1. */
  INSTALMENT_COUNT_NOT_POSITIVE(
      "instalmentCount", "Antal afdrag skal være mindst 1, ikke %s.", "The number of instalments must be at least 1, not %s."),
  /** More instalments than the policy allows. */
  INSTALMENTS_ABOVE_MAX(
      "instalmentCount",
      "Planen giver %s afdrag; kommunen tillader højst %s.",
      "The plan gives %s instalments; the municipality allows at most %s."),
  /** More instalments than whole units in the principal, which would leave empty instalments. */
  INSTALMENT_COUNT_ABOVE_UNITS(
      "instalmentCount",
      "%s afdrag er for mange: lånebeløbet rækker kun til %s afdrag i hele %s.",
      "%s instalments are too many: the principal only covers %s instalments of whole %s."),
  /** Fixed amount zero or negative. */
  INSTALMENT_AMOUNT_NOT_POSITIVE(
      "instalmentAmount", "Afdraget skal være større end 0 kr.", "The instalment amount must be more than DKK 0."),
  /** Fixed amount not a whole number of rounding units. */
  INSTALMENT_AMOUNT_NOT_WHOLE_UNITS(
      "instalmentAmount",
      "Afdraget %s skal være et helt antal %s.",
      "The instalment amount %s must be a whole number of %s."),
  /** First due date not after the disbursement date. */
  FIRST_DUE_DATE_NOT_AFTER_DISBURSEMENT(
      "firstDueDate",
      "Første forfaldsdato %s skal ligge efter udbetalingsdatoen %s.",
      "The first due date %s must be after the disbursement date %s."),
  /** Grace period longer than the policy allows. */
  GRACE_PERIOD_ABOVE_MAX(
      "firstDueDate",
      "Den afdragsfrie periode er %s måneder; kommunen tillader højst %s.",
      "The grace period is %s months; the municipality allows at most %s."),
  /** No policy version in force on the date that decides. */
  NO_POLICY_IN_FORCE(
      "disbursementDate",
      "Der er ingen lånepolitik i kraft den %s.",
      "No loan policy is in force on %s.");

  private final RuleText text;

  TermsViolation(String field, String danish, String english) {
    this.text = new RuleText(field, danish, english);
  }

  @Override
  public RuleText text() {
    return text;
  }
}
