package dk.mikrolan.aid;

import dk.mikrolan.rules.RuleText;
import dk.mikrolan.rules.ViolationKind;

/**
 * The reasons behind aid rates that cannot be found and de minimis records that refuse a command,
 * each a stable code with Danish and English text.
 */
public enum AidRule implements ViolationKind {
  /** The policy's margin on the base rate makes the reference rate 100 % or more. */
  REFERENCE_RATE_TOO_HIGH(
      "referenceMarginBasisPoints",
      "Basisrenten %s plus marginen på %s basispoint giver en referencesats på 100 %% eller mere.",
      "The base rate %s plus the margin of %s basis points gives a reference rate of 100 %% or more."),
  /** No DG COMP base rate in the policy is in force on the date. */
  NO_BASE_RATE_IN_FORCE(
      "date", "Der er ingen basisrente i kraft den %s.", "No base rate is in force on %s."),
  /** No programme policy is in force on the grant date. */
  NO_POLICY_IN_FORCE("grantDate", "Der er ingen programpolitik i kraft den %s.", "No programme policy is in force on %s."),
  /** Aid is already recorded for the case (and not cancelled). */
  AID_ALREADY_RECORDED(
      "caseId", "Der er allerede registreret støtte for sag %s.", "Aid is already recorded for case %s."),
  /** A negative aid equivalent. */
  AID_NEGATIVE("gge", "Støtteækvivalenten må ikke være negativ.", "The aid equivalent must not be negative."),
  /** An exchange rate of zero or less. */
  EXCHANGE_RATE_NOT_POSITIVE(
      "eurDkkRate", "Kursen (kr. pr. euro) skal være større end 0.", "The rate (DKK per euro) must be more than 0."),
  /**
   * A rate the krone cannot have: it is held in ERM II at 7.46038 kr. per euro ± 2.25 %
   * (Danmarks Nationalbank), so a rate outside the band is a typing error, and one far outside it
   * would let almost any aid pass the ceiling.
   */
  EXCHANGE_RATE_OUTSIDE_BAND(
      "eurDkkRate", "Kursen %s kr. pr. euro ligger uden for ERM II-båndet %s–%s.",
      "The rate of %s DKK per euro lies outside the ERM II band %s–%s."),
  /** A granting authority that is not a municipality code. */
  AUTHORITY_MALFORMED(
      "grantingAuthority",
      "Den støttegivende myndighed skal angives med kommunekoden (tre cifre): '%s'.",
      "The granting authority must be given as the municipality code (three digits): '%s'."),
  /** The new aid would take the undertaking past the ceiling in some period of three years. */
  CEILING_EXCEEDED(
      "gge",
      "Støtten på %s bringer de minimis-støtten i de tre år til og med %s op på %s, over loftet på %s.",
      "The aid of %s brings the de minimis aid in the three years up to and including %s to %s,"
          + " above the ceiling of %s."),
  /** A cancellation for a case without recorded aid. */
  NO_AID_FOR_CASE("caseId", "Der er ingen registreret støtte for sag %s.", "No aid is recorded for case %s."),
  /** A cancellation dated before the grant. */
  CANCELLED_BEFORE_GRANT(
      "date",
      "Annulleringen den %s ligger før bevillingen den %s.",
      "The cancellation on %s is before the grant on %s."),
  /** A cancellation without a reason. */
  REASON_MISSING("reason", "Angiv hvorfor støtten annulleres.", "Say why the aid is cancelled.");

  private final RuleText text;

  AidRule(String field, String danish, String english) {
    this.text = new RuleText(field, danish, english);
  }

  @Override
  public RuleText text() {
    return text;
  }
}
