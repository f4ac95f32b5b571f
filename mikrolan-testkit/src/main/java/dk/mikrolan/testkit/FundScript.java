package dk.mikrolan.testkit;

import dk.mikrolan.fund.FundPeriod;
import dk.mikrolan.fund.LoanFund;
import dk.mikrolan.fund.LoanFundCommand;
import dk.mikrolan.identity.CaseId;
import dk.mikrolan.money.DkkAmount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A described sequence of loan-fund commands with dates moving forward, for model-based
 * properties: a shrunk failure prints as a readable script.
 *
 * <p>Steps are abstract ("commit all the room to case 3", "pay out part of case 1's commitment");
 * {@link Step#command(LoanFund, LocalDate, int)} turns one into a concrete command against the
 * state it meets, so every script stays meaningful whatever happened before.
 *
 * @param ceiling the fund's opening ceiling
 * @param revolving whether repayments flow back
 * @param period the fund's period
 * @param openedOn the day the fund opens
 * @param steps the steps in order
 */
public record FundScript(DkkAmount ceiling, boolean revolving, FundPeriod period, LocalDate openedOn, List<Step> steps) {

  /** Checks that every component is present. */
  public FundScript {
    Objects.requireNonNull(ceiling, "ceiling");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(openedOn, "openedOn");
    steps = List.copyOf(steps);
  }

  /** The municipality every script's fund belongs to (Aarhus). */
  public static final String MUNICIPALITY = "751";

  /** What a step does. */
  public enum Kind {
    /** Commits an amount up to half the ceiling (zero when the size is zero). */
    COMMIT,
    /** Commits exactly the room left: the boundary that must be accepted. */
    COMMIT_ALL_ROOM,
    /** Commits one øre more than the room left: the boundary that must be refused. */
    COMMIT_ABOVE_ROOM,
    /** Releases the case's commitment. */
    RELEASE,
    /** Pays out the case's whole commitment. */
    DISBURSE_ALL,
    /** Pays out part of the case's commitment; the rest is released. */
    DISBURSE_PART,
    /** Returns part of what was paid out to the case and not yet returned. */
    RETURN,
    /** Takes back part of what the case has returned (a reversed repayment). */
    REVERSE_RETURN,
    /** Raises the ceiling by up to its own size. */
    RAISE_CEILING,
    /** Lowers the ceiling by up to its own size (below what is in use, or to zero: refused). */
    LOWER_CEILING
  }

  /**
   * One step.
   *
   * @param kind what it does
   * @param days days after the previous step, zero or more
   * @param caseNumber which of a few cases it concerns, 0–7
   * @param size a number from 0 to 10,000 that scales the step's amount
   */
  public record Step(Kind kind, int days, int caseNumber, int size) {

    /** Checks that every component is present. */
    public Step {
      Objects.requireNonNull(kind, "kind");
    }

    /**
     * Returns the case the step concerns.
     *
     * @return the case id, never null
     */
    public CaseId caseId() {
      return CaseId.of("C" + caseNumber);
    }

    /**
     * Returns the concrete command of this step against a state.
     *
     * @param fund the state it meets, opened, not null
     * @param date the step's date, not null
     * @param stepNumber the step's position, for reasons and names
     * @return the command, never null
     */
    public LoanFundCommand command(LoanFund fund, LocalDate date, int stepNumber) {
      long ceiling = fund.ceiling().ore();
      long room = fund.remainingRoom().ore();
      long commitment = fund.commitmentOf(caseId()).map(DkkAmount::ore).orElse(0L);
      long unreturned = fund.disbursedTo(caseId()).ore() - fund.returnedFrom(caseId()).ore();
      return switch (kind) {
        case COMMIT -> new LoanFundCommand.Commit(caseId(), DkkAmount.ofOre(ceiling * size / 20_000), date);
        case COMMIT_ALL_ROOM -> new LoanFundCommand.Commit(caseId(), DkkAmount.ofOre(Math.max(1, room)), date);
        case COMMIT_ABOVE_ROOM -> new LoanFundCommand.Commit(caseId(), DkkAmount.ofOre(room + 1), date);
        case RELEASE -> new LoanFundCommand.Release(caseId(), date, "withdrawn at step " + stepNumber);
        case DISBURSE_ALL -> new LoanFundCommand.Disburse(caseId(), DkkAmount.ofOre(Math.max(1, commitment)), date);
        case DISBURSE_PART ->
            new LoanFundCommand.Disburse(caseId(), DkkAmount.ofOre(Math.max(1, commitment * size / 10_000)), date);
        case RETURN ->
            new LoanFundCommand.ReturnRepayment(caseId(), DkkAmount.ofOre(Math.max(1, unreturned * size / 10_000)), date);
        case REVERSE_RETURN -> new LoanFundCommand.ReverseReturn(caseId(),
            DkkAmount.ofOre(Math.max(1, fund.returnedFrom(caseId()).ore() * size / 10_000)), date);
        case RAISE_CEILING ->
            new LoanFundCommand.ChangeCeiling(DkkAmount.ofOre(ceiling + ceiling * size / 10_000), date, "city council");
        case LOWER_CEILING ->
            new LoanFundCommand.ChangeCeiling(DkkAmount.ofOre(ceiling - ceiling * size / 10_000), date, "city council");
      };
    }

    @Override
    public String toString() {
      return "+" + days + "d " + kind + "(C" + caseNumber + ", " + size + ")";
    }
  }

  /**
   * Returns the command that opens the script's fund.
   *
   * @return the command, never null
   */
  public LoanFundCommand.Open open() {
    return new LoanFundCommand.Open(MUNICIPALITY, period, ceiling, revolving, openedOn);
  }

  /**
   * Returns the dates of the steps: the opening date plus the running sum of their days.
   *
   * @return one date per step, never null
   */
  public List<LocalDate> dates() {
    List<LocalDate> dates = new ArrayList<>(steps.size());
    LocalDate d = openedOn;
    for (Step s : steps) {
      d = d.plusDays(s.days());
      dates.add(d);
    }
    return dates;
  }

  @Override
  public String toString() {
    return "open " + ceiling + (revolving ? " revolving" : "") + " for " + period + " on " + openedOn + ": "
        + steps.stream().map(Step::toString).collect(Collectors.joining(", "));
  }
}
