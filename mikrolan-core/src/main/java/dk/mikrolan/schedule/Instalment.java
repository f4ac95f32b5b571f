package dk.mikrolan.schedule;

import dk.mikrolan.money.DkkAmount;
import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One instalment (afdrag / ydelse) of a schedule.
 *
 * @param number the instalment's number, from 1
 * @param nominalDate the date the terms give, before moving off closing days
 * @param dueDate the banking day it falls due: the nominal date or the next banking day after it
 * @param exactAmount the amount, more than zero
 */
public record Instalment(int number, LocalDate nominalDate, LocalDate dueDate, DkkAmount exactAmount) {

  /** Checks the instalment. */
  public Instalment {
    Objects.requireNonNull(nominalDate, "nominalDate");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(exactAmount, "exactAmount");
    if (number < 1 || !exactAmount.isPositive() || dueDate.isBefore(nominalDate)) {
      throw new IllegalArgumentException(
          "Invalid instalment " + number + " " + nominalDate + " " + dueDate + " " + exactAmount);
    }
  }

  /**
   * Returns the amount as a JSR 354 amount in DKK.
   *
   * @return the amount, never null
   */
  public MonetaryAmount amount() {
    return exactAmount.toMonetaryAmount();
  }
}
