package dk.mikrolan.programme;

import dk.mikrolan.aid.UndertakingId;
import dk.mikrolan.fund.FundPeriod;
import java.util.Objects;

/**
 * What an approval booked outside the case: the loan fund period whose room it committed and the
 * undertaking whose de minimis record holds its aid.
 *
 * @param fundPeriod the loan fund's period
 * @param undertaking the undertaking (the participant, or the business's CVR number)
 */
public record Booking(FundPeriod fundPeriod, UndertakingId undertaking) {

  /** Checks the parts. */
  public Booking {
    Objects.requireNonNull(fundPeriod, "fundPeriod");
    Objects.requireNonNull(undertaking, "undertaking");
  }

  /**
   * Obtains a booking.
   *
   * @param fundPeriod the period, not null
   * @param undertaking the undertaking, not null
   * @return the booking, never null
   */
  public static Booking of(FundPeriod fundPeriod, UndertakingId undertaking) {
    return new Booking(fundPeriod, undertaking);
  }
}
