package dk.mikrolan.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A share as an exact fraction, such as 3 of 10 borrowers off benefits. {@link #percent()} rounds
 * by one named rule: half-up to one decimal, for reports.
 *
 * @param count how many
 * @param of out of how many
 */
public record Share(long count, long of) {

  /** Checks the fraction. */
  public Share {
    if (count < 0 || of < 0 || count > of) {
      throw new IllegalArgumentException("Invalid share " + count + "/" + of);
    }
  }

  /**
   * Returns the share in percent, rounded half-up to one decimal; zero when out of none.
   *
   * @return the percentage, never null
   */
  public BigDecimal percent() {
    return of == 0
        ? BigDecimal.ZERO.setScale(1)
        : BigDecimal.valueOf(count * 100).divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP);
  }

  @Override
  public String toString() {
    return count + "/" + of;
  }
}
