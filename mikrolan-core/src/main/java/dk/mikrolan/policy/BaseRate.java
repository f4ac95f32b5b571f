package dk.mikrolan.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A base rate for Denmark as DG COMP publishes it ("Reference and discount rates"), in force from a
 * date. The reference rate adds the policy's margin; the discount rate adds 100 basis points
 * (Communication 2008/C 14/02).
 *
 * @param validFrom the first day the rate applies
 * @param rate the annual rate as a fraction (0.0231 for 2.31 %), from 0 (inclusive) to 1
 */
public record BaseRate(LocalDate validFrom, BigDecimal rate) implements Dated {

  /** Checks the rate. */
  public BaseRate {
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(rate, "rate");
    if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
      throw new IllegalArgumentException("Base rate must be from 0 to 1: " + rate);
    }
  }
}
