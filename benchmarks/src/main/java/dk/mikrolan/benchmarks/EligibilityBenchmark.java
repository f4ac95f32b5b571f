package dk.mikrolan.benchmarks;

import dk.mikrolan.eligibility.Answer;
import dk.mikrolan.eligibility.Assessment;
import dk.mikrolan.eligibility.EligibilityEvaluator;
import dk.mikrolan.eligibility.EligibilityRule;
import dk.mikrolan.eligibility.EligibilityStage;
import dk.mikrolan.eligibility.EligibilityVerdict;
import dk.mikrolan.eligibility.Score;
import dk.mikrolan.eligibility.ScreeningFacts;
import dk.mikrolan.policy.BenefitType;
import dk.mikrolan.policy.ProgrammePolicy;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Eligibility evaluations per second on one core: every rule of rough sorting and the assessment,
 * with their outcomes and findings. The in-run baseline checks the same eight conditions with plain
 * booleans and ints.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
public class EligibilityBenchmark {

  private ProgrammePolicy policy;
  private ScreeningFacts facts;
  private Optional<Assessment> assessment;
  private int[] scores;

  /** A participant who passes rough sorting and is assessed on every criterion. */
  @Setup
  public void setUp() {
    policy = ProgrammePolicy.builder().municipalityCode("751").municipalityName("Aarhus Kommune")
        .validFrom(LocalDate.of(2026, 1, 1)).build();
    facts = ScreeningFacts.builder().benefitType(BenefitType.CASH_BENEFIT).businessIdeaTitle("Cykelværksted")
        .businessIdeaRevenueModel("Timepris").wishToBeSelfEmployed(Answer.YES).build();
    Map<EligibilityRule, Score> s = new EnumMap<>(EligibilityRule.class);
    for (EligibilityRule rule : EligibilityRule.values()) {
      if (rule.stage() == EligibilityStage.ASSESSMENT) {
        s.put(rule, Score.of(4, "Vurderet efter to café-møder"));
      }
    }
    assessment = Optional.of(Assessment.of("adv-1", LocalDate.of(2026, 2, 1), s, policy));
    scores = new int[] {4, 4, 4, 4, 4};
  }

  /**
   * Baseline: the eight conditions as booleans and ints.
   *
   * @return whether eligible
   */
  @Benchmark
  public boolean baselineBooleans() {
    boolean ok = policy.eligibleBenefits().contains(BenefitType.CASH_BENEFIT) && !"Cykelværksted".isBlank()
        && !"Timepris".isBlank();
    for (int score : scores) {
      ok &= score >= 3;
    }
    return ok;
  }

  /**
   * The library's evaluation.
   *
   * @return the verdict
   */
  @Benchmark
  public EligibilityVerdict evaluate() {
    return EligibilityEvaluator.evaluate(facts, assessment, policy);
  }
}
