package dk.mikrolan.fund;

import dk.mikrolan.identity.CaseId;
import java.util.HashMap;
import java.util.Map;

/**
 * A deliberately plain model of a loan fund for the model-based property: mutable, in øre, with
 * the rules written the most direct way, so that {@link LoanFund} can be checked against it.
 */
final class LoanFundModel {

  private enum Standing { COMMITTED, RELEASED, DISBURSED }

  private static final class Case {
    Standing standing = Standing.RELEASED;
    long committed;
    long disbursed;
    long returned;
  }

  private final FundPeriod period;
  private final boolean revolving;
  private long ceiling;
  private final Map<CaseId, Case> cases = new HashMap<>();

  LoanFundModel(LoanFundCommand.Open open) {
    this.period = open.period();
    this.revolving = open.revolving();
    this.ceiling = open.ceiling().ore();
  }

  long committed() {
    return cases.values().stream().mapToLong(c -> c.committed).sum();
  }

  long disbursed() {
    return cases.values().stream().mapToLong(c -> c.disbursed).sum();
  }

  long returned() {
    return cases.values().stream().mapToLong(c -> c.returned).sum();
  }

  long room() {
    return ceiling - committed() - disbursed() + (revolving ? returned() : 0);
  }

  /** Returns whether the fund should accept the command. */
  boolean accepts(LoanFundCommand command) {
    if (command instanceof LoanFundCommand.Commit c) {
      Case k = cases.get(c.caseId());
      long amount = c.amount().ore();
      return amount > 0 && amount <= room() && period.contains(c.date())
          && (k == null || k.standing == Standing.RELEASED);
    } else if (command instanceof LoanFundCommand.Release r) {
      Case k = cases.get(r.caseId());
      return k != null && k.standing == Standing.COMMITTED && !r.reason().isBlank();
    } else if (command instanceof LoanFundCommand.Disburse d) {
      Case k = cases.get(d.caseId());
      long amount = d.amount().ore();
      return k != null && k.standing == Standing.COMMITTED && amount > 0 && amount <= k.committed;
    } else if (command instanceof LoanFundCommand.ReturnRepayment r) {
      Case k = cases.get(r.caseId());
      long amount = r.amount().ore();
      return revolving && k != null && k.disbursed > 0 && amount > 0 && amount <= k.disbursed - k.returned;
    } else if (command instanceof LoanFundCommand.ReverseReturn r) {
      Case k = cases.get(r.caseId());
      long amount = r.amount().ore();
      return amount > 0 && amount <= (k == null ? 0 : k.returned);
    } else if (command instanceof LoanFundCommand.ChangeCeiling c) {
      long inUse = ceiling - room();
      return c.ceiling().ore() > 0 && c.ceiling().ore() >= inUse && !c.decidedBy().isBlank();
    }
    return false;
  }

  /** Applies an accepted command. */
  void apply(LoanFundCommand command) {
    if (command instanceof LoanFundCommand.Commit c) {
      Case k = cases.computeIfAbsent(c.caseId(), id -> new Case());
      k.standing = Standing.COMMITTED;
      k.committed = c.amount().ore();
    } else if (command instanceof LoanFundCommand.Release r) {
      Case k = cases.get(r.caseId());
      k.standing = k.disbursed > 0 ? Standing.DISBURSED : Standing.RELEASED;
      k.committed = 0;
    } else if (command instanceof LoanFundCommand.Disburse d) {
      Case k = cases.get(d.caseId());
      k.committed -= d.amount().ore();
      k.standing = k.committed > 0 ? Standing.COMMITTED : Standing.DISBURSED;
      k.disbursed += d.amount().ore();
    } else if (command instanceof LoanFundCommand.ReturnRepayment r) {
      cases.get(r.caseId()).returned += r.amount().ore();
    } else if (command instanceof LoanFundCommand.ReverseReturn r) {
      cases.get(r.caseId()).returned -= r.amount().ore();
    } else if (command instanceof LoanFundCommand.ChangeCeiling c) {
      ceiling = c.ceiling().ore();
    }
  }
}
