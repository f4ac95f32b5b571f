package dk.mikrolan.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the in-process benchmarks and prints one table: each figure as a ratio against the baseline
 * measured in the same run (the benchmark method whose name starts with {@code baseline}, with the
 * same parameters), with the absolute value for the record and the goal beside it. Goals are goals,
 * not assertions. JMH's own options may be passed ({@code -wi 2 -i 3} for a quick run).
 */
public final class BenchmarkTable {

  private static final Map<String, String> GOALS = Map.of(
      "ScheduleBenchmark.schedule", "≤ 3× the baseline",
      "ReplayBenchmark.replay", "linear: 100k ≤ 12× 10k; 10k well under 5 ms",
      "ReplayBenchmark.replayAndBalances", "linear: 100k ≤ 12× 10k; 10k well under 5 ms",
      "EligibilityBenchmark.evaluate", "≥ 1,000,000 per second on one core");

  private BenchmarkTable() {}

  /**
   * Runs and prints.
   *
   * @param args JMH options
   * @throws RunnerException if JMH fails
   * @throws CommandLineOptionException if an option is malformed
   */
  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    Options options = new OptionsBuilder().parent(new CommandLineOptions(args))
        .include("ScheduleBenchmark|ReplayBenchmark|EligibilityBenchmark").build();
    Collection<RunResult> results = new Runner(options).run();
    System.out.println(table(results));
  }

  private record Row(String benchmark, String params, double score, String unit) {}

  static String table(Collection<RunResult> results) {
    List<Row> rows = new ArrayList<>();
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      String shortName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      StringBuilder params = new StringBuilder();
      for (String key : r.getParams().getParamsKeys()) {
        params.append(key).append('=').append(r.getParams().getParam(key)).append(' ');
      }
      rows.add(new Row(shortName, params.toString().strip(), r.getPrimaryResult().getScore(),
          r.getPrimaryResult().getScoreUnit()));
    }
    Map<String, Row> baselines = new LinkedHashMap<>();
    rows.stream().filter(row -> row.benchmark().contains(".baseline"))
        .forEach(row -> baselines.put(row.benchmark().substring(0, row.benchmark().indexOf('.')) + "|" + row.params(), row));
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-31s %-18s %14s %-8s %12s  %s%n", "benchmark",
        "parameters", "value", "unit", "× baseline", "goal"));
    for (Row row : rows) {
      if (row.benchmark().contains(".baseline")) {
        continue;
      }
      Row base = baselines.get(row.benchmark().substring(0, row.benchmark().indexOf('.')) + "|" + row.params());
      // A time is compared as time per operation, a throughput as its inverse: more than 1 is slower.
      double ratio = base == null ? Double.NaN : row.unit().startsWith("ops/") ? base.score() / row.score()
          : row.score() / base.score();
      out.append(String.format(Locale.ROOT, "%-31s %-18s %14.3f %-8s %12.2f  %s%n", row.benchmark(), row.params(),
          row.score(), row.unit(), ratio, GOALS.getOrDefault(row.benchmark(), "")));
    }
    return out.toString();
  }
}
