package dk.mikrolan.policy;

import dk.mikrolan.rules.RuleText;
import dk.mikrolan.rules.ViolationKind;
import io.vavr.collection.List;

/**
 * The ways a policy version can be inconsistent, each with a stable code (its name), the policy
 * attribute it concerns (such as {@code loanCeiling}) and its Danish and English texts ({@code %s}
 * placeholders filled in order).
 *
 * <p>{@link ProgrammePolicy}, {@link LoanPolicy} and {@link ComplaintGuidance} refuse to be built
 * with any of them and report every one at once; {@link PolicyFile} reports them under the file's
 * keys.
 */
public enum PolicyViolation implements ViolationKind {
  /** The municipality code (kommunekode) is not three digits. */
  MUNICIPALITY_CODE_MALFORMED(
      "municipalityCode",
      "Kommunekoden skal være tre cifre, ikke '%s'.",
      "The municipality code must be three digits, not '%s'."),
  /** No municipality name, which every letter shows. */
  MUNICIPALITY_NAME_BLANK("municipalityName", "Kommunens navn mangler.", "The municipality's name is missing."),
  /** A programme that admits no benefit type admits nobody. */
  ELIGIBLE_BENEFITS_EMPTY(
      "eligibleBenefits",
      "Politikken skal give adgang for mindst én forsørgelsestype.",
      "The policy must admit at least one benefit type."),
  /** A mandatory course topic that is not a code such as {@code ACCOUNTING}. */
  COURSE_TOPIC_MALFORMED(
      "mandatoryCourses",
      "Kursusemnet '%s' skal være en kode med store bogstaver, cifre og _, fx ACCOUNTING.",
      "The course topic '%s' must be a code of capital letters, digits and _, such as ACCOUNTING."),
  /** Smallest loan not above zero. */
  LOAN_FLOOR_NOT_POSITIVE(
      "loanFloor",
      "Lånets mindstebeløb skal være over 0 kr., ikke %s",
      "The loan floor must be more than DKK 0, not %s."),
  /** Largest loan below the smallest. */
  LOAN_CEILING_BELOW_FLOOR(
      "loanCeiling",
      "Lånets loft %s er under mindstebeløbet %s",
      "The loan ceiling %s is below the loan floor %s.",
      "loanFloor"),
  /** A plan must be allowed at least one instalment. */
  MAX_INSTALMENTS_NOT_POSITIVE(
      "maxInstalments",
      "Det højeste antal afdrag skal være mindst 1, ikke %s.",
      "The maximum number of instalments must be at least 1, not %s."),
  /** A negative grace period. */
  MAX_GRACE_MONTHS_NEGATIVE(
      "maxGraceMonths",
      "Den længste afdragsfrihed kan ikke være negativ: %s måneder.",
      "The longest grace period cannot be negative: %s months."),
  /** A negative shortest competence development. */
  COMPETENCE_MIN_NEGATIVE(
      "competenceMinMonths",
      "Korteste kompetenceudvikling kan ikke være negativ: %s måneder.",
      "The shortest competence development cannot be negative: %s months."),
  /** Longest competence development shorter than the shortest. */
  COMPETENCE_MAX_BELOW_MIN(
      "competenceMaxMonths",
      "Længste kompetenceudvikling (%s måneder) er kortere end den korteste (%s måneder).",
      "The longest competence development (%s months) is shorter than the shortest (%s months).",
      "competenceMinMonths"),
  /** A negative number of guidance sessions. */
  GUIDANCE_SESSIONS_NEGATIVE(
      "minGuidanceSessions",
      "Mindste antal vejledningssamtaler kan ikke være negativt: %s.",
      "The least number of guidance sessions cannot be negative: %s."),
  /** A seminar of no days. */
  SEMINAR_DAYS_NOT_POSITIVE(
      "seminarDays",
      "Seminaret skal vare mindst én dag, ikke %s.",
      "The seminar must last at least one day, not %s."),
  /** Allowed absence negative, or as long as the seminar itself. */
  SEMINAR_ABSENCE_OUT_OF_RANGE(
      "seminarAllowedAbsenceDays",
      "Tilladt fravær fra seminaret skal være fra 0 til færre end seminarets %s dage, ikke %s.",
      "Allowed seminar absence must be from 0 to fewer than the seminar's %s days, not %s.",
      "seminarDays"),
  /** The assessment scale has no room between its lowest and highest score. */
  ASSESSMENT_SCALE_EMPTY(
      "assessmentScaleMax",
      "Vurderingsskalaens højeste værdi (%s) skal være over den laveste (%s).",
      "The assessment scale's highest score (%s) must be above its lowest (%s).",
      "assessmentScaleMin"),
  /** The pass mark lies outside the scale. */
  ASSESSMENT_THRESHOLD_OUTSIDE_SCALE(
      "assessmentThreshold",
      "Vurderingens tærskel %s ligger uden for skalaen %s–%s.",
      "The assessment threshold %s lies outside the scale %s–%s.",
      "assessmentScaleMin",
      "assessmentScaleMax"),
  /** A loan fund (låneramme) of nothing. */
  FUND_CEILING_NOT_POSITIVE(
      "loanFundCeiling",
      "Lånerammen skal være over 0 kr., ikke %s",
      "The loan fund ceiling must be more than DKK 0, not %s."),
  /** A hearing (partshøring) needs a deadline of at least a day. */
  HEARING_DEADLINE_NOT_POSITIVE(
      "hearingDeadlineDays",
      "Fristen for partshøring skal være mindst 1 dag, ikke %s.",
      "The hearing deadline must be at least 1 day, not %s."),
  /** Base rates not in strictly increasing date order. */
  BASE_RATES_OUT_OF_ORDER(
      "baseRates",
      "Basisrenterne skal stå i datoorden uden samme dato to gange; %s følger %s.",
      "Base rates must be in date order with no date twice; %s follows %s."),
  /** A base rate outside 0 (inclusive) to 1 (exclusive). */
  BASE_RATE_OUT_OF_RANGE(
      "rate",
      "Basisrenten skal være fra 0 til under 1 (0.0231 for 2,31 %%), ikke %s (gældende fra %s).",
      "The base rate must be from 0 to below 1 (0.0231 for 2.31 %%), not %s (valid from %s)."),
  /** A negative margin over the base rate. */
  REFERENCE_MARGIN_NEGATIVE(
      "referenceMarginBasisPoints",
      "Tillægget til basisrenten kan ikke være negativt: %s basispoint.",
      "The margin over the base rate cannot be negative: %s basis points."),
  /** A de minimis ceiling of nothing. */
  DE_MINIMIS_CEILING_NOT_POSITIVE(
      "deMinimisCeilingEur",
      "De minimis-loftet skal være over 0 euro, ikke %s.",
      "The de minimis ceiling must be more than EUR 0, not %s."),
  /** A negative lump-sum warning threshold. */
  LUMP_SUM_WARNING_NEGATIVE(
      "lumpSumWarningAbove",
      "Grænsen for advarsel om engangsudbetaling kan ikke være negativ: %s",
      "The lump-sum warning threshold cannot be negative: %s."),
  /** Follow-up months missing, not positive or not increasing. */
  FOLLOW_UP_MONTHS_INVALID(
      "followUpMonths",
      "Opfølgningsmånederne skal være mindst én, over 0 og stigende, ikke %s.",
      "The follow-up months must be at least one, above 0 and increasing, not %s."),
  /** A negative amount above which a second decider approves. */
  SECOND_DECIDER_LIMIT_NEGATIVE(
      "secondDeciderAbove",
      "Beløbet, over hvilket en bevilling kræver en beslutningstager mere, kan ikke være negativt: %s",
      "The amount above which an approval needs a second decider cannot be negative: %s."),
  /** Withholding the adoption of policies, which would keep the municipality from ever changing its policy. */
  ADOPT_POLICY_WITHHELD(
      "withheld",
      "Retten til at vedtage programpolitik kan ikke fratages (%s): kommunen kunne så aldrig ændre sin politik.",
      "Adopting policies cannot be withheld (%s): the municipality could then never change its policy."),
  /** No appeal body in the complaint guidance (klagevejledning). */
  COMPLAINT_APPEAL_BODY_BLANK(
      "appealBody", "Klagevejledningen mangler klageinstansen.", "The complaint guidance has no appeal body."),
  /** No Danish text on how to complain. */
  COMPLAINT_PROCEDURE_DANISH_BLANK(
      "howToComplainDanish",
      "Klagevejledningen mangler en dansk beskrivelse af, hvordan man klager.",
      "The complaint guidance has no Danish text on how to complain."),
  /** No English text on how to complain. */
  COMPLAINT_PROCEDURE_ENGLISH_BLANK(
      "howToComplainEnglish",
      "Klagevejledningen mangler en engelsk beskrivelse af, hvordan man klager.",
      "The complaint guidance has no English text on how to complain."),
  /** A complaint deadline of less than a week. */
  COMPLAINT_DEADLINE_NOT_POSITIVE(
      "deadlineWeeks",
      "Klagefristen skal være mindst 1 uge, ikke %s.",
      "The complaint deadline must be at least 1 week, not %s.");

  private final RuleText text;
  private final List<String> involves;

  PolicyViolation(String field, String danish, String english, String... alsoInvolves) {
    this.text = new RuleText(field, danish, english);
    this.involves = List.of(field).appendAll(List.of(alsoInvolves));
  }

  @Override
  public RuleText text() {
    return text;
  }

  /**
   * Returns every attribute the check compares: the {@link #field()} first, then the others (the
   * floor for {@link #LOAN_CEILING_BELOW_FLOOR}). A reader that could not read one of them knows
   * the refusal is a consequence, not a second problem.
   *
   * @return the attribute names, never null nor empty
   */
  public java.util.List<String> involves() {
    return involves.asJava();
  }

  /**
   * Returns the kind with a code, if there is one.
   *
   * @param code a violation's code, not null
   * @return the kind, or none if no kind has that code
   */
  public static java.util.Optional<PolicyViolation> ofCode(String code) {
    return List.of(values()).find(k -> k.name().equals(code)).toJavaOptional();
  }
}
