package dk.mikrolan.policy;

import dk.mikrolan.ValueStyle;
import dk.mikrolan.access.Action;
import dk.mikrolan.access.Role;
import dk.mikrolan.access.Withheld;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.rules.InvalidInputException;
import dk.mikrolan.rules.Violation;
import io.vavr.collection.Vector;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One dated version of a municipality's micro-loan programme policy. Everything the memo fixes is
 * a default here, never a constant; a municipality changes it in its policy file ({@link
 * PolicyFile}) and a new version takes effect from its {@link #validFrom()} date.
 *
 * <p>Defaults and their sources:
 *
 * <ul>
 *   <li>eligible benefits: cash benefit, early-retirement pension, sickness benefit,
 *       rehabilitation — the memo ("fx kontanthjælp, førtidspension, sygedagpenge eller
 *       revalidering"); Aarhus adds flex job.
 *   <li>loan DKK 1,000–50,000 — the memo; Copenhagen's floor is DKK 5,000.
 *   <li>competence development 2–4 months — the memo (Aarhus's start-up phase); Aarhus's later
 *       3–6 month pre-course is a policy version.
 *   <li>mandatory courses accounting, tax, VAT, insurance — the memo's joint courses.
 *   <li>at least 3 guidance sessions — the memo asks for personal guidance, business coaching and
 *       financial advice; one of each is the least that covers them.
 *   <li>a 4-day seminar with no absence — the memo: the decision is taken at the four-day seminar.
 *   <li>assessment scale 1–5, each criterion at least 3 — a mid-scale pass mark; the memo names the
 *       criteria, not a scale.
 *   <li>loan fund DKK 700,000 — Copenhagen's fund (a4nu.dk, 6 May 2012); not revolving.
 *   <li>hearing deadline 14 days — common administrative practice for partshøring
 *       (forvaltningsloven § 19 sets no number).
 *   <li>complaint guidance: Ankestyrelsen, 4 weeks — retssikkerhedsloven § 67 for decisions under
 *       the social and employment acts; a municipality names its own body and procedure.
 *   <li>de minimis ceiling EUR 300,000 over three years — Regulation (EU) 2023/2831 art. 3(2);
 *       reference margin 400 bp — Communication 2008/C 14/02 for an undertaking without credit
 *       history (verify against the Communication before relying on it).
 *   <li>lump-sum warning above DKK 10,000 for cash-benefit recipients — Ankestyrelsen, "Nyt fra
 *       Ankestyrelsen" 1/2017: assets under DKK 10,000 do not affect kontanthjælp.
 *   <li>follow-up at 6, 12 and 24 months after disbursement.
 *   <li>no second decider: one decider approves any loan — the municipality's own delegation
 *       (kompetenceplan) decides otherwise. The municipal council delegates its decision power
 *       (kommunestyrelsesloven § 31a; the financial committee's and the administration's delegation
 *       plan), and many plans let one official grant up to an amount and ask for a second above it.
 *   <li>nothing withheld: the library's permission table ({@code access.Permissions}) applies as it
 *       is; the same delegation plan may narrow it for the municipality, never widen it.
 * </ul>
 *
 * <p>Building refuses an inconsistent version with an {@link InvalidInputException} that lists
 * every {@link PolicyViolation} at once; the limits each accessor states are what it checks.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class ProgrammePolicy implements Dated {


  // Topics are matched against the cohort's course sessions, and the policy file lists them
  // separated by commas: a code keeps both exact.
  private static final Pattern COURSE_TOPIC = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{Nd}_]*");

  ProgrammePolicy() {}

  /**
   * Returns a builder; only the municipality and the date are required.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the municipality's code (kommunekode), three digits such as {@code 751} for Aarhus. */
  public abstract String municipalityCode();

  /** Returns the municipality's name as letters show it; not blank. */
  public abstract String municipalityName();

  @Override
  public abstract LocalDate validFrom();

  /** Returns the benefit types the programme admits; at least one. */
  // A default replaces the whole collection; the policy file always gives it in full.
  @SuppressWarnings("immutables:untype")
  @Value.Default
  public Set<BenefitType> eligibleBenefits() {
    return EnumSet.of(
        BenefitType.CASH_BENEFIT,
        BenefitType.EARLY_RETIREMENT_PENSION,
        BenefitType.SICKNESS_BENEFIT,
        BenefitType.REHABILITATION);
  }

  /** Returns the smallest loan (inclusive); more than zero. */
  @Value.Default
  public DkkAmount loanFloor() {
    return LoanPolicy.DEFAULT_FLOOR;
  }

  /** Returns the largest loan (inclusive); not below the smallest. */
  @Value.Default
  public DkkAmount loanCeiling() {
    return LoanPolicy.DEFAULT_CEILING;
  }

  /** Returns the largest number of instalments; at least 1. */
  @Value.Default
  public int maxInstalments() {
    return LoanPolicy.DEFAULT_MAX_INSTALMENTS;
  }

  /** Returns the longest grace period (afdragsfrihed) in whole months; zero or more. */
  @Value.Default
  public int maxGraceMonths() {
    return LoanPolicy.DEFAULT_MAX_GRACE_MONTHS;
  }

  /** Returns the shortest competence development (kompetenceudvikling) in months; zero or more. */
  @Value.Default
  public int competenceMinMonths() {
    return 2;
  }

  /**
   * Returns the longest competence development in months, not below the shortest; past it the
   * seminar warns.
   */
  @Value.Default
  public int competenceMaxMonths() {
    return 4;
  }

  /**
   * Returns the course topics every participant must attend, as codes such as {@code ACCOUNTING}
   * (capital letters, digits and {@code _}).
   */
  // A default replaces the whole collection; the policy file always gives it in full.
  @SuppressWarnings("immutables:untype")
  @Value.Default
  public Set<String> mandatoryCourses() {
    return Set.of("ACCOUNTING", "TAX", "VAT", "INSURANCE");
  }

  /** Returns the least number of guidance or coaching sessions attended before the seminar; zero or more. */
  @Value.Default
  public int minGuidanceSessions() {
    return 3;
  }

  /** Returns the length of the final seminar (afsluttende seminar) in days; at least 1. */
  @Value.Default
  public int seminarDays() {
    return 4;
  }

  /** Returns how many seminar days a participant may miss; zero or more and fewer than the seminar's days. */
  @Value.Default
  public int seminarAllowedAbsenceDays() {
    return 0;
  }

  /** Returns the lowest score of the advisor's assessment scale. */
  @Value.Default
  public int assessmentScaleMin() {
    return 1;
  }

  /** Returns the highest score of the advisor's assessment scale; above the lowest. */
  @Value.Default
  public int assessmentScaleMax() {
    return 5;
  }

  /** Returns the lowest score each assessed criterion must reach; on the scale. */
  @Value.Default
  public int assessmentThreshold() {
    return 3;
  }

  /** Returns the loan fund's ceiling (låneramme) per period; more than zero. */
  @Value.Default
  public DkkAmount loanFundCeiling() {
    return DkkAmount.ofKroner(700_000);
  }

  /** Returns whether repayments flow back into the loan fund (revolving). */
  @Value.Default
  public boolean revolvingFund() {
    return false;
  }

  /** Returns the number of days a participant has to answer a hearing (partshøring); at least 1. */
  @Value.Default
  public int hearingDeadlineDays() {
    return 14;
  }

  /** Returns the complaint guidance (klagevejledning) for letters. */
  @Value.Default
  public ComplaintGuidance complaintGuidance() {
    return new ComplaintGuidance(
        "Ankestyrelsen",
        "Du kan klage til kommunen, som genvurderer afgørelsen og sender klagen videre til Ankestyrelsen,"
            + " hvis den fastholder den.",
        "You can complain to the municipality, which reconsiders the decision and forwards the"
            + " complaint to Ankestyrelsen if it upholds it.",
        4);
  }

  /** Returns the municipality's journal reference for the case type, such as a KLE number. */
  @Value.Default
  public String journalReference() {
    return "";
  }

  /** Returns DG COMP's base rates for Denmark, in increasing date order with no date twice. */
  public abstract List<BaseRate> baseRates();

  /** Returns the margin over the base rate for the reference rate, in basis points; zero or more. */
  @Value.Default
  public int referenceMarginBasisPoints() {
    return 400;
  }

  /** Returns the de minimis ceiling per undertaking over three years, in euro; more than zero. */
  @Value.Default
  public BigDecimal deMinimisCeilingEur() {
    return new BigDecimal("300000");
  }

  /** Returns the single payout above which a cash-benefit recipient is warned (assets rule); zero or more. */
  @Value.Default
  public DkkAmount lumpSumWarningAbove() {
    return DkkAmount.ofKroner(10_000);
  }

  /**
   * Returns the months after disbursement at which outcomes are followed up: at least one, each
   * above 0, in increasing order.
   */
  // A default replaces the whole collection; the policy file always gives it in full.
  @SuppressWarnings("immutables:untype")
  @Value.Default
  public List<Integer> followUpMonths() {
    return List.of(6, 12, 24);
  }

  /**
   * Returns the granted principal above which an approval needs a second decider (the
   * municipality's delegation, kompetenceplan, under kommunestyrelsesloven § 31a): above it, one
   * decider's approval only records the proposal, and a second decider's approval of the same
   * proposal grants the loan. Zero or more; empty (the default) when one decider always suffices.
   *
   * @return the limit, or empty, never null
   */
  public abstract Optional<DkkAmount> secondDeciderAbove();

  /**
   * Returns the permissions the municipality withholds from roles of the library's permission
   * table ({@link dk.mikrolan.access.Permissions}), under its delegation plan (kompetenceplan): a
   * policy only narrows the table, never widens it. Adopting policies ({@link Action#ADOPT_POLICY})
   * is never withheld, so that a municipality can always adopt its next version.
   *
   * @return the withheld pairs of role and action, empty by default, never null
   */
  public abstract Set<Withheld> withheld();

  /**
   * Returns {@link #withheld()} by role, as the policy file names them.
   *
   * @return role → actions withheld from it (only roles with something withheld), unmodifiable,
   *     never null
   */
  public Map<Role, Set<Action>> withheldByRole() {
    Map<Role, Set<Action>> byRole = new EnumMap<>(Role.class);
    for (Withheld w : withheld()) {
      byRole.computeIfAbsent(w.role(), r -> EnumSet.noneOf(Action.class)).add(w.action());
    }
    byRole.replaceAll((role, actions) -> Collections.unmodifiableSet(actions));
    return Collections.unmodifiableMap(byRole);
  }

  /**
   * Returns whether an approval of a principal needs a second decider under this version.
   *
   * @param principal the granted principal, not null
   * @return true if the principal is above {@link #secondDeciderAbove()}
   */
  public boolean needsSecondDecider(DkkAmount principal) {
    return secondDeciderAbove().map(principal::isGreaterThan).orElse(false);
  }

  /**
   * Returns the loan limits of this version, for schedule validation.
   *
   * @return the loan policy, never null
   */
  @Value.Lazy
  public LoanPolicy loanPolicy() {
    return LoanPolicy.builder()
        .validFrom(validFrom())
        .loanFloor(loanFloor())
        .loanCeiling(loanCeiling())
        .maxInstalments(maxInstalments())
        .maxGraceMonths(maxGraceMonths())
        .build();
  }

  // Every rule is checked and every failure reported, so that a policy file with several
  // mistakes is corrected in one round (PolicyFile reports these under the file's keys).
  @Value.Check
  void check() {
    Vector<Violation> problems = Vector.empty();
    if (!dk.mikrolan.identity.MunicipalityCode.isValid(municipalityCode())) {
      problems = problems.append(PolicyViolation.MUNICIPALITY_CODE_MALFORMED.violation(municipalityCode()));
    }
    if (municipalityName().isBlank()) {
      problems = problems.append(PolicyViolation.MUNICIPALITY_NAME_BLANK.violation());
    }
    if (eligibleBenefits().isEmpty()) {
      problems = problems.append(PolicyViolation.ELIGIBLE_BENEFITS_EMPTY.violation());
    }
    for (String topic : new TreeSet<>(mandatoryCourses())) {
      if (!COURSE_TOPIC.matcher(topic).matches()) {
        problems = problems.append(PolicyViolation.COURSE_TOPIC_MALFORMED.violation(topic));
      }
    }
    problems = problems.appendAll(
        LoanPolicy.violations(loanFloor(), loanCeiling(), maxInstalments(), maxGraceMonths()));
    if (competenceMinMonths() < 0) {
      problems = problems.append(PolicyViolation.COMPETENCE_MIN_NEGATIVE.violation(competenceMinMonths()));
    } else if (competenceMaxMonths() < competenceMinMonths()) {
      problems = problems.append(
          PolicyViolation.COMPETENCE_MAX_BELOW_MIN.violation(competenceMaxMonths(), competenceMinMonths()));
    }
    if (minGuidanceSessions() < 0) {
      problems = problems.append(PolicyViolation.GUIDANCE_SESSIONS_NEGATIVE.violation(minGuidanceSessions()));
    }
    if (seminarDays() < 1) {
      problems = problems.append(PolicyViolation.SEMINAR_DAYS_NOT_POSITIVE.violation(seminarDays()));
    } else if (seminarAllowedAbsenceDays() < 0 || seminarAllowedAbsenceDays() >= seminarDays()) {
      problems = problems.append(
          PolicyViolation.SEMINAR_ABSENCE_OUT_OF_RANGE.violation(seminarDays(), seminarAllowedAbsenceDays()));
    }
    if (assessmentScaleMin() >= assessmentScaleMax()) {
      problems = problems.append(
          PolicyViolation.ASSESSMENT_SCALE_EMPTY.violation(assessmentScaleMax(), assessmentScaleMin()));
    } else if (assessmentThreshold() < assessmentScaleMin() || assessmentThreshold() > assessmentScaleMax()) {
      problems = problems.append(
          PolicyViolation.ASSESSMENT_THRESHOLD_OUTSIDE_SCALE.violation(
              assessmentThreshold(), assessmentScaleMin(), assessmentScaleMax()));
    }
    if (!loanFundCeiling().isPositive()) {
      problems = problems.append(
          LoanPolicy.amountViolation(PolicyViolation.FUND_CEILING_NOT_POSITIVE, loanFundCeiling()));
    }
    if (hearingDeadlineDays() < 1) {
      problems =
          problems.append(PolicyViolation.HEARING_DEADLINE_NOT_POSITIVE.violation(hearingDeadlineDays()));
    }
    for (int i = 1; i < baseRates().size(); i++) {
      LocalDate previous = baseRates().get(i - 1).validFrom();
      LocalDate next = baseRates().get(i).validFrom();
      if (!next.isAfter(previous)) {
        problems = problems.append(PolicyViolation.BASE_RATES_OUT_OF_ORDER.violation(next, previous));
        break;
      }
    }
    if (referenceMarginBasisPoints() < 0) {
      problems = problems.append(
          PolicyViolation.REFERENCE_MARGIN_NEGATIVE.violation(referenceMarginBasisPoints()));
    }
    if (deMinimisCeilingEur().signum() <= 0) {
      problems = problems.append(
          PolicyViolation.DE_MINIMIS_CEILING_NOT_POSITIVE.violation(deMinimisCeilingEur()));
    }
    if (lumpSumWarningAbove().isNegative()) {
      problems = problems.append(
          LoanPolicy.amountViolation(PolicyViolation.LUMP_SUM_WARNING_NEGATIVE, lumpSumWarningAbove()));
    }
    if (!isIncreasingFromOne(followUpMonths())) {
      problems = problems.append(PolicyViolation.FOLLOW_UP_MONTHS_INVALID.violation(followUpMonths()));
    }
    if (secondDeciderAbove().isPresent() && secondDeciderAbove().get().isNegative()) {
      problems = problems.append(
          LoanPolicy.amountViolation(PolicyViolation.SECOND_DECIDER_LIMIT_NEGATIVE, secondDeciderAbove().get()));
    }
    for (Map.Entry<Role, Set<Action>> e : withheldByRole().entrySet()) {
      if (e.getValue().contains(Action.ADOPT_POLICY)) {
        problems = problems.append(PolicyViolation.ADOPT_POLICY_WITHHELD.violation(e.getKey()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private static boolean isIncreasingFromOne(List<Integer> months) {
    int previous = 0;
    for (int month : months) {
      if (month <= previous) {
        return false;
      }
      previous = month;
    }
    return !months.isEmpty();
  }

  /** Builds a {@link ProgrammePolicy}. This class is mutable and not thread-safe. */
  public static final class Builder extends ImmutableProgrammePolicy.Builder {
    Builder() {}
  }
}
