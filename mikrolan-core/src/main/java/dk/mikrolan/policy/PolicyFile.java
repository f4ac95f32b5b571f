package dk.mikrolan.policy;

import dk.mikrolan.access.Action;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.rules.Violation;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The policy file: one version of a municipality's {@link ProgrammePolicy} as {@link Properties},
 * so that a municipality keeps its policy as plain text under version control and changes it
 * without code.
 *
 * <p>The keys, with the memo's defaults ({@code #} starts a comment only at the start of a line):
 *
 * <pre>
 * # Required: kommunekode (three digits), name as letters show it, first day in force.
 * municipality.code = 751
 * municipality.name = Aarhus Kommune
 * valid-from = 2026-01-01
 * # BenefitType names, at least one; FLEX_JOB and OTHER exist too.
 * eligible-benefits = CASH_BENEFIT, EARLY_RETIREMENT_PENSION, SICKNESS_BENEFIT, REHABILITATION
 * # Loan: floor and ceiling inclusive; grace period (afdragsfrihed) in months.
 * loan.floor = DKK 1000.00
 * loan.ceiling = DKK 50000.00
 * loan.max-instalments = 250
 * loan.max-grace-months = 12
 * # Competence development (kompetenceudvikling) in months; course topics as codes.
 * competence.min-months = 2
 * competence.max-months = 4
 * courses.mandatory = ACCOUNTING, INSURANCE, TAX, VAT
 * guidance.min-sessions = 3
 * seminar.days = 4
 * seminar.allowed-absence-days = 0
 * assessment.scale-min = 1
 * assessment.scale-max = 5
 * assessment.threshold = 3
 * # Loan fund (låneramme); true if repayments flow back into it.
 * fund.ceiling = DKK 700000.00
 * fund.revolving = false
 * # Hearing (partshøring) deadline; complaint guidance (klagevejledning), all four keys or none.
 * hearing.deadline-days = 14
 * complaint.appeal-body = Ankestyrelsen
 * complaint.how-to-complain.da = Du kan klage til kommunen, ...
 * complaint.how-to-complain.en = You can complain to the municipality, ...
 * complaint.deadline-weeks = 4
 * # Journal reference such as a KLE number; may be empty.
 * journal.reference =
 * # De minimis: DG COMP's base rate from a day (an example; none by default), margin, ceiling in EUR.
 * aid.base-rate.2026-01-01 = 0.0231
 * aid.reference-margin-bp = 400
 * aid.de-minimis-ceiling-eur = 300000
 * payout.lump-sum-warning-above = DKK 10000.00
 * follow-up.months = 6, 12, 24
 * # Delegation (kompetenceplan): above this amount an approval needs a second decider; empty: never.
 * approval.second-decider-above =
 * # Actions withheld from a role of the library's permission table (an example; none by default).
 * permissions.withheld.DECIDER = WITHDRAW
 * </pre>
 *
 * <p>Forms: amounts as {@code DKK 1000.00} or {@code 1000.00} (at most two decimals, never the
 * Danish {@code 1.000,00}); an empty amount where one is optional; role and action names as
 * {@code access.Role} and {@code access.Action} spell them; whole numbers in digits; dates as {@code YYYY-MM-DD}; rates and euro
 * amounts as decimals with a point; lists separated by commas (an empty value is an empty list).
 * Values are trimmed, except free text (the municipality's name, the complaint texts, the journal
 * reference), which is taken as written. Load files with a UTF-8 {@link java.io.Reader} so that
 * Danish letters survive ({@link Properties#load(java.io.InputStream)} reads ISO-8859-1).
 *
 * <p>Only the first three keys are required; a key left out takes the default of {@link
 * ProgrammePolicy}. The complaint keys are given all four or none. {@link #write(ProgrammePolicy)}
 * always writes every key, so a file saved from it never depends on the library's defaults —
 * which a later release might change. Keep files complete for that reason.
 *
 * <p>{@link #read(Properties)} reports every problem at once, each with its key as the {@link
 * Violation#field()}: a missing required key, an unknown key (a misspelling never goes
 * unnoticed), an unreadable number, date, amount, switch, benefit type, role or action ({@link
 * PolicyFileViolation}), and every value the policy's checks refuse ({@link PolicyViolation}).
 *
 * <p>Round trips: {@code read(write(p))} gives {@code p} back for every policy, and {@code
 * write(read(f))} gives {@code f} back for every complete file in canonical form (amounts as
 * {@code DKK 1000.00}, lists as {@code A, B}, benefits and withheld actions in their enum's order,
 * courses in alphabetical order, a {@code permissions.withheld.} key only for a role with something
 * withheld, no surrounding blanks on trimmed values). Comments are not kept.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PolicyFile {

  private PolicyFile() {}

  /**
   * Reads one policy version.
   *
   * @param properties the file's properties, not null; only entries whose key and value are
   *     strings are seen
   * @return the policy, or every problem found with its key as the field, never null
   */
  public static Validation<Seq<Violation>, ProgrammePolicy> read(Properties properties) {
    Objects.requireNonNull(properties, "properties");
    return PolicyFileReader.read(properties);
  }

  /**
   * Reads the versions of one municipality's policy, one file per version.
   *
   * <p>Besides each file's own problems, reports no file at all ({@code versions}), two versions
   * valid from the same day and a version of another municipality than the first (both at that
   * version's key). The field of each violation is prefixed with the version's position in the
   * list, such as {@code versions[1].loan.floor}.
   *
   * @param files the files, not null
   * @return the versions, or every problem found, never null
   */
  public static Validation<Seq<Violation>, PolicyVersions<ProgrammePolicy>> readVersions(
      List<Properties> files) {
    Objects.requireNonNull(files, "files");
    if (files.isEmpty()) {
      return Validation.invalid(
          Vector.of(PolicyFileViolation.POLICY_VERSIONS_EMPTY.at("versions")));
    }
    Vector<Violation> problems = Vector.empty();
    Vector<ProgrammePolicy> policies = Vector.empty();
    Map<LocalDate, Integer> positions = new HashMap<>();
    String firstCode = null;
    for (int i = 0; i < files.size(); i++) {
      String prefix = "versions[" + i + "].";
      Validation<Seq<Violation>, ProgrammePolicy> read = read(files.get(i));
      if (read.isInvalid()) {
        problems = problems.appendAll(read.getError().map(v -> prefixed(v, prefix)));
        continue;
      }
      ProgrammePolicy policy = read.get();
      if (firstCode == null) {
        firstCode = policy.municipalityCode();
      } else if (!firstCode.equals(policy.municipalityCode())) {
        problems = problems.append(
            PolicyFileViolation.POLICY_MUNICIPALITY_MIXED.at(
                prefix + PolicyKey.MUNICIPALITY_CODE.key(), policy.municipalityCode(), firstCode));
      }
      if (positions.putIfAbsent(policy.validFrom(), i) != null) {
        problems = problems.append(
            PolicyFileViolation.POLICY_VERSION_DUPLICATE.at(
                prefix + PolicyKey.VALID_FROM.key(), policy.validFrom()));
      }
      policies = policies.append(policy);
    }
    if (!problems.isEmpty()) {
      return Validation.invalid(problems);
    }
    return Validation.valid(PolicyVersions.of(policies.toJavaArray(ProgrammePolicy[]::new)));
  }

  /**
   * Writes one policy version with every key, in canonical form (see the class comment).
   *
   * @param policy the policy, not null
   * @return new properties, never null
   */
  public static Properties write(ProgrammePolicy policy) {
    Properties p = new Properties();
    put(p, PolicyKey.MUNICIPALITY_CODE, policy.municipalityCode());
    put(p, PolicyKey.MUNICIPALITY_NAME, policy.municipalityName());
    put(p, PolicyKey.VALID_FROM, policy.validFrom());
    put(
        p,
        PolicyKey.ELIGIBLE_BENEFITS,
        policy.eligibleBenefits().stream().sorted().map(BenefitType::name).collect(Collectors.joining(", ")));
    put(p, PolicyKey.LOAN_FLOOR, policy.loanFloor());
    put(p, PolicyKey.LOAN_CEILING, policy.loanCeiling());
    put(p, PolicyKey.MAX_INSTALMENTS, policy.maxInstalments());
    put(p, PolicyKey.MAX_GRACE_MONTHS, policy.maxGraceMonths());
    put(p, PolicyKey.COMPETENCE_MIN_MONTHS, policy.competenceMinMonths());
    put(p, PolicyKey.COMPETENCE_MAX_MONTHS, policy.competenceMaxMonths());
    put(p, PolicyKey.MANDATORY_COURSES, String.join(", ", new TreeSet<>(policy.mandatoryCourses())));
    put(p, PolicyKey.MIN_GUIDANCE_SESSIONS, policy.minGuidanceSessions());
    put(p, PolicyKey.SEMINAR_DAYS, policy.seminarDays());
    put(p, PolicyKey.SEMINAR_ALLOWED_ABSENCE_DAYS, policy.seminarAllowedAbsenceDays());
    put(p, PolicyKey.ASSESSMENT_SCALE_MIN, policy.assessmentScaleMin());
    put(p, PolicyKey.ASSESSMENT_SCALE_MAX, policy.assessmentScaleMax());
    put(p, PolicyKey.ASSESSMENT_THRESHOLD, policy.assessmentThreshold());
    put(p, PolicyKey.FUND_CEILING, policy.loanFundCeiling());
    put(p, PolicyKey.FUND_REVOLVING, policy.revolvingFund());
    put(p, PolicyKey.HEARING_DEADLINE_DAYS, policy.hearingDeadlineDays());
    ComplaintGuidance guidance = policy.complaintGuidance();
    put(p, PolicyKey.COMPLAINT_APPEAL_BODY, guidance.appealBody());
    put(p, PolicyKey.COMPLAINT_HOW_TO_DANISH, guidance.howToComplainDanish());
    put(p, PolicyKey.COMPLAINT_HOW_TO_ENGLISH, guidance.howToComplainEnglish());
    put(p, PolicyKey.COMPLAINT_DEADLINE_WEEKS, guidance.deadlineWeeks());
    put(p, PolicyKey.JOURNAL_REFERENCE, policy.journalReference());
    for (BaseRate rate : policy.baseRates()) {
      p.setProperty(PolicyKey.BASE_RATE_PREFIX + rate.validFrom(), rate.rate().toPlainString());
    }
    put(p, PolicyKey.REFERENCE_MARGIN_BP, policy.referenceMarginBasisPoints());
    put(p, PolicyKey.DE_MINIMIS_CEILING_EUR, policy.deMinimisCeilingEur().toPlainString());
    put(p, PolicyKey.LUMP_SUM_WARNING_ABOVE, policy.lumpSumWarningAbove());
    put(
        p,
        PolicyKey.FOLLOW_UP_MONTHS,
        policy.followUpMonths().stream().map(String::valueOf).collect(Collectors.joining(", ")));
    put(p, PolicyKey.SECOND_DECIDER_ABOVE, policy.secondDeciderAbove().map(DkkAmount::toString).orElse(""));
    policy.withheldByRole().forEach((role, actions) -> p.setProperty(PolicyKey.WITHHELD_PREFIX + role,
        actions.stream().sorted().map(Action::name).collect(Collectors.joining(", "))));
    return p;
  }

  private static void put(Properties p, PolicyKey key, Object value) {
    p.setProperty(key.key(), value.toString());
  }

  private static Violation prefixed(Violation v, String prefix) {
    return Violation.of(v.code(), prefix + v.field(), v.danish(), v.english());
  }
}
