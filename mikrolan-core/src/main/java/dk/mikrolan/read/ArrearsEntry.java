package dk.mikrolan.read;

import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.loan.Arrears;
import java.util.Objects;

/**
 * A loan in arrears (restance) on a date, as the arrears list shows it.
 *
 * @param ref the case the loan belongs to (municipality and case id)
 * @param arrears what is overdue on the date and for how many days; never {@link Arrears#NONE}
 */
public record ArrearsEntry(CaseRef ref, Arrears arrears) {

  /**
   * Checks the entry.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if nothing is overdue
   */
  public ArrearsEntry {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(arrears, "arrears");
    if (!arrears.overdue().isPositive() || arrears.daysPastDue() < 1) {
      throw new IllegalArgumentException("A loan in the arrears list has something overdue: " + ref);
    }
  }
}
