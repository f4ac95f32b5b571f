package dk.mikrolan.programme;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A described script of use cases for a few recommended cases sharing one loan fund, for the
 * model-based property of the use cases: every step names the case it acts on and a number that
 * varies it, and the property turns it into a request against the state it meets.
 *
 * @param revolving whether the fund gets repayments back
 * @param fundCeilingKroner the fund's ceiling
 * @param secondDeciderAboveKroner the policy's delegation limit ({@code approval.second-decider-above}):
 *     above it an approval needs two deciders; none, one decider always suffices
 * @param cases the recommended loans, one per case ({@code C1}, {@code C2}, …)
 * @param steps the steps, in order
 */
record UseCaseScript(boolean revolving, long fundCeilingKroner, Optional<Long> secondDeciderAboveKroner,
    List<Loan> cases, List<Step> steps) {

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
    /** Approves a proposal, by one of several deciders (ApproveLoan). */
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
    /** Rejects the case, by one of several deciders (EndCase). */
    REJECT,
    /** Withdraws the case, sometimes without a reason (EndCase). */
    WITHDRAW,
    /** Adds a note, sometimes dated days ahead, sometimes empty (CaseWork). */
    NOTE,
    /** Recommends the loan again, by the advisor or by a decider (CaseWork). */
    RECOMMEND,
    /** Hands the waiting letters over (LetterDispatcher). */
    DISPATCH
  }

  /** Who approves or rejects: a decider, the advisor, or whoever gave the waiting first approval. */
  enum Decider {
    HEAD_1("head-1"), HEAD_2("head-2"), HEAD_3("head-3"), ADVISOR("adv-1"),
    /** The decider whose first approval waits (head-1 when none waits): the same decider twice. */
    FIRST_DECIDER("head-1");

    final String id;

    Decider(String id) {
      this.id = id;
    }
  }

  /**
   * What an approval proposes, from the recommended terms.
   *
   * <p>Two proposals are the same when they grant the same terms with the same considerations at
   * the same rate: {@link #RATE_RESCALED} is {@link #RECOMMENDED} written differently, every other
   * pair differs.
   */
  enum Proposal {
    /** The recommended terms, as recommended. */
    RECOMMENDED(0, false, "7.4600"),
    /** The recommended terms, with the rate written with fewer decimals. */
    RATE_RESCALED(0, false, "7.46"),
    /** DKK 1,000 less than recommended, with the considerations a partial grant needs. */
    REDUCED(1_000, true, "7.4600"),
    /** DKK 1,000 less than recommended, without considerations: refused. */
    REDUCED_UNEXPLAINED(1_000, false, "7.4600"),
    /** The recommended terms, with considerations all the same. */
    WITH_CONSIDERATIONS(0, true, "7.4600");

    final long lessKroner;
    final boolean considerations;
    final String eurDkk;

    Proposal(long lessKroner, boolean considerations, String eurDkk) {
      this.lessKroner = lessKroner;
      this.considerations = considerations;
      this.eurDkk = eurDkk;
    }
  }

  /** How often each decider is drawn: the ones who may approve most often. */
  private static final Decider[] DECIDERS = {
    Decider.HEAD_1, Decider.HEAD_1, Decider.HEAD_2, Decider.HEAD_2, Decider.HEAD_3, Decider.ADVISOR,
    Decider.FIRST_DECIDER
  };

  /** How often each proposal is drawn: the recommended terms most often, so that approvals meet. */
  private static final Proposal[] PROPOSALS = {
    Proposal.RECOMMENDED, Proposal.RECOMMENDED, Proposal.RECOMMENDED, Proposal.RECOMMENDED, Proposal.RATE_RESCALED,
    Proposal.REDUCED, Proposal.REDUCED, Proposal.REDUCED_UNEXPLAINED, Proposal.WITH_CONSIDERATIONS
  };

  /**
   * One step.
   *
   * @param kind what it does
   * @param caseIndex which case, modulo the number of cases
   * @param days days after the previous step
   * @param size a number from 0 to 999 that varies the step
   */
  record Step(Kind kind, int caseIndex, int days, int size) {
    /** Returns who approves or rejects in an APPROVE or REJECT step. */
    Decider decider() {
      return DECIDERS[size % DECIDERS.length];
    }

    /** Returns what an APPROVE step proposes. */
    Proposal proposal() {
      return PROPOSALS[size / DECIDERS.length % PROPOSALS.length];
    }

    @Override
    public String toString() {
      String what = switch (kind) {
        case APPROVE -> ", " + decider() + ", " + proposal();
        case REJECT -> ", " + decider();
        default -> "";
      };
      return "+" + days + "d " + kind
          + (kind == Kind.DISPATCH ? "" : "(C" + (caseIndex + 1) + ", " + size + what + ")");
    }
  }

  /** Returns the recommended loan of the case a step acts on. */
  Loan loan(Step step) {
    return cases.get(step.caseIndex() % cases.size());
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
    return (revolving ? "revolving" : "non-revolving") + " fund of " + fundCeilingKroner + " kr; "
        + secondDeciderAboveKroner.map(l -> "two deciders above " + l + " kr").orElse("one decider always")
        + "; cases " + cases + ": "
        + steps.stream().map(Step::toString).collect(Collectors.joining(", "));
  }
}
