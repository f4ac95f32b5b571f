package dk.mikrolan.fund;

import static dk.mikrolan.fund.LoanFundRule.*;

import dk.mikrolan.identity.CaseId;
import dk.mikrolan.money.DanishFormat;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.rules.Refusal;
import dk.mikrolan.rules.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Vector;
import io.vavr.control.Either;

/** The decisions of {@link LoanFund}: which commands it accepts, and the events they cause. */
final class LoanFundDecider {


  private LoanFundDecider() {}

  static Either<Refusal, List<LoanFundEvent>> decide(LoanFund fund, LoanFundCommand command) {
    if (command instanceof LoanFundCommand.Open open) {
      Vector<Violation> problems = Vector.empty();
      if (fund.status() != LoanFundStatus.NOT_OPENED) {
        problems = problems.append(ALREADY_OPENED.violation());
      }
      if (!dk.mikrolan.identity.MunicipalityCode.isValid(open.municipalityCode())) {
        problems = problems.append(MUNICIPALITY_CODE_MALFORMED.violation(open.municipalityCode()));
      }
      if (!open.ceiling().isPositive()) {
        problems = problems.append(CEILING_NOT_POSITIVE.violation());
      }
      return outcome(fund, problems, new LoanFundEvent.FundOpened(
          open.municipalityCode(), open.period(), open.ceiling(), open.revolving(), open.date()));
    }
    if (fund.status() == LoanFundStatus.NOT_OPENED) {
      return Either.left(new Refusal(fund.status().name(), Vector.of(NOT_OPENED.violation())));
    }
    if (command instanceof LoanFundCommand.Commit c) {
      return outcome(fund, commit(fund, c), new LoanFundEvent.Committed(c.caseId(), c.amount(), c.date()));
    } else if (command instanceof LoanFundCommand.Release r) {
      Vector<Violation> problems = openCommitment(fund, r.caseId());
      if (r.reason().isBlank()) {
        problems = problems.append(DECISION_INCOMPLETE.violation());
      }
      return outcome(fund, problems, new LoanFundEvent.Released(r.caseId(), r.date(), r.reason()));
    } else if (command instanceof LoanFundCommand.Disburse d) {
      Vector<Violation> problems = positive(d.amount()).appendAll(openCommitment(fund, d.caseId()));
      var commitment = fund.commitmentOf(d.caseId());
      if (commitment.isPresent() && d.amount().isGreaterThan(commitment.get())) {
        problems = problems.append(amounts(DISBURSEMENT_ABOVE_COMMITMENT, d.amount(), commitment.get()));
      }
      return outcome(fund, problems, new LoanFundEvent.Disbursed(d.caseId(), d.amount(), d.date()));
    } else if (command instanceof LoanFundCommand.ReturnRepayment r) {
      return outcome(fund, repayment(fund, r), new LoanFundEvent.RepaymentReturned(r.caseId(), r.amount(), r.date()));
    } else if (command instanceof LoanFundCommand.ReverseReturn r) {
      Vector<Violation> problems = positive(r.amount());
      if (r.amount().isGreaterThan(fund.returnedFrom(r.caseId()))) {
        problems = problems.append(amounts(REVERSAL_ABOVE_RETURNED, r.amount(), fund.returnedFrom(r.caseId())));
      }
      return outcome(fund, problems, new LoanFundEvent.ReturnReversed(r.caseId(), r.amount(), r.date()));
    } else if (command instanceof LoanFundCommand.ChangeCeiling c) {
      Vector<Violation> problems = Vector.empty();
      if (!c.ceiling().isPositive()) {
        problems = problems.append(CEILING_NOT_POSITIVE.violation());
      }
      DkkAmount inUse = fund.ceiling().minus(fund.remainingRoom());
      if (c.ceiling().isLessThan(inUse)) {
        problems = problems.append(amounts(CEILING_BELOW_USE, c.ceiling(), inUse));
      }
      if (c.decidedBy().isBlank()) {
        problems = problems.append(DECISION_INCOMPLETE.violation());
      }
      return outcome(fund, problems, new LoanFundEvent.CeilingChanged(c.ceiling(), c.date(), c.decidedBy()));
    }
    throw new IllegalArgumentException("Unknown command " + command.getClass().getName());
  }

  private static Vector<Violation> commit(LoanFund fund, LoanFundCommand.Commit c) {
    Vector<Violation> problems = positive(c.amount());
    var booking = fund.bookingOf(c.caseId());
    if (booking.exists(b -> b.standing() == CaseBooking.Standing.COMMITTED)) {
      problems = problems.append(amounts(CASE_ALREADY_COMMITTED, c.caseId(), DkkAmount.ofOre(booking.get().committed())));
    } else if (booking.exists(b -> b.standing() == CaseBooking.Standing.DISBURSED)) {
      problems = problems.append(amounts(CASE_ALREADY_DISBURSED, c.caseId(), DkkAmount.ofOre(booking.get().disbursed())));
    }
    DkkAmount room = fund.remainingRoom();
    if (c.amount().isGreaterThan(room)) {
      problems = problems.append(amounts(ABOVE_REMAINING_ROOM, c.amount(), room));
    }
    FundPeriod period = fund.opening().get().period();
    if (!period.contains(c.date())) {
      problems = problems.append(COMMIT_OUTSIDE_PERIOD.violation(c.date(), period));
    }
    return problems;
  }

  private static Vector<Violation> repayment(LoanFund fund, LoanFundCommand.ReturnRepayment r) {
    Vector<Violation> problems = positive(r.amount());
    if (!fund.isRevolving()) {
      problems = problems.append(FUND_NOT_REVOLVING.violation());
    }
    if (fund.bookingOf(r.caseId()).isEmpty()) {
      return problems.append(UNKNOWN_CASE.violation(r.caseId()));
    }
    DkkAmount open = fund.disbursedTo(r.caseId()).minus(fund.returnedFrom(r.caseId()));
    if (fund.disbursedTo(r.caseId()).isZero()) {
      problems = problems.append(NOTHING_DISBURSED_TO_CASE.violation(r.caseId()));
    } else if (r.amount().isGreaterThan(open)) {
      problems = problems.append(amounts(REPAYMENT_ABOVE_DISBURSED, r.amount(), open));
    }
    return problems;
  }

  private static Vector<Violation> openCommitment(LoanFund fund, CaseId caseId) {
    var booking = fund.bookingOf(caseId);
    if (booking.isEmpty()) {
      return Vector.of(UNKNOWN_CASE.violation(caseId));
    }
    CaseBooking.Standing standing = booking.get().standing();
    return standing == CaseBooking.Standing.COMMITTED
        ? Vector.empty()
        : Vector.of(NO_OPEN_COMMITMENT.violation(
            new Object[] {caseId, standing.danish}, new Object[] {caseId, standing.english}));
  }

  private static Vector<Violation> positive(DkkAmount amount) {
    return amount.isPositive() ? Vector.empty() : Vector.of(AMOUNT_NOT_POSITIVE.violation());
  }

  /** Amounts in Danish form in the Danish text, in canonical form in the English one. */
  private static Violation amounts(LoanFundRule rule, Object first, DkkAmount second) {
    Object danishFirst = first instanceof DkkAmount a ? DanishFormat.format(a) : first;
    return rule.violation(new Object[] {danishFirst, DanishFormat.format(second)}, new Object[] {first, second});
  }

  private static Either<Refusal, List<LoanFundEvent>> outcome(
      LoanFund fund, Vector<Violation> problems, LoanFundEvent event) {
    return problems.isEmpty()
        ? Either.right(List.of(event))
        : Either.left(new Refusal(fund.status().name(), problems));
  }
}
