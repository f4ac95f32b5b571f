package dk.mikrolan.fund;

/**
 * One case's booking in a loan fund, in øre: its open commitment, what was paid out and what came
 * back from repayments.
 *
 * @param standing where the case stands
 * @param committed the open commitment (zero unless {@link Standing#COMMITTED})
 * @param disbursed the total paid out
 * @param returned the total returned to a revolving fund
 */
record CaseBooking(CaseBooking.Standing standing, long committed, long disbursed, long returned) {

  /** A case the fund has never seen: nothing committed, paid out or returned. */
  static final CaseBooking NONE = new CaseBooking(Standing.RELEASED, 0, 0, 0);

  /** Returns the booking with a new open commitment (replacing any released one). */
  CaseBooking committing(long amount) {
    return new CaseBooking(Standing.COMMITTED, amount, disbursed, returned);
  }

  /** Returns the booking with its open commitment released. */
  CaseBooking releasing() {
    // What was paid out stays paid out; only the open rest of the commitment is released.
    return new CaseBooking(disbursed > 0 ? Standing.DISBURSED : Standing.RELEASED, 0, disbursed, returned);
  }

  /**
   * Returns the booking with a tranche paid out of its commitment: the rest stays open until it is
   * paid out too or released (when payout ends short of the grant).
   */
  CaseBooking disbursing(long amount) {
    long open = Math.max(0, committed - amount);
    return new CaseBooking(open > 0 ? Standing.COMMITTED : Standing.DISBURSED, open, disbursed + amount, returned);
  }

  /** Returns the booking with a repayment returned. */
  CaseBooking returning(long amount) {
    return new CaseBooking(standing, committed, disbursed, returned + amount);
  }

  /** Where a case stands in the fund, with the words a refusal uses for it. */
  enum Standing {
    COMMITTED("åbent", "open"),
    RELEASED("frigivet", "released"),
    DISBURSED("udbetalt", "paid out");

    final String danish;
    final String english;

    Standing(String danish, String english) {
      this.danish = danish;
      this.english = english;
    }
  }
}
