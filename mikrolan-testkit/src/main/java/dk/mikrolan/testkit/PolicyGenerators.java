package dk.mikrolan.testkit;

import dk.mikrolan.access.Action;
import dk.mikrolan.access.Role;
import dk.mikrolan.access.Withheld;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.BaseRate;
import dk.mikrolan.policy.BenefitType;
import dk.mikrolan.policy.ComplaintGuidance;
import dk.mikrolan.policy.ProgrammePolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of programme policies ({@link ProgrammePolicy}) for property tests:
 * every generated policy passes the policy's own checks.
 *
 * <p>Each attribute is set in about three cases of four and otherwise left at its default. Values
 * reach the edges the checks allow (a floor equal to the ceiling, no competence development,
 * absence of all seminar days but one, a threshold at either end of the scale). Free texts (the
 * municipality's name, the complaint texts, the journal reference) mix Danish letters with the
 * characters a properties file must escape — blanks at either end, {@code = : # ! \}, tabs and
 * line breaks — so that a writer and reader of policy files meet them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PolicyGenerators {

  private static final String TEXT_CHARACTERS =
      "abcdefghijklmnopqrstuvwxyzæøåABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ0123456789 .,;-§=:#!\\\t\n\"'é€";

  private static final List<String> COURSE_TOPICS =
      List.of("ACCOUNTING", "TAX", "VAT", "INSURANCE", "MARKETING", "BOGFØRING", "SALG_2", "IT");

  // 0.2 at scales 0 to 6 (at scale 0 only 0 itself fits below it).
  private static final long[] HIGHEST_UNSCALED_RATE = {0, 2, 20, 200, 2_000, 20_000, 200_000};

  private static final LocalDate FIRST_DAY = LocalDate.of(1990, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);

  private PolicyGenerators() {}

  /**
   * Returns a generator of valid policies (see the class comment).
   *
   * @return the generator, never null
   */
  public static Gen<ProgrammePolicy> policies() {
    return in -> {
      ProgrammePolicy.Builder b = ProgrammePolicy.builder();
      b.municipalityCode(String.format(Locale.ROOT, "%03d", Generate.range(0, 999).generate(in)));
      b.municipalityName(texts().generate(in));
      b.validFrom(CalendarGenerators.datesBetween(FIRST_DAY, LAST_DAY).generate(in));
      if (set(in)) {
        b.eligibleBenefits(benefitSets().generate(in));
      }
      DkkAmount floor = MoneyGenerators.amountsBetween(DkkAmount.ofOre(1), DkkAmount.ofKroner(100_000)).generate(in);
      if (set(in)) {
        b.loanFloor(floor);
        b.loanCeiling(MoneyGenerators.amountsBetween(floor, floor.plus(DkkAmount.ofKroner(1_000_000))).generate(in));
      }
      if (set(in)) {
        b.maxInstalments(Generate.range(1, 600).generate(in));
      }
      if (set(in)) {
        b.maxGraceMonths(Generate.range(0, 36).generate(in));
      }
      if (set(in)) {
        int min = Generate.range(0, 12).generate(in);
        b.competenceMinMonths(min);
        b.competenceMaxMonths(Generate.range(min, min + 12).generate(in));
      }
      if (set(in)) {
        b.mandatoryCourses(courseSets().generate(in));
      }
      if (set(in)) {
        b.minGuidanceSessions(Generate.range(0, 20).generate(in));
      }
      if (set(in)) {
        int days = Generate.range(1, 10).generate(in);
        b.seminarDays(days);
        b.seminarAllowedAbsenceDays(Generate.range(0, days - 1).generate(in));
      }
      if (set(in)) {
        int min = Generate.range(-5, 5).generate(in);
        int max = Generate.range(min + 1, min + 10).generate(in);
        b.assessmentScaleMin(min);
        b.assessmentScaleMax(max);
        b.assessmentThreshold(Generate.range(min, max).generate(in));
      }
      if (set(in)) {
        b.loanFundCeiling(MoneyGenerators.amountsBetween(DkkAmount.ofOre(1), DkkAmount.MAX_ABSOLUTE).generate(in));
      }
      if (set(in)) {
        b.revolvingFund(Generate.booleans().generate(in));
      }
      if (set(in)) {
        b.hearingDeadlineDays(Generate.range(1, 60).generate(in));
      }
      if (set(in)) {
        b.complaintGuidance(complaintGuidances().generate(in));
      }
      if (set(in)) {
        b.journalReference(Generate.booleans().generate(in) ? "" : texts().generate(in));
      }
      b.addAllBaseRates(baseRates().generate(in));
      if (set(in)) {
        b.referenceMarginBasisPoints(Generate.range(0, 1_000).generate(in));
      }
      if (set(in)) {
        int scale = Generate.range(0, 2).generate(in);
        b.deMinimisCeilingEur(BigDecimal.valueOf(Generate.longRange(1, 100_000_000_000L).generate(in), scale));
      }
      if (set(in)) {
        b.lumpSumWarningAbove(MoneyGenerators.amountsBetween(DkkAmount.ZERO, DkkAmount.ofKroner(100_000)).generate(in));
      }
      if (set(in)) {
        b.followUpMonths(followUpMonths().generate(in));
      }
      if (set(in)) {
        b.secondDeciderAbove(MoneyGenerators.amountsBetween(DkkAmount.ZERO, DkkAmount.ofKroner(100_000)).generate(in));
      }
      if (set(in)) {
        b.addAllWithheld(withheldSets().generate(in));
      }
      return b.build();
    };
  }

  /**
   * Returns a generator of what a policy may withhold: any pairs of role and action, except the
   * adoption of policies, which is never withheld.
   *
   * @return the generator, never null
   */
  public static Gen<Set<Withheld>> withheldSets() {
    List<Withheld> all = new ArrayList<>();
    for (Role role : Role.values()) {
      for (Action action : Action.values()) {
        if (action != Action.ADOPT_POLICY) {
          all.add(Withheld.of(role, action));
        }
      }
    }
    return Generate.range(0, 6).flatMap(n -> in -> {
      Set<Withheld> set = new LinkedHashSet<>();
      for (int i = 0; i < n; i++) {
        set.add(all.get(Generate.range(0, all.size() - 1).generate(in)));
      }
      return set;
    });
  }

  /**
   * Returns a generator of non-empty sets of benefit types.
   *
   * @return the generator, never null
   */
  public static Gen<Set<BenefitType>> benefitSets() {
    BenefitType[] all = BenefitType.values();
    return Generate.range(1, (1 << all.length) - 1)
        .map(
            bits -> {
              Set<BenefitType> set = EnumSet.noneOf(BenefitType.class);
              for (int i = 0; i < all.length; i++) {
                if ((bits & (1 << i)) != 0) {
                  set.add(all[i]);
                }
              }
              return set;
            });
  }

  /**
   * Returns a generator of sets of course topics, possibly empty, including topics with Danish
   * letters and digits.
   *
   * @return the generator, never null
   */
  public static Gen<Set<String>> courseSets() {
    return Generate.range(0, (1 << COURSE_TOPICS.size()) - 1)
        .map(
            bits -> {
              Set<String> set = new LinkedHashSet<>();
              for (int i = 0; i < COURSE_TOPICS.size(); i++) {
                if ((bits & (1 << i)) != 0) {
                  set.add(COURSE_TOPICS.get(i));
                }
              }
              return set;
            });
  }

  /**
   * Returns a generator of valid complaint guidance with free texts (see the class comment).
   *
   * @return the generator, never null
   */
  public static Gen<ComplaintGuidance> complaintGuidances() {
    return texts().zip(texts(), texts(), Generate.range(1, 52), ComplaintGuidance::new);
  }

  /**
   * Returns a generator of zero to four base rates in increasing date order, each from 0 to 0.2
   * with up to six decimals.
   *
   * @return the generator, never null
   */
  public static Gen<List<BaseRate>> baseRates() {
    return in -> {
      List<BaseRate> rates = new ArrayList<>();
      LocalDate from = CalendarGenerators.datesBetween(FIRST_DAY, LAST_DAY).generate(in);
      int count = Generate.range(0, 4).generate(in);
      for (int i = 0; i < count; i++) {
        int scale = Generate.range(0, 6).generate(in);
        long unscaled = Generate.longRange(0, HIGHEST_UNSCALED_RATE[scale]).generate(in);
        rates.add(new BaseRate(from, BigDecimal.valueOf(unscaled, scale)));
        from = from.plusDays(Generate.range(1, 800).generate(in));
      }
      return rates;
    };
  }

  /**
   * Returns a generator of one to five follow-up months in increasing order, from 1 to 120.
   *
   * @return the generator, never null
   */
  public static Gen<List<Integer>> followUpMonths() {
    return in -> {
      List<Integer> months = new ArrayList<>();
      int month = 0;
      int count = Generate.range(1, 5).generate(in);
      for (int i = 0; i < count; i++) {
        month += Generate.range(1, 24).generate(in);
        months.add(month);
      }
      return months;
    };
  }

  /**
   * Returns a generator of non-blank free texts of 1 to 40 characters (see the class comment).
   *
   * @return the generator, never null
   */
  public static Gen<String> texts() {
    Gen<Character> characters =
        Generate.range(0, TEXT_CHARACTERS.length() - 1).map(TEXT_CHARACTERS::charAt);
    return in -> {
      int length = Generate.range(1, 40).generate(in);
      StringBuilder text = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        text.append(characters.generate(in));
      }
      return text.toString().isBlank() ? "x" + text : text.toString();
    };
  }

  private static boolean set(RandomnessSource in) {
    return Generate.range(0, 3).generate(in) > 0;
  }
}
