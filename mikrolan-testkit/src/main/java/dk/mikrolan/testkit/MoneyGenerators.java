package dk.mikrolan.testkit;

import dk.mikrolan.money.DkkAmount;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of exact DKK amounts ({@link DkkAmount}) for property tests.
 *
 * <p>Uniform values over ±{@link DkkAmount#MAX_ABSOLUTE} are nearly all ten- or eleven-digit
 * amounts, so each generator mixes in small amounts (where padding and grouping change) and the
 * edges (zero, one øre, one krone, the maximum) that hand-picked examples tend to miss.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MoneyGenerators {

  private static final long MAX_ORE = DkkAmount.MAX_ABSOLUTE.ore();
  private static final long SMALL_ORE = 1_000_000L;

  private MoneyGenerators() {}

  /**
   * Returns a generator of amounts from {@code -MAX_ABSOLUTE} to {@code MAX_ABSOLUTE}, negative
   * amounts included, shrinking towards zero.
   *
   * @return the generator, never null
   */
  public static Gen<DkkAmount> amounts() {
    return oreBetween(-MAX_ORE, MAX_ORE).map(DkkAmount::ofOre);
  }

  /**
   * Returns a generator of amounts from zero to {@code MAX_ABSOLUTE}, shrinking towards zero.
   *
   * @return the generator, never null
   */
  public static Gen<DkkAmount> nonNegativeAmounts() {
    return oreBetween(0, MAX_ORE).map(DkkAmount::ofOre);
  }

  /**
   * Returns a generator of amounts from one øre to {@code MAX_ABSOLUTE}, shrinking towards one øre.
   *
   * @return the generator, never null
   */
  public static Gen<DkkAmount> positiveAmounts() {
    return oreBetween(1, MAX_ORE).map(DkkAmount::ofOre);
  }

  /**
   * Returns a generator of amounts between two bounds, both included, with the bounds themselves
   * and small amounts inside them generated more often than a uniform draw would.
   *
   * @param min the smallest amount, not null
   * @param max the largest amount, not null, not less than {@code min}
   * @return the generator, never null
   * @throws IllegalArgumentException if {@code max} is less than {@code min}
   */
  public static Gen<DkkAmount> amountsBetween(DkkAmount min, DkkAmount max) {
    if (max.isLessThan(min)) {
      throw new IllegalArgumentException("Empty range: " + min + " to " + max);
    }
    return oreBetween(min.ore(), max.ore()).map(DkkAmount::ofOre);
  }

  private static Gen<Long> oreBetween(long min, long max) {
    long closestToZero = Math.max(min, Math.min(0, max));
    Gen<Long> uniform = Generate.longRange(min, max, closestToZero);
    Gen<Long> small =
        Generate.longRange(Math.max(min, -SMALL_ORE), Math.min(max, SMALL_ORE), closestToZero);
    Gen<Long> edges =
        Generate.pick(
            List.of(
                    0L, 1L, -1L, 99L, -99L, 100L, -100L, 100_000L, -100_000L, MAX_ORE, -MAX_ORE,
                    min, max)
                .stream()
                .filter(ore -> ore >= min && ore <= max)
                .toList());
    if (min > SMALL_ORE || max < -SMALL_ORE) {
      return uniform.mix(edges, 10);
    }
    return uniform.mix(small, 30).mix(edges, 10);
  }
}
