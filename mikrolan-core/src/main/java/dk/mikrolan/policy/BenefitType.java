package dk.mikrolan.policy;

/**
 * The public support a participant receives (forsørgelsesgrundlag). Which types a programme
 * admits is policy ({@link ProgrammePolicy#eligibleBenefits()}); the memo names the first four.
 */
public enum BenefitType {
  /** Cash benefit (kontanthjælp). */
  CASH_BENEFIT,
  /** Early-retirement pension (førtidspension). */
  EARLY_RETIREMENT_PENSION,
  /** Sickness benefit (sygedagpenge). */
  SICKNESS_BENEFIT,
  /** Rehabilitation (revalidering). */
  REHABILITATION,
  /** Flex job (fleksjob); admitted by Aarhus today. */
  FLEX_JOB,
  /** Any other support, described in words. */
  OTHER
}
