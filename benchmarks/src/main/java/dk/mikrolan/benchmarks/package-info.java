/**
 * JMH benchmarks of mikrolan, and a plain harness for database load (the arrears queries). Figures
 * are reported as ratios against a baseline measured in the same run, because the machines they
 * run on are shared and noisy.
 */
@org.jspecify.annotations.NullMarked
package dk.mikrolan.benchmarks;
