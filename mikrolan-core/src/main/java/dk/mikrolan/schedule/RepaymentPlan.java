package dk.mikrolan.schedule;

import dk.mikrolan.money.DkkAmount;
import java.util.Objects;

/**
 * How the principal is repaid: a number of instalments, or a fixed amount per instalment.
 *
 * <p>This type is immutable and thread-safe.
 */
public sealed interface RepaymentPlan {

  /**
   * Obtains a plan of a fixed number of instalments.
   *
   * @param count the number of instalments, at least 1
   * @return the plan, never null
   * @throws IllegalArgumentException if the count is below 1
   */
  static RepaymentPlan byCount(int count) {
    return new ByCount(count);
  }

  /**
   * Obtains a plan of a fixed amount per instalment (the last takes the remainder).
   *
   * @param amount the instalment amount, more than zero, not null
   * @return the plan, never null
   * @throws IllegalArgumentException if the amount is not positive
   */
  static RepaymentPlan byAmount(DkkAmount amount) {
    return new ByAmount(amount);
  }

  /**
   * The principal split into {@code count} instalments.
   *
   * @param count the number of instalments, at least 1
   */
  record ByCount(int count) implements RepaymentPlan {
    /** Checks the count. */
    public ByCount {
      if (count < 1) {
        throw new IllegalArgumentException("Instalment count must be at least 1: " + count);
      }
    }
  }

  /**
   * A fixed amount per instalment.
   *
   * @param amount the instalment amount, more than zero
   */
  record ByAmount(DkkAmount amount) implements RepaymentPlan {
    /** Checks the amount. */
    public ByAmount {
      Objects.requireNonNull(amount, "amount");
      if (!amount.isPositive()) {
        throw new IllegalArgumentException("Instalment amount must be positive: " + amount);
      }
    }
  }
}
