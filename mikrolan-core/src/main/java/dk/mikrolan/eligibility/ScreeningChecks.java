package dk.mikrolan.eligibility;

import static dk.mikrolan.eligibility.RuleStatus.FAILED;
import static dk.mikrolan.eligibility.RuleStatus.NOT_ASSESSED;
import static dk.mikrolan.eligibility.RuleStatus.PASSED;

import dk.mikrolan.policy.BenefitType;
import dk.mikrolan.policy.ProgrammePolicy;
import java.util.ArrayList;
import java.util.List;

/** The rules of rough sorting (grov sortering), each decided from the applicant's own facts. */
final class ScreeningChecks {

  private static final BenefitType[] BENEFIT_TYPES = BenefitType.values();

  private ScreeningChecks() {}

  static RuleOutcome check(EligibilityRule rule, ScreeningFacts facts, ProgrammePolicy policy) {
    return switch (rule) {
      case TARGET_GROUP -> targetGroup(facts, policy);
      case BUSINESS_IDEA -> businessIdea(facts);
      case GENUINE_WISH -> genuineWish(facts);
      default -> throw new IllegalArgumentException(rule + " is not decided at rough sorting");
    };
  }

  // The memo lists benefit types "for example"; which ones a municipality admits is its policy
  // (Aarhus adds flex job). The former aktivlov § 65 is cited as the historical basis.
  private static RuleOutcome targetGroup(ScreeningFacts facts, ProgrammePolicy policy) {
    Facts.Builder used = new Facts.Builder();
    if (facts.benefitType().isEmpty()) {
      used.put("admittedBenefits", admittedNames(policy));
      return new RuleOutcome(
          EligibilityRule.TARGET_GROUP,
          NOT_ASSESSED,
          used.build(),
          "forsørgelsesgrundlaget er ikke oplyst.",
          "the benefit has not been stated.");
    }
    BenefitType type = facts.benefitType().get();
    used.put("benefitType", type.name());
    String danishType = Wording.danish(type);
    String englishType = Wording.english(type);
    if (facts.benefitDescription().isPresent()) {
      String description = facts.benefitDescription().get().strip();
      used.put("benefitDescription", description);
      danishType += " (" + description + ")";
      englishType += " (" + description + ")";
    }
    used.put("admittedBenefits", admittedNames(policy));
    if (policy.eligibleBenefits().contains(type)) {
      return new RuleOutcome(
          EligibilityRule.TARGET_GROUP,
          PASSED,
          used.build(),
          "forsørgelsesgrundlaget er " + danishType + ", som kommunens mikrolånsordning omfatter.",
          "the benefit is " + englishType + ", which the municipality's micro-loan programme admits.");
    }
    List<BenefitType> admitted = new ArrayList<>(BENEFIT_TYPES.length);
    for (BenefitType admittedType : BENEFIT_TYPES) {
      if (policy.eligibleBenefits().contains(admittedType)) {
        admitted.add(admittedType);
      }
    }
    String danishAdmitted =
        admitted.isEmpty()
            ? "ordningen omfatter ingen forsørgelsesgrundlag"
            : "ordningen omfatter " + Wording.danishList(admitted.stream().map(Wording::danish).toList());
    String englishAdmitted =
        admitted.isEmpty()
            ? "it admits no benefit"
            : "it admits " + Wording.englishList(admitted.stream().map(Wording::english).toList());
    return new RuleOutcome(
        EligibilityRule.TARGET_GROUP,
        FAILED,
        used.build(),
        "forsørgelsesgrundlaget er " + danishType + ", som kommunens mikrolånsordning ikke omfatter; "
            + danishAdmitted + ".",
        "the benefit is " + englishType + ", which the municipality's micro-loan programme does not admit; "
            + englishAdmitted + ".");
  }

  // Rough sorting considers only "ledige med en god forretningsidé": at this stage that the idea
  // is stated, with how it earns money; whether it is good is the advisor's MARKET and FEASIBILITY.
  private static RuleOutcome businessIdea(ScreeningFacts facts) {
    String title = facts.businessIdeaTitle().strip();
    String revenue = facts.businessIdeaRevenueModel().strip();
    Facts.Builder used = new Facts.Builder();
    used.put("businessIdeaTitle", title);
    used.put("businessIdeaRevenueModel", revenue);
    if (facts.businessIdeaStated()) {
      String how = Wording.sentence(revenue);
      return new RuleOutcome(
          EligibilityRule.BUSINESS_IDEA,
          PASSED,
          used.build(),
          "forretningsidéen '" + title + "' er oplyst med, hvordan den skal tjene penge: " + how,
          "the business idea '" + title + "' is stated with how it will earn money: " + how);
    }
    String danish;
    String english;
    if (title.isEmpty() && revenue.isEmpty()) {
      danish = "der er ikke oplyst nogen forretningsidé: hverken en titel eller hvordan den skal tjene penge.";
      english = "no business idea is stated: neither a title nor how it will earn money.";
    } else if (title.isEmpty()) {
      danish = "forretningsidéens titel er ikke oplyst.";
      english = "the business idea's title is not stated.";
    } else {
      danish = "det er ikke oplyst, hvordan forretningsidéen '" + title + "' skal tjene penge.";
      english = "how the business idea '" + title + "' will earn money is not stated.";
    }
    return new RuleOutcome(EligibilityRule.BUSINESS_IDEA, FAILED, used.build(), danish, english);
  }

  // "Mikrolån er ikke for alle": the applicant's own answer; an unanswered question is never a no.
  private static RuleOutcome genuineWish(ScreeningFacts facts) {
    Answer answer = facts.wishToBeSelfEmployed();
    Facts used = new Facts.Builder().put("wishToBeSelfEmployed", answer.name()).build();
    return switch (answer) {
      case YES -> new RuleOutcome(
          EligibilityRule.GENUINE_WISH,
          PASSED,
          used,
          "ansøgeren har selv oplyst at ønske at blive selvstændig.",
          "the applicant has stated a wish to be self-employed.");
      case NO -> new RuleOutcome(
          EligibilityRule.GENUINE_WISH,
          FAILED,
          used,
          "ansøgeren har selv oplyst ikke at ønske at blive selvstændig.",
          "the applicant has stated that they do not wish to be self-employed.");
      case UNKNOWN -> new RuleOutcome(
          EligibilityRule.GENUINE_WISH,
          NOT_ASSESSED,
          used,
          "ansøgeren har endnu ikke selv oplyst, om vedkommende ønsker at blive selvstændig.",
          "the applicant has not yet said whether they wish to be self-employed.");
    };
  }

  // The admitted benefit types' names in the enum's order, comma-separated.
  private static String admittedNames(ProgrammePolicy policy) {
    StringBuilder names = new StringBuilder(64);
    for (BenefitType type : BENEFIT_TYPES) {
      if (policy.eligibleBenefits().contains(type)) {
        names.append(names.isEmpty() ? "" : ", ").append(type.name());
      }
    }
    return names.toString();
  }
}
