package dk.mikrolan.policy;

import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * The keys of a policy file ({@link PolicyFile}) and the policy attribute each one sets; the one
 * place that ties the file's names to the code's.
 */
enum PolicyKey {
  MUNICIPALITY_CODE("municipality.code", "municipalityCode"),
  MUNICIPALITY_NAME("municipality.name", "municipalityName"),
  VALID_FROM("valid-from", "validFrom"),
  ELIGIBLE_BENEFITS("eligible-benefits", "eligibleBenefits"),
  LOAN_FLOOR("loan.floor", "loanFloor"),
  LOAN_CEILING("loan.ceiling", "loanCeiling"),
  MAX_INSTALMENTS("loan.max-instalments", "maxInstalments"),
  MAX_GRACE_MONTHS("loan.max-grace-months", "maxGraceMonths"),
  COMPETENCE_MIN_MONTHS("competence.min-months", "competenceMinMonths"),
  COMPETENCE_MAX_MONTHS("competence.max-months", "competenceMaxMonths"),
  MANDATORY_COURSES("courses.mandatory", "mandatoryCourses"),
  MIN_GUIDANCE_SESSIONS("guidance.min-sessions", "minGuidanceSessions"),
  SEMINAR_DAYS("seminar.days", "seminarDays"),
  SEMINAR_ALLOWED_ABSENCE_DAYS("seminar.allowed-absence-days", "seminarAllowedAbsenceDays"),
  ASSESSMENT_SCALE_MIN("assessment.scale-min", "assessmentScaleMin"),
  ASSESSMENT_SCALE_MAX("assessment.scale-max", "assessmentScaleMax"),
  ASSESSMENT_THRESHOLD("assessment.threshold", "assessmentThreshold"),
  FUND_CEILING("fund.ceiling", "loanFundCeiling"),
  FUND_REVOLVING("fund.revolving", "revolvingFund"),
  HEARING_DEADLINE_DAYS("hearing.deadline-days", "hearingDeadlineDays"),
  COMPLAINT_APPEAL_BODY("complaint.appeal-body", "appealBody"),
  COMPLAINT_HOW_TO_DANISH("complaint.how-to-complain.da", "howToComplainDanish"),
  COMPLAINT_HOW_TO_ENGLISH("complaint.how-to-complain.en", "howToComplainEnglish"),
  COMPLAINT_DEADLINE_WEEKS("complaint.deadline-weeks", "deadlineWeeks"),
  JOURNAL_REFERENCE("journal.reference", "journalReference"),
  REFERENCE_MARGIN_BP("aid.reference-margin-bp", "referenceMarginBasisPoints"),
  DE_MINIMIS_CEILING_EUR("aid.de-minimis-ceiling-eur", "deMinimisCeilingEur"),
  LUMP_SUM_WARNING_ABOVE("payout.lump-sum-warning-above", "lumpSumWarningAbove"),
  FOLLOW_UP_MONTHS("follow-up.months", "followUpMonths"),
  SECOND_DECIDER_ABOVE("approval.second-decider-above", "secondDeciderAbove");

  /** The prefix of the dated base-rate keys, followed by the date: {@code aid.base-rate.2026-01-01}. */
  static final String BASE_RATE_PREFIX = "aid.base-rate.";

  /**
   * The prefix of the keys that withhold actions from a role, followed by the role: {@code
   * permissions.withheld.DECIDER}.
   */
  static final String WITHHELD_PREFIX = "permissions.withheld.";

  /** The keys without which a file is not a policy version. */
  static final List<PolicyKey> REQUIRED = List.of(MUNICIPALITY_CODE, MUNICIPALITY_NAME, VALID_FROM);

  /** The complaint guidance's keys, given all together or not at all. */
  static final List<PolicyKey> COMPLAINT =
      List.of(COMPLAINT_APPEAL_BODY, COMPLAINT_HOW_TO_DANISH, COMPLAINT_HOW_TO_ENGLISH, COMPLAINT_DEADLINE_WEEKS);

  private final String key;
  private final String attribute;

  PolicyKey(String key, String attribute) {
    this.key = key;
    this.attribute = attribute;
  }

  /** Returns the key as the file spells it. */
  String key() {
    return key;
  }

  /** Returns the name of the attribute of the policy (or its complaint guidance) that it sets. */
  String attribute() {
    return attribute;
  }

  /** Returns the key that sets an attribute, if one does. */
  static Option<PolicyKey> ofAttribute(String attribute) {
    return List.of(values()).find(k -> k.attribute.equals(attribute));
  }

  /** Returns the key spelt so, if there is one. */
  static Option<PolicyKey> ofKey(String key) {
    return List.of(values()).find(k -> k.key.equals(key));
  }
}
