package dk.mikrolan.policy;

import dk.mikrolan.rules.InvalidInputException;
import io.vavr.collection.List;
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

  /**
   * Checks the rate.
   *
   * @throws InvalidInputException with {@link PolicyViolation#BASE_RATE_OUT_OF_RANGE} if the rate
   *     is negative or not below 1
   */
  public BaseRate {
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(rate, "rate");
    if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
      throw new InvalidInputException(
          List.of(PolicyViolation.BASE_RATE_OUT_OF_RANGE.violation(rate, validFrom)));
    }
  }
}
