package dk.mikrolan.programme;

import dk.mikrolan.rules.RuleText;
import dk.mikrolan.rules.ViolationKind;

/**
 * Why a case refuses a command, each a stable code with Danish and English text, and the warnings
 * it gives without refusing. The source of each rule is named where it is coded in {@link
 * CaseDecider}.
 */
public enum CaseRule implements ViolationKind {
  /** The case exists already. */
  ALREADY_REFERRED("command", "Sagen er allerede oprettet.", "The case already exists."),
  /** No referral yet. */
  NOT_REFERRED("command", "Sagen er ikke oprettet.", "The case does not exist."),
  /** The command does not fit the stage. */
  WRONG_STAGE("stage", "Sagen er i fasen %s; det kræver fasen %s.", "The case is in stage %s; this needs stage %s."),
  /** The case has ended. */
  CASE_ENDED("stage", "Sagen er afsluttet (%s).", "The case has ended (%s)."),
  /** A date before the case's latest event. */
  DATE_BEFORE_LAST_EVENT("date", "Datoen %s ligger før sagens seneste hændelse den %s.",
      "The date %s is before the case's latest event on %s."),
  /** No policy version in force. */
  NO_POLICY_IN_FORCE("date", "Der er ingen programpolitik i kraft den %s.", "No programme policy is in force on %s."),
  /** The assessment needs a café meeting first. */
  NO_CAFE_MEETING("cafeMeetings", "Der er ikke holdt et café-møde endnu.", "No café meeting has been held yet."),
  /** Competence development needs an eligible assessment. */
  ASSESSMENT_NOT_ELIGIBLE("assessment", "Vejlederens vurdering er ikke 'egnet' (%s).",
      "The advisor's assessment is not 'eligible' (%s)."),
  /** Competence development shorter than the policy's minimum (memo: 2–4 months). */
  COMPETENCE_TOO_SHORT("date", "Kompetenceudviklingen har varet %s måneder; der kræves mindst %s.",
      "Competence development has lasted %s months; at least %s are required."),
  /** Competence development longer than the policy's maximum (a warning). */
  COMPETENCE_PAST_MAX("date", "Kompetenceudviklingen har varet %s måneder, mere end de planlagte %s.",
      "Competence development has lasted %s months, more than the planned %s."),
  /** Mandatory courses not attended (memo: accounting, tax, VAT, insurance). */
  COURSES_MISSING("attendance", "Deltageren mangler de obligatoriske kurser: %s.",
      "The participant has not attended the mandatory courses: %s."),
  /** Too few guidance sessions. */
  GUIDANCE_TOO_FEW("attendance", "Deltageren har deltaget i %s vejledningsforløb; der kræves mindst %s.",
      "The participant has attended %s guidance sessions; at least %s are required."),
  /** The seminar not attended in full (memo: the decision is taken at the four-day seminar). */
  SEMINAR_NOT_ATTENDED("attendance", "Deltageren har deltaget i %s af seminarets %s dage; højst %s dages fravær er tilladt.",
      "The participant attended %s of the seminar's %s days; at most %s days' absence is allowed."),
  /** No application recorded. */
  NO_APPLICATION("application", "Der er ingen ansøgning på sagen.", "There is no application in the case."),
  /** No recommendation recorded. */
  NO_RECOMMENDATION("recommendation", "Der er ingen indstilling fra vejlederen.", "There is no recommendation from the advisor."),
  /** Four-eyes: the decider (approval, rejection, deferral, reschedule, write-off) recommended the loan. */
  FOUR_EYES("by", "Den, der træffer afgørelsen, må ikke være den vejleder, der indstillede (%s).",
      "The decider must not be the advisor who recommended (%s)."),
  /** The second decider of an approval above the delegation's limit is the first one again. */
  SAME_DECIDER_TWICE("by", "Bevillingen kræver to forskellige beslutningstagere; %s har allerede givet den første godkendelse.",
      "The approval needs two different deciders; %s has already given the first approval."),
  /** An approval above the delegation's limit waits for a second decider (a notice, not a refusal). */
  SECOND_DECIDER_NEEDED("terms",
      "Lånet på %s er over de %s, som én beslutningstager kan bevilge: en anden beslutningstager skal godkende det samme forslag.",
      "The loan of %s is above the %s one decider may grant: another decider must approve the same proposal."),
  /** The loan fund has too little room. */
  FUND_ROOM_EXCEEDED("terms", "Lånet på %s overstiger lånerammens resterende %s",
      "The loan of %s exceeds the loan fund's remaining %s."),
  /** A partial grant needs the considerations behind it. */
  CONSIDERATIONS_REQUIRED("considerations",
      "Når der bevilges mindre end ansøgt, skal de hovedhensyn, der er lagt vægt på, angives.",
      "When less than requested is granted, the main considerations must be given."),
  /** An approval without a de minimis statement. */
  AID_STATEMENT_REQUIRED("aid", "Bevillingen skal angive de minimis-støttens størrelse.",
      "The approval must state the amount of de minimis aid."),
  /** A rejection without a rule or consideration (forvaltningsloven § 24). */
  JUSTIFICATION_INCOMPLETE("rules", "Et afslag skal angive de regler og hovedhensyn, det bygger på.",
      "A rejection must state the rules and main considerations it rests on."),
  /** A rejection resting on unseen facts without a hearing (forvaltningsloven § 19). */
  HEARING_REQUIRED("hearing", "Afslaget bygger på oplysninger, deltageren ikke kender: der skal først foretages partshøring.",
      "The rejection rests on facts the participant has not seen: a hearing must come first."),
  /** The hearing is still open. */
  HEARING_PENDING("hearing", "Partshøringen er ikke besvaret, og fristen %s er ikke udløbet.",
      "The hearing is unanswered and its deadline %s has not passed."),
  /** No hearing to answer. */
  NO_HEARING("hearing", "Der er ingen partshøring at besvare.", "There is no hearing to answer."),
  /** A hearing with no facts. */
  HEARING_WITHOUT_FACTS("facts", "En partshøring skal angive de oplysninger, der høres over.",
      "A hearing must state the facts it concerns."),
  /** Payout beyond the grant. */
  DISBURSEMENT_ABOVE_GRANTED("amount", "Udbetalingen på %s overstiger det bevilgede restbeløb %s",
      "The payout of %s exceeds the granted amount left, %s."),
  /** An amount of zero or less. */
  AMOUNT_NOT_POSITIVE("amount", "Beløbet skal være større end 0 kr.", "The amount must be more than DKK 0."),
  /** A lump sum that may count as assets for a cash-benefit recipient (a warning). */
  LUMP_SUM_ASSETS("amount",
      "En udbetaling på %s til en modtager af kontanthjælp kan tælle som formue over %s; overvej udbetaling i rater mod dokumenterede udgifter.",
      "A payout of %s to a cash-benefit recipient may count as assets above %s; consider tranches against documented expenses."),
  /** A follow-up at a point the policy does not have, or before it is due. */
  FOLLOW_UP_NOT_DUE("monthsAfterPayout", "Opfølgning efter %s måneder er ikke i politikken eller ikke forfalden før %s.",
      "A follow-up after %s months is not in the policy or not due before %s."),
  /** An empty note or reason. */
  TEXT_MISSING("text", "Teksten mangler.", "The text is missing."),
  /** A command for an approved case that does not know its fund period and undertaking. */
  BOOKING_MISSING("booking",
      "Sagen blev bevilget, før sagen huskede sin låneramme og sin virksomhed; registrér bookingen først.",
      "The case was approved before it remembered its loan fund and undertaking; record the booking first."),
  /** A booking for a case that is not approved, or already has one. */
  BOOKING_NOT_NEEDED("booking", "Sagen har ingen bevilling uden booking.", "The case has no approval without a booking."),
  /** A legacy booking that names a fund or a de minimis record that does not hold the case. */
  BOOKING_NOT_FOUND("booking", "Bookingen passer ikke: %s kender ikke sagen.", "The booking does not match: %s does not know the case."),
  /** Aid recorded under a participant key that is not the case's participant in its municipality. */
  UNDERTAKING_NOT_THE_PARTICIPANT("undertaking", "Virksomheden %s er ikke sagens deltager.",
      "The undertaking %s is not the case's participant."),
  /** A referral for another municipality than the case's. */
  MUNICIPALITY_MISMATCH("municipalityCode", "Kommunekoden %s passer ikke til sagens kommune %s.",
      "The municipality code %s does not match the case's municipality %s.");

  private final RuleText text;

  CaseRule(String field, String danish, String english) {
    this.text = new RuleText(field, danish, english);
  }

  @Override
  public RuleText text() {
    return text;
  }
}
