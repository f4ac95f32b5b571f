package dk.mikrolan.programme;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A described script of use cases for a few recommended cases sharing one loan fund, for the
 * model-based property of the use cases: every step names the case it acts on and a number that
 * varies it, and the property turns it into a request against the state it meets.
 *
 * @param revolving whether the fund gets repayments back
 * @param fundCeilingKroner the fund's ceiling
 * @param cases the recommended loans, one per case ({@code C1}, {@code C2}, …)
 * @param steps the steps, in order
 */
record UseCaseScript(boolean revolving, long fundCeilingKroner, List<Loan> cases, List<Step> steps) {

  /**
   * A recommended loan.
   *
   * @param kroner the principal
   * @param instalments the number of monthly instalments
   */
  record Loan(long kroner, int instalments) {
    @Override
    public String toString() {
      return kroner + " kr/" + instalments;
    }
  }

  /** What a step does. */
  enum Kind {
    /** Approves the recommended terms (ApproveLoan). */
    APPROVE,
    /** Pays out a tranche: the rest, half of it, or more than is left (DisburseLoan). */
    DISBURSE,
    /** Receives a payment, sometimes value-dated days back, sometimes under a used id (ChangeLoan). */
    PAY,
    /** Reverses a payment, or one that does not exist (ChangeLoan). */
    REVERSE,
    /** Defers the instalments 0–3 periods (ChangeLoan). */
    DEFER,
    /** Writes off the rest, a part, or more than is owed (ChangeLoan). */
    WRITE_OFF,
    /** Rejects the case (EndCase). */
    REJECT,
    /** Withdraws the case, sometimes without a reason (EndCase). */
    WITHDRAW,
    /** Adds a note, sometimes dated days ahead, sometimes empty (CaseWork). */
    NOTE,
    /** Hands the waiting letters over (LetterDispatcher). */
    DISPATCH
  }

  /**
   * One step.
   *
   * @param kind what it does
   * @param caseIndex which case, modulo the number of cases
   * @param days days after the previous step
   * @param size a number from 0 to 999 that varies the step
   */
  record Step(Kind kind, int caseIndex, int days, int size) {
    @Override
    public String toString() {
      return "+" + days + "d " + kind + (kind == Kind.DISPATCH ? "" : "(C" + (caseIndex + 1) + ", " + size + ")");
    }
  }

  /** Returns the id of the case a step acts on. */
  String caseId(Step step) {
    return caseId(step.caseIndex() % cases.size());
  }

  /** Returns the id of the i-th case (from 0). */
  static String caseId(int index) {
    return "C" + (index + 1);
  }

  @Override
  public String toString() {
    return (revolving ? "revolving" : "non-revolving") + " fund of " + fundCeilingKroner + " kr; cases " + cases + ": "
        + steps.stream().map(Step::toString).collect(Collectors.joining(", "));
  }
}
