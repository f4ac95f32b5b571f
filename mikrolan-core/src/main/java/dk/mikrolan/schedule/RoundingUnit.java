package dk.mikrolan.schedule;

import dk.mikrolan.money.DkkAmount;

/** The unit instalments are whole multiples of (apart from the first instalment's øre). */
public enum RoundingUnit {
  /** Instalments to the øre. */
  ORE(1),
  /** Instalments in whole kroner; the principal's øre go to the first instalment. */
  WHOLE_KRONER(100);

  private final long ore;

  RoundingUnit(long ore) {
    this.ore = ore;
  }

  /**
   * Returns the unit in øre.
   *
   * @return 1 or 100
   */
  public long ore() {
    return ore;
  }

  /**
   * Returns whether an amount is a whole number of this unit.
   *
   * @param amount the amount, not null
   * @return true if it divides exactly
   */
  public boolean divides(DkkAmount amount) {
    return amount.ore() % ore == 0;
  }
}
