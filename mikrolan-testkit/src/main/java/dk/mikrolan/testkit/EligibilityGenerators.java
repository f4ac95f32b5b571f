package dk.mikrolan.testkit;

import dk.mikrolan.eligibility.Answer;
import dk.mikrolan.eligibility.Assessment;
import dk.mikrolan.eligibility.EligibilityRule;
import dk.mikrolan.eligibility.EligibilityStage;
import dk.mikrolan.eligibility.RuleStatus;
import dk.mikrolan.eligibility.Score;
import dk.mikrolan.eligibility.ScreeningFacts;
import dk.mikrolan.policy.BenefitType;
import dk.mikrolan.policy.ProgrammePolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators of eligibility cases: programme policies, and applicants whose facts are
 * built to give each rule a planned status, so that a property knows the answer without asking the
 * evaluator.
 *
 * <p>A plan fails k rules (k drawn from 0 to 8 first, then which ones); in half the plans every
 * other rule passes, in the rest each other rule passes or is not assessed at random (the business
 * idea, which has no unknown state, always passes). One plan in four is made before the advisor's
 * assessment: k is then at most 3, drawn among the rules of rough sorting, and every scored
 * criterion is not assessed. The facts follow the plan: an admitted or a
 * refused benefit type (or none), a stated business idea or a blank title, revenue model or both,
 * the applicant's yes, no or unknown, and scores at or above the threshold, below it, or left out;
 * with no score at all there is no assessment, or (one time in four) an assessment on another scale
 * than the policy's, which leaves every scored criterion not assessed.
 *
 * <p>Policies have a scale starting at 0–2 and 2–9 points wide, a threshold above the scale's
 * lowest point (so a failing score exists), and admit the memo's four benefit types, Aarhus's five,
 * or any other non-empty set that leaves at least one type out.
 *
 * <p>Every value is drawn from the randomness source, so QuickTheories shrinks a failure towards
 * few failing rules and small numbers. This class is immutable and thread-safe.
 */
public final class EligibilityGenerators {

  private static final List<EligibilityRule> RULES = List.of(EligibilityRule.values());
  private static final List<BenefitType> BENEFITS = List.of(BenefitType.values());
  private static final List<String> TITLES =
      List.of("Cykelværksted", "Kaffebar på hjul", "Syværksted", " Hundeluftning ", "Æblemost fra Ærø",
          "Webshop med genbrugstøj", "Rengøring for erhverv");
  private static final List<String> REVENUE_MODELS =
      List.of("reparation og salg af brugte cykler", "salg af kaffe ved markeder.", "ændring af tøj mod betaling",
          " abonnement på daglige ture ", "salg til lokale caféer og butikker");
  private static final List<String> BLANKS = List.of("", " ", "\t", "  \n ");
  private static final List<String> NOTES =
      List.of("Har drevet forening i fem år.", "Tøver ved kundekontakt", "Stærk faglighed; mangler regnskab.",
          "Er der kunder nok?", "Brænder tydeligt for idéen!", "Har »styr på« tallene", "Lille marked, ingen konkurrenter");
  private static final List<String> OTHER_BENEFITS = List.of("ledighedsydelse", "uddannelseshjælp", "jobafklaringsforløb");
  private static final String[][] MUNICIPALITIES = {{"101", "København"}, {"751", "Aarhus"}, {"851", "Aalborg"}};

  private EligibilityGenerators() {}

  /**
   * Generates policy versions (see the class comment).
   *
   * @return the generator, never null
   */
  public static Gen<ProgrammePolicy> policies() {
    return EligibilityGenerators::policy;
  }

  /**
   * Generates applicants failing 0 to 8 rules, each rule's planned status known (see the class
   * comment).
   *
   * @return the generator, never null
   */
  public static Gen<PlannedApplicant> applicants() {
    return in -> draft(in, RULES.size()).build();
  }

  /**
   * Generates pairs of applicants that differ in one fact, which turns a rule that passed or was
   * not assessed into a failing one; the first applicant fails 0 to 7 rules.
   *
   * @return the generator, never null
   */
  public static Gen<Worsening> worsenings() {
    return in -> {
      Draft before = draft(in, RULES.size() - 1);
      List<EligibilityRule> open =
          RULES.stream().filter(r -> before.plan().get(r) != RuleStatus.FAILED).toList();
      EligibilityRule rule = open.get(draw(in, 0, open.size() - 1));
      EnumMap<EligibilityRule, RuleStatus> worse = new EnumMap<>(before.plan());
      worse.put(rule, RuleStatus.FAILED);
      return new Worsening(before.build(), rule, new Draft(before.policy(), worse, before.flavour()).build());
    };
  }

  private static Draft draft(RandomnessSource in, int maxFailing) {
    ProgrammePolicy policy = policy(in);
    return new Draft(policy, plan(in, maxFailing), flavour(in));
  }

  private static ProgrammePolicy policy(RandomnessSource in) {
    String[] municipality = MUNICIPALITIES[draw(in, 0, MUNICIPALITIES.length - 1)];
    int min = draw(in, 0, 2);
    int span = draw(in, 2, 9);
    ProgrammePolicy.Builder policy = ProgrammePolicy.builder();
    policy
        .municipalityCode(municipality[0])
        .municipalityName(municipality[1])
        .validFrom(LocalDate.of(2010, 1, 1).plusDays(draw(in, 0, 7_300)))
        .assessmentScaleMin(min)
        .assessmentScaleMax(min + span)
        .assessmentThreshold(min + draw(in, 1, span));
    int admitted = draw(in, 0, 3);
    if (admitted == 1) {
      policy.eligibleBenefits(
          EnumSet.of(BenefitType.CASH_BENEFIT, BenefitType.EARLY_RETIREMENT_PENSION, BenefitType.SICKNESS_BENEFIT,
              BenefitType.REHABILITATION, BenefitType.FLEX_JOB));
    } else if (admitted > 1) {
      // A mask of 1..62 over six types: never none, never all, so both an admitted and a refused
      // type exist.
      int mask = draw(in, 1, (1 << BENEFITS.size()) - 2);
      EnumSet<BenefitType> set = EnumSet.noneOf(BenefitType.class);
      for (int i = 0; i < BENEFITS.size(); i++) {
        if ((mask & (1 << i)) != 0) {
          set.add(BENEFITS.get(i));
        }
      }
      policy.eligibleBenefits(set);
    }
    return policy.build();
  }

  private static EnumMap<EligibilityRule, RuleStatus> plan(RandomnessSource in, int maxFailing) {
    // One plan in four is made before the advisor's assessment: only rough sorting can fail, and
    // every scored criterion is not assessed (so the case without any assessment is common).
    boolean beforeAssessment = draw(in, 0, 3) == 0;
    List<EligibilityRule> pool =
        new ArrayList<>(
            RULES.stream()
                .filter(r -> !beforeAssessment || r.stage() == EligibilityStage.SCREENING)
                .toList());
    int k = draw(in, 0, Math.min(maxFailing, pool.size()));
    EnumMap<EligibilityRule, RuleStatus> plan = new EnumMap<>(EligibilityRule.class);
    for (int i = 0; i < k; i++) {
      plan.put(pool.remove(draw(in, 0, pool.size() - 1)), RuleStatus.FAILED);
    }
    boolean allPass = draw(in, 0, 1) == 0;
    for (EligibilityRule rule : RULES) {
      if (plan.containsKey(rule)) {
        continue;
      }
      boolean canBeUnknown = rule != EligibilityRule.BUSINESS_IDEA;
      boolean unknown =
          (beforeAssessment && rule.stage() == EligibilityStage.ASSESSMENT)
              || (!allPass && canBeUnknown && draw(in, 0, 1) == 1);
      plan.put(rule, unknown ? RuleStatus.NOT_ASSESSED : RuleStatus.PASSED);
    }
    return plan;
  }

  private static Flavour flavour(RandomnessSource in) {
    EnumMap<EligibilityRule, Integer> offsets = new EnumMap<>(EligibilityRule.class);
    EnumMap<EligibilityRule, String> notes = new EnumMap<>(EligibilityRule.class);
    for (EligibilityRule rule : RULES) {
      if (rule.stage() == EligibilityStage.ASSESSMENT) {
        offsets.put(rule, draw(in, 0, 9));
        notes.put(rule, pick(in, NOTES));
      }
    }
    return new Flavour(
        draw(in, 0, BENEFITS.size() - 1),
        pick(in, OTHER_BENEFITS),
        pick(in, TITLES),
        pick(in, REVENUE_MODELS),
        draw(in, 0, 2),
        pick(in, BLANKS),
        offsets,
        notes,
        "AAR-V" + draw(in, 1, 99),
        draw(in, 0, 1_095),
        draw(in, 0, 3) == 0);
  }

  private static int draw(RandomnessSource in, int min, int max) {
    return (int) in.next(Constraint.between(min, max));
  }

  private static <T> T pick(RandomnessSource in, List<T> values) {
    return values.get(draw(in, 0, values.size() - 1));
  }

  /** The random choices that turn a plan into facts, kept so a rule's plan can change alone. */
  private record Flavour(
      int benefitPick,
      String otherBenefit,
      String title,
      String revenueModel,
      int blankPart,
      String blank,
      Map<EligibilityRule, Integer> scoreOffsets,
      Map<EligibilityRule, String> notes,
      String advisorId,
      int assessedDaysAfterPolicy,
      boolean otherScaleWhenUnscored) {}

  private record Draft(ProgrammePolicy policy, EnumMap<EligibilityRule, RuleStatus> plan, Flavour flavour) {

    PlannedApplicant build() {
      return new PlannedApplicant(policy, screening(), assessment(), plan);
    }

    private ScreeningFacts screening() {
      ScreeningFacts.Builder facts = ScreeningFacts.builder();
      RuleStatus target = plan.get(EligibilityRule.TARGET_GROUP);
      if (target != RuleStatus.NOT_ASSESSED) {
        Set<BenefitType> admitted = policy.eligibleBenefits();
        List<BenefitType> candidates =
            Arrays.stream(BenefitType.values())
                .filter(t -> admitted.contains(t) == (target == RuleStatus.PASSED))
                .toList();
        BenefitType type = candidates.get(flavour.benefitPick() % candidates.size());
        facts.benefitType(type);
        if (type == BenefitType.OTHER) {
          facts.benefitDescription(flavour.otherBenefit());
        }
      }
      String title = flavour.title();
      String revenue = flavour.revenueModel();
      if (plan.get(EligibilityRule.BUSINESS_IDEA) == RuleStatus.FAILED) {
        title = flavour.blankPart() == 1 ? title : flavour.blank();
        revenue = flavour.blankPart() == 0 ? revenue : flavour.blank();
      }
      facts.businessIdeaTitle(title).businessIdeaRevenueModel(revenue);
      facts.wishToBeSelfEmployed(
          switch (plan.get(EligibilityRule.GENUINE_WISH)) {
            case PASSED -> Answer.YES;
            case FAILED -> Answer.NO;
            case NOT_ASSESSED -> Answer.UNKNOWN;
          });
      return facts.build();
    }

    private Optional<Assessment> assessment() {
      int min = policy.assessmentScaleMin();
      int max = policy.assessmentScaleMax();
      int threshold = policy.assessmentThreshold();
      EnumMap<EligibilityRule, Score> scores = new EnumMap<>(EligibilityRule.class);
      for (EligibilityRule rule : RULES) {
        if (rule.stage() != EligibilityStage.ASSESSMENT) {
          continue;
        }
        int offset = flavour.scoreOffsets().get(rule);
        String note = flavour.notes().get(rule);
        switch (plan.get(rule)) {
          case PASSED -> scores.put(rule, Score.of(threshold + offset % (max - threshold + 1), note));
          case FAILED -> scores.put(rule, Score.of(min + offset % (threshold - min), note));
          case NOT_ASSESSED -> { }
        }
      }
      LocalDate date = policy.validFrom().plusDays(flavour.assessedDaysAfterPolicy());
      if (!scores.isEmpty()) {
        return Optional.of(Assessment.of(flavour.advisorId(), date, scores, policy));
      }
      if (!flavour.otherScaleWhenUnscored()) {
        return Optional.empty();
      }
      // Scored under an earlier scale one point wider: none of it may be read on the policy's.
      ProgrammePolicy earlier =
          ProgrammePolicy.builder()
              .municipalityCode(policy.municipalityCode())
              .municipalityName(policy.municipalityName())
              .validFrom(policy.validFrom())
              .assessmentScaleMin(min)
              .assessmentScaleMax(max + 1)
              .assessmentThreshold(threshold)
              .build();
      for (EligibilityRule rule : RULES) {
        if (rule.stage() == EligibilityStage.ASSESSMENT) {
          scores.put(rule, Score.of(max + 1, flavour.notes().get(rule)));
        }
      }
      return Optional.of(Assessment.of(flavour.advisorId(), date, scores, earlier));
    }
  }
}
