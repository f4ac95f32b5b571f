package dk.mikrolan.fund;

import dk.mikrolan.rules.RuleText;
import dk.mikrolan.rules.ViolationKind;

/** The reasons a loan fund refuses a command, each a stable code with Danish and English text. */
public enum LoanFundRule implements ViolationKind {
  /** The fund is open already. */
  ALREADY_OPENED("command", "Lånerammen er allerede oprettet.", "The loan fund has already been opened."),
  /** Nothing can happen before the fund is opened. */
  NOT_OPENED("command", "Lånerammen er ikke oprettet.", "The loan fund has not been opened."),
  /** A municipality code that is not three digits. */
  MUNICIPALITY_CODE_MALFORMED(
      "municipalityCode",
      "Kommunekoden skal være tre cifre: '%s'.",
      "The municipality code must be three digits: '%s'."),
  /** A ceiling of zero or less. */
  CEILING_NOT_POSITIVE("ceiling", "Lånerammen skal være større end 0 kr.", "The ceiling must be more than DKK 0."),
  /** An amount of zero or less. */
  AMOUNT_NOT_POSITIVE("amount", "Beløbet skal være større end 0 kr.", "The amount must be more than DKK 0."),
  /** A commitment above what is left of the ceiling. */
  ABOVE_REMAINING_ROOM(
      "amount",
      "Tilsagnet på %s overstiger det, der er tilbage af lånerammen, %s",
      "The commitment of %s exceeds what is left of the loan fund, %s."),
  /** A second commitment to a case with an open one. */
  CASE_ALREADY_COMMITTED(
      "caseId", "Sag %s har allerede et tilsagn på %s", "Case %s already has a commitment of %s."),
  /** A commitment to a case that has been paid out. */
  CASE_ALREADY_DISBURSED(
      "caseId", "Sag %s har allerede fået udbetalt %s", "Case %s has already been paid out %s."),
  /** A commitment dated outside the fund's period. */
  COMMIT_OUTSIDE_PERIOD(
      "date",
      "Tilsagnet den %s ligger uden for lånerammens periode %s.",
      "The commitment on %s is outside the loan fund's period %s."),
  /** A case the fund knows nothing about. */
  UNKNOWN_CASE("caseId", "Lånerammen har intet tilsagn til sag %s.", "The loan fund has no commitment to case %s."),
  /** A release or payout for a case whose commitment was released or paid out. */
  NO_OPEN_COMMITMENT(
      "caseId",
      "Sag %s har intet åbent tilsagn; det er %s.",
      "Case %s has no open commitment; it is %s."),
  /** A payout above the case's commitment. */
  DISBURSEMENT_ABOVE_COMMITMENT(
      "amount",
      "Udbetalingen på %s overstiger tilsagnet på %s",
      "The payout of %s exceeds the commitment of %s."),
  /** A repayment returned to a fund that is not revolving. */
  FUND_NOT_REVOLVING(
      "command",
      "Lånerammen er ikke revolverende: afdrag går ikke tilbage til den.",
      "The loan fund is not revolving: repayments do not flow back into it."),
  /** A repayment for a case that has not been paid out. */
  NOTHING_DISBURSED_TO_CASE(
      "caseId", "Der er ikke udbetalt noget til sag %s.", "Nothing has been paid out to case %s."),
  /** More returned for a case than was paid out to it. */
  REPAYMENT_ABOVE_DISBURSED(
      "amount",
      "Afdraget på %s overstiger det udbetalte, der ikke er betalt tilbage, %s",
      "The repayment of %s exceeds what was paid out and not yet returned, %s."),
  /** A reversal of more than the case has returned. */
  REVERSAL_ABOVE_RETURNED(
      "amount",
      "Tilbageførslen på %s overstiger det, sagen har betalt tilbage til lånerammen, %s",
      "The reversal of %s exceeds what the case has returned to the fund, %s."),
  /** A ceiling below what is committed and paid out. */
  CEILING_BELOW_USE(
      "ceiling",
      "Den nye låneramme på %s er mindre end det, der er givet tilsagn om og udbetalt, %s",
      "The new ceiling of %s is less than what is committed and paid out, %s."),
  /** A release without a reason or a ceiling change without the person who decided. */
  DECISION_INCOMPLETE(
      "reason",
      "Angiv en begrundelse og hvem der har besluttet.",
      "Give a reason and the person who decided.");

  // Danish texts ending in an amount have no full stop of their own: "1.000,00 kr." ends the
  // sentence with its abbreviation point (as in LoanRule).
  private final RuleText text;

  LoanFundRule(String field, String danish, String english) {
    this.text = new RuleText(field, danish, english);
  }

  @Override
  public RuleText text() {
    return text;
  }
}
