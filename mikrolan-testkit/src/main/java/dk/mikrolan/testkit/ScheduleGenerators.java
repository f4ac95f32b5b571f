package dk.mikrolan.testkit;

import static org.quicktheories.generators.SourceDSL.lists;

import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.LoanPolicy;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentRequest;
import dk.mikrolan.schedule.RepaymentSchedule;
import dk.mikrolan.schedule.RepaymentTerms;
import dk.mikrolan.schedule.RoundingUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of repayment terms (afdragsvilkår) and requests: valid ones, which
 * every schedule law and the default policy accept, and requests broken in known ways.
 *
 * <p>Valid terms have a principal of DKK 1,000.00–50,000.00 (with øre, and whole kroner more often
 * than chance), a first due date in 2000–2170 (month ends, 29 February and bank closing days more
 * often than chance) chosen so that the whole plan stays inside the banking calendar, a monthly or
 * quarterly frequency, a count of 1 to min(250, whole units) instalments (1, 2 and the largest
 * more often than chance) or a whole-unit amount giving at most 250, øre or whole-krone
 * rounding, and in three cases of four a disbursement date 0–12 whole months before the first due
 * date.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScheduleGenerators {

  /** The first day of the policy version the generated requests are valid against. */
  public static final LocalDate POLICY_FROM = LocalDate.of(1900, 1, 1);

  /** The earliest first due date generated. */
  public static final LocalDate EARLIEST_FIRST_DUE = LocalDate.of(2000, 1, 1);

  /** The latest first due date generated (for short plans; long plans start earlier). */
  public static final LocalDate LATEST_FIRST_DUE = LocalDate.of(2170, 12, 31);

  private static final LocalDate LAST_CALENDAR_DAY = LocalDate.of(BankingCalendar.MAX_YEAR, 12, 31);
  private static final int MAX_INSTALMENTS = LoanPolicy.DEFAULT_MAX_INSTALMENTS;
  private static final long MIN_PRINCIPAL_ORE = LoanPolicy.DEFAULT_FLOOR.ore();
  private static final long MAX_PRINCIPAL_ORE = LoanPolicy.DEFAULT_CEILING.ore();

  private ScheduleGenerators() {}

  /**
   * Returns the policy versions generated valid requests satisfy: the defaults, in force from
   * {@link #POLICY_FROM}.
   *
   * @return the policy versions, never null
   */
  public static PolicyVersions<LoanPolicy> policies() {
    return PolicyVersions.of(LoanPolicy.defaults(POLICY_FROM));
  }

  /**
   * Generates principals of DKK 1,000.00–50,000.00, a quarter of them in whole kroner.
   *
   * @return the generator, never null
   */
  public static Gen<DkkAmount> principals() {
    Gen<Long> anyOre = Generate.longRange(MIN_PRINCIPAL_ORE, MAX_PRINCIPAL_ORE);
    Gen<Long> wholeKroner = Generate.longRange(MIN_PRINCIPAL_ORE / 100, MAX_PRINCIPAL_ORE / 100).map(k -> k * 100);
    return weighted(3, anyOre, 1, wholeKroner).map(DkkAmount::ofOre);
  }

  /**
   * Generates valid repayment terms (see the class comment).
   *
   * @return the generator, never null
   */
  public static Gen<RepaymentTerms> validTerms() {
    return Generate.enumValues(Frequency.class)
        .zip(Generate.enumValues(RoundingUnit.class), principals(), Shape::new)
        .flatMap(shape -> plans(shape.principal(), shape.unit()).map(shape::with))
        .flatMap(
            draft ->
                firstDueDates(draft.latestFirstDue())
                    .zip(graces().toOptionals(25), draft::build));
  }

  /**
   * Generates valid requests: the {@linkplain #toRequest form} of {@link #validTerms()}, which the
   * validator accepts against {@link #policies()} and turns back into the same terms.
   *
   * @return the generator, never null
   */
  public static Gen<RepaymentRequest> validRequests() {
    return validTerms().map(ScheduleGenerators::toRequest);
  }

  /**
   * Generates requests broken in one to four independent ways, each in a different {@link
   * RequestBreakage.Part}, from {@link #validRequests()}.
   *
   * @return the generator, never null
   */
  public static Gen<BrokenRequest> brokenRequests() {
    Gen<List<RequestBreakage>> ways =
        choiceIn(RequestBreakage.Part.PRINCIPAL)
            .zip(
                choiceIn(RequestBreakage.Part.PLAN),
                choiceIn(RequestBreakage.Part.FREQUENCY),
                choiceIn(RequestBreakage.Part.DATES),
                ScheduleGenerators::combinable);
    Gen<List<Long>> variants =
        lists().of(Generate.longRange(0, Long.MAX_VALUE)).ofSize(RequestBreakage.Part.values().length);
    return validRequests().zip(ways, variants, ScheduleGenerators::breakAll);
  }

  /**
   * Returns terms as the request a form would send for them.
   *
   * @param terms the terms, not null
   * @return the request, never null
   */
  public static RepaymentRequest toRequest(RepaymentTerms terms) {
    RepaymentPlan plan = terms.plan();
    return new RepaymentRequest(
        terms.principal().toMonetaryAmount(),
        terms.firstDueDate(),
        terms.frequency(),
        plan instanceof RepaymentPlan.ByCount c ? c.count() : null,
        plan instanceof RepaymentPlan.ByAmount a ? a.amount().toMonetaryAmount() : null,
        terms.roundingUnit(),
        terms.disbursementDate().orElse(null));
  }

  private static Gen<RepaymentPlan> plans(DkkAmount principal, RoundingUnit unit) {
    int maxCount = (int) Math.min(MAX_INSTALMENTS, RepaymentSchedule.maxCount(principal, unit));
    Gen<Integer> edgeCounts = Generate.pick(List.of(1, 2, maxCount));
    Gen<RepaymentPlan> byCount = weighted(4, Generate.range(1, maxCount), 1, edgeCounts).map(RepaymentPlan::byCount);
    // The smallest whole-unit amount that repays in at most n instalments, for n up to the maximum:
    // every instalment count is reached, and the amount is always a whole number of units.
    Gen<RepaymentPlan> byAmount =
        Generate.range(1, MAX_INSTALMENTS)
            .map(n -> ceilDiv(ceilDiv(principal.ore(), n), unit.ore()) * unit.ore())
            .map(ore -> RepaymentPlan.byAmount(DkkAmount.ofOre(ore)));
    return weighted(1, byCount, 1, byAmount);
  }

  private static Gen<LocalDate> firstDueDates(LocalDate latest) {
    Gen<LocalDate> any =
        Generate.longRange(EARLIEST_FIRST_DUE.toEpochDay(), latest.toEpochDay()).map(LocalDate::ofEpochDay);
    Gen<LocalDate> monthEnds = any.map(d -> d.withDayOfMonth(d.lengthOfMonth()));
    Gen<LocalDate> leapDays = any.map(ScheduleGenerators::leapDayOnOrBefore);
    Gen<LocalDate> closingDays = any.map(ScheduleGenerators::closingDayOnOrAfter);
    Gen<LocalDate> tricky = weighted(1, monthEnds, 1, weighted(1, leapDays, 2, closingDays));
    return weighted(3, any, 2, tricky).map(d -> clamp(d, latest));
  }

  private static Gen<Grace> graces() {
    return Generate.range(0, 12).zip(Generate.range(0, 27), Grace::new);
  }

  private static LocalDate leapDayOnOrBefore(LocalDate d) {
    int year = d.getYear();
    while (!java.time.Year.isLeap(year) || LocalDate.of(year, 2, 29).isAfter(d)) {
      year--;
    }
    return LocalDate.of(year, 2, 29);
  }

  private static LocalDate closingDayOnOrAfter(LocalDate d) {
    List<LocalDate> days = BankingCalendar.danish().closingDays(d.getYear());
    return days.stream().filter(c -> !c.isBefore(d)).findFirst().orElse(days.get(0));
  }

  private static LocalDate clamp(LocalDate d, LocalDate latest) {
    return d.isAfter(latest) ? latest : d.isBefore(EARLIEST_FIRST_DUE) ? EARLIEST_FIRST_DUE : d;
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }

  private static <T> Gen<T> weighted(int w1, Gen<T> g1, int w2, Gen<T> g2) {
    return Generate.frequency(List.of(Pair.of(w1, g1), Pair.of(w2, g2)));
  }

  private static Gen<Optional<RequestBreakage>> choiceIn(RequestBreakage.Part part) {
    List<Optional<RequestBreakage>> choices = new ArrayList<>();
    choices.add(Optional.empty());
    Arrays.stream(RequestBreakage.values())
        .filter(b -> b.part() == part)
        .forEach(b -> choices.add(Optional.of(b)));
    return Generate.pick(choices);
  }

  /** Keeps each chosen breakage that combines with those kept before it; never returns none. */
  private static List<RequestBreakage> combinable(
      Optional<RequestBreakage> a,
      Optional<RequestBreakage> b,
      Optional<RequestBreakage> c,
      Optional<RequestBreakage> d) {
    List<RequestBreakage> kept = new ArrayList<>();
    for (Optional<RequestBreakage> choice : List.of(a, b, c, d)) {
      choice
          .filter(x -> kept.stream().allMatch(x::canCombineWith))
          .ifPresent(kept::add);
    }
    if (kept.isEmpty()) {
      kept.add(RequestBreakage.FREQUENCY_MISSING);
    }
    return kept;
  }

  private static BrokenRequest breakAll(
      RepaymentRequest valid, List<RequestBreakage> ways, List<Long> variants) {
    RepaymentRequest broken = valid;
    for (int i = 0; i < ways.size(); i++) {
      broken = ways.get(i).applyTo(broken, variants.get(i));
    }
    return new BrokenRequest(broken, ways);
  }

  /** The disbursement's distance before the first due date, at most 12 whole months. */
  private record Grace(int months, int days) {
    LocalDate before(LocalDate firstDue) {
      // A whole year back leaves no room for extra days; no distance at all is not a grace period.
      int extraDays = months == 12 ? 0 : months == 0 ? Math.max(1, days) : days;
      return firstDue.minusMonths(months).minusDays(extraDays);
    }
  }

  private record Shape(Frequency frequency, RoundingUnit unit, DkkAmount principal) {
    Draft with(RepaymentPlan plan) {
      return new Draft(this, plan);
    }
  }

  private record Draft(Shape shape, RepaymentPlan plan) {
    LocalDate latestFirstDue() {
      long count =
          plan instanceof RepaymentPlan.ByCount c
              ? c.count()
              : RepaymentSchedule.countForAmount(shape.principal(), ((RepaymentPlan.ByAmount) plan).amount());
      LocalDate latestForPlan = LAST_CALENDAR_DAY.minusMonths((count - 1) * shape.frequency().months());
      return latestForPlan.isBefore(LATEST_FIRST_DUE) ? latestForPlan : LATEST_FIRST_DUE;
    }

    RepaymentTerms build(LocalDate firstDue, Optional<Grace> grace) {
      return RepaymentTerms.builder()
          .principal(shape.principal())
          .firstDueDate(firstDue)
          .frequency(shape.frequency())
          .plan(plan)
          .roundingUnit(shape.unit())
          .disbursementDate(grace.map(g -> g.before(firstDue)))
          .build();
    }
  }
}
