package dk.mikrolan.programme;

import dk.mikrolan.money.DkkAmount;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The de minimis statement an approval letter must carry (Regulation (EU) 2023/2831 art. 6(1):
 * the undertaking is told the aid's amount in gross grant equivalent and that it is de minimis
 * aid, citing the regulation).
 *
 * @param grossGrantEquivalent the aid in DKK
 * @param grossGrantEquivalentEur the aid in euro
 */
public record AidStatement(DkkAmount grossGrantEquivalent, BigDecimal grossGrantEquivalentEur) {

  /** Checks the statement. */
  public AidStatement {
    Objects.requireNonNull(grossGrantEquivalent, "grossGrantEquivalent");
    Objects.requireNonNull(grossGrantEquivalentEur, "grossGrantEquivalentEur");
  }
}
