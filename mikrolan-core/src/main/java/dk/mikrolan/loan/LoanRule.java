package dk.mikrolan.loan;

import dk.mikrolan.rules.RuleText;
import dk.mikrolan.rules.ViolationKind;

/** The reasons a loan account refuses a command, each a stable code with Danish and English text. */
public enum LoanRule implements ViolationKind {
  /** The account is already open. */
  ALREADY_OPENED("command", "Lånekontoen er allerede oprettet.", "The loan account is already open."),
  /** The account has not been opened. */
  NOT_OPENED("command", "Lånekontoen er ikke oprettet.", "The loan account has not been opened."),
  /** A command dated before the account's latest event. */
  DATE_BEFORE_LAST_EVENT(
      "date",
      "Datoen %s ligger før kontoens seneste hændelse den %s.",
      "The date %s is before the account's latest event on %s."),
  /** A tranche on or after the first due date (every tranche is paid out before it). */
  TRANCHE_NOT_BEFORE_FIRST_DUE_DATE(
      "date",
      "Udbetaling skal ske før første forfaldsdato %s.",
      "Payout must happen before the first due date %s."),
  /** Payout has been closed. */
  DISBURSEMENT_CLOSED("command", "Udbetalingen er afsluttet.", "Payout has been closed."),
  /** More paid out than granted. */
  TRANCHE_ABOVE_GRANTED(
      "amount",
      "Udbetalingen på %s overstiger det ikke-udbetalte beløb %s",
      "The payout of %s exceeds the amount not yet paid out, %s."),
  /** A command that needs payout to have ended first. */
  DISBURSEMENT_OPEN(
      "command",
      "Udbetalingen er ikke afsluttet; afslut den, før lånet ændres.",
      "Payout has not ended; close it before changing the loan."),
  /** Nothing has been paid out. */
  NOTHING_DISBURSED("command", "Der er ikke udbetalt noget på lånet.", "Nothing has been paid out on the loan."),
  /** An amount of zero or less. */
  AMOUNT_NOT_POSITIVE("amount", "Beløbet skal være større end 0 kr.", "The amount must be more than DKK 0."),
  /**
   * An amount, or the loan's balances after a command, beyond {@link
   * dk.mikrolan.money.DkkAmount#MAX_ABSOLUTE}: the account would hold an amount that cannot be
   * written and read back.
   */
  AMOUNT_OUT_OF_RANGE(
      "amount",
      "Beløbet eller lånets saldi efter det ville overstige det største tilladte beløb, %s",
      "The amount, or the loan's balances after it, would exceed the largest amount allowed, %s."),
  /** Payment id used before. */
  DUPLICATE_PAYMENT_ID("paymentId", "Betalingen %s er allerede bogført.", "Payment %s has already been posted."),
  /** Unknown payment. */
  UNKNOWN_PAYMENT("paymentId", "Betalingen %s findes ikke på kontoen.", "Payment %s is not on the account."),
  /** Payment already reversed. */
  PAYMENT_ALREADY_REVERSED("paymentId", "Betalingen %s er allerede tilbageført.", "Payment %s has already been reversed."),
  /** Nothing outstanding. */
  NOTHING_OUTSTANDING("command", "Der er intet udestående på lånet.", "Nothing is outstanding on the loan."),
  /** Write-off above the outstanding balance. */
  WRITE_OFF_ABOVE_OUTSTANDING(
      "amount",
      "Eftergivelsen på %s overstiger restgælden %s",
      "The write-off of %s exceeds the outstanding balance of %s."),
  /** Refund without or above the overpayment. */
  REFUND_ABOVE_OVERPAYMENT(
      "amount",
      "Tilbagebetalingen på %s overstiger det overbetalte beløb %s",
      "The refund of %s exceeds the overpaid amount of %s."),
  /** Deferral periods below 1. */
  DEFERRAL_NOT_POSITIVE("periods", "Henstand skal være mindst én periode.", "A deferral must be at least one period."),
  /** A due date would leave the calendar's years. */
  DUE_DATE_OUTSIDE_CALENDAR(
      "periods",
      "Forfaldsdatoen %s ligger uden for kalenderens år.",
      "The due date %s lies outside the calendar's years."),
  /** A reschedule's first due date not after its date. */
  RESCHEDULE_FIRST_DUE_NOT_AFTER_DATE(
      "firstDueDate",
      "Den nye første forfaldsdato %s skal ligge efter %s.",
      "The new first due date %s must be after %s."),
  /** A reschedule with more instalments than the policy allows. */
  RESCHEDULE_ABOVE_MAX_INSTALMENTS(
      "plan",
      "Den nye plan giver %s afdrag; kommunen tillader højst %s.",
      "The new plan gives %s instalments; the municipality allows at most %s."),
  /** A reschedule amount not in whole rounding units. */
  RESCHEDULE_AMOUNT_NOT_WHOLE_UNITS(
      "plan", "Afdraget skal være et helt antal %s.", "The instalment amount must be a whole number of %s."),
  /** No loan policy in force. */
  NO_POLICY_IN_FORCE("date", "Der er ingen lånepolitik i kraft den %s.", "No loan policy is in force on %s."),
  /** A reason or decider missing. */
  DECISION_INCOMPLETE(
      "reason",
      "En afgørelse skal have en begrundelse og en beslutningstager.",
      "A decision needs a reason and the person who decided.");

  // Danish texts ending in an amount have no full stop of their own: "1.000,00 kr." ends the
  // sentence with its abbreviation point.
  private final RuleText text;

  LoanRule(String field, String danish, String english) {
    this.text = new RuleText(field, danish, english);
  }

  @Override
  public RuleText text() {
    return text;
  }
}
