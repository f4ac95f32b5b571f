package dk.mikrolan.programme;

import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.fund.LoanFund;
import dk.mikrolan.fund.LoanFundEvent;
import dk.mikrolan.fund.LoanFundRule;
import dk.mikrolan.fund.LoanFundStatus;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.loan.LoanAccount;
import dk.mikrolan.loan.LoanCommand;
import dk.mikrolan.loan.LoanEvent;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.port.StreamId;
import dk.mikrolan.rules.Refusal;
import dk.mikrolan.rules.Violation;
import dk.mikrolan.usecase.Decided;
import dk.mikrolan.usecase.OnConflict;
import dk.mikrolan.usecase.StreamReader;
import dk.mikrolan.usecase.UseCase;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.util.List;
import java.util.Objects;

/**
 * Applies a command to a loan account — a payment, a refund, a reversal, a deferral, a
 * reschedule, a write-off, closing payout — and lets the rest follow in the same append: the case
 * follows the loan's status (the first payment moves it to {@code REPAYING}, the last payment or a
 * full write-off to {@code CLOSED}, a reversal after full repayment back to {@code REPAYING}); the
 * fund the case booked at approval releases a commitment left when payout closes short of the
 * grant, and a revolving fund gets back exactly what reduced the debt.
 *
 * <p>A payment is a fact of the bank: on a conflict it is decided again on the newer state. Every
 * other loan command is a decision: a conflict goes back to the caller.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ChangeLoan implements UseCase<CaseWithLoan, LoanAccount> {

  /**
   * The request.
   *
   * @param ref the case whose loan changes
   * @param command the loan command (not an opening: payout opens the account), not null
   * @param by who acts (a caseworker, or the payment integration's system actor)
   */
  public record Request(CaseRef ref, LoanCommand command, String by) {
    /** Checks the request. */
    public Request {
      Objects.requireNonNull(ref, "ref");
      if (command instanceof LoanCommand.Open || command instanceof LoanCommand.Disburse) {
        throw new IllegalArgumentException("Payout (and the opening with it) goes through DisburseLoan");
      }
      Objects.requireNonNull(by, "by");
    }
  }


  private final Request request;
  private final PolicyVersions<ProgrammePolicy> policies;
  private final BankingCalendar calendar;

  private ChangeLoan(Request request, PolicyVersions<ProgrammePolicy> policies, BankingCalendar calendar) {
    this.request = Objects.requireNonNull(request, "request");
    this.policies = Objects.requireNonNull(policies, "policies");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  /**
   * Obtains the use case for one request.
   *
   * @param request the request, not null
   * @param policies the municipality's policy versions, not null
   * @param calendar the loan account's banking calendar, not null
   * @return the use case, never null
   */
  public static ChangeLoan of(Request request, PolicyVersions<ProgrammePolicy> policies, BankingCalendar calendar) {
    return new ChangeLoan(request, policies, calendar);
  }

  /** Who decides a loan decision (deferral, reschedule, write-off); none for the bank's facts. */
  private static java.util.Optional<String> decider(LoanCommand command) {
    if (command instanceof LoanCommand.Defer d) {
      return java.util.Optional.of(d.decidedBy());
    } else if (command instanceof LoanCommand.Reschedule r) {
      return java.util.Optional.of(r.decidedBy());
    } else if (command instanceof LoanCommand.WriteOff w) {
      return java.util.Optional.of(w.decidedBy());
    }
    return java.util.Optional.empty();
  }

  @Override
  public OnConflict onConflict() {
    return request.command() instanceof LoanCommand.ReceivePayment ? OnConflict.DECIDE_AGAIN : OnConflict.REPORT;
  }

  @Override
  public CaseWithLoan load(StreamReader reader) {
    return CaseWithLoan.load(reader, request.ref(), calendar);
  }

  @Override
  public Either<Refusal, Decided<LoanAccount>> decide(CaseWithLoan loaded) {
    Request r = request;
    ParticipantCase kase = loaded.kase();
    LoanAccount loan = loaded.loan();
    var date = r.command().date();
    Vector<Violation> reasons = Loads.policyMismatch(r.ref(), policies).appendAll(decider(r.command())
        .map(by -> ApprovalRules.fourEyes(kase, by)).orElse(Vector.empty()));
    Either<Refusal, List<LoanEvent>> changed = loan.decide(r.command(), Loads.loanPolicies(policies, date));
    if (changed.isLeft()) {
      return Either.left(new Refusal(changed.getLeft().state(), reasons.appendAll(changed.getLeft().reasons())));
    }
    LoanAccount after = loan.evolveAll(changed.get());
    List<LoanFundEvent> fundEvents = new java.util.ArrayList<>();
    if (loaded.fund().isEmpty()) {
      reasons = reasons.append(CaseRule.BOOKING_MISSING.violation());
    } else if (loaded.fund().get().status() != LoanFundStatus.OPEN) {
      // A booking recorded by hand for a legacy case can name a period whose fund was never opened.
      reasons = reasons.append(LoanFundRule.NOT_OPENED.violation());
    } else {
      Either<Refusal, List<LoanFundEvent>> released = PayoutEnd.releaseRest(loaded.fund().get(), r.ref().caseId(), changed.get());
      LoanFund fund = loaded.fund().get().evolveAll(released.getOrElse(List.of()));
      // Only a revolving fund gets repayments back as room (policy: revolvingFund), and only what
      // reduced the debt: an overpayment belongs to the borrower; a reversal takes back what the
      // reversed payment had returned.
      Either<Refusal, List<LoanFundEvent>> returned = FundReturns.adjust(fund, r.ref().caseId(), after, date);
      for (Either<Refusal, List<LoanFundEvent>> part : List.of(released, returned)) {
        if (part.isLeft()) {
          reasons = reasons.appendAll(part.getLeft().reasons());
        } else {
          fundEvents.addAll(part.get());
        }
      }
    }
    // The case follows the loan as the account stands after the change. The loan refuses a command
    // dated before its latest event, so the command's date is the account's latest.
    boolean paidSomething = !after.balances(date).paid().isZero();
    Either<Refusal, List<CaseEvent>> followed =
        kase.decide(new CaseCommand.FollowLoan(after.status(date), paidSomething, date, r.by()), policies);
    if (followed.isLeft()) {
      reasons = reasons.appendAll(followed.getLeft().reasons());
    }
    if (!reasons.isEmpty()) {
      // Nothing is dropped: when the case or the fund cannot follow, the loan is not changed either.
      return Either.left(CaseDecider.refusal(kase, reasons));
    }
    StreamId fundStream = LoanFund.streamId(r.ref().municipalityCode(), kase.booking().get().fundPeriod());
    return Either.right(Decided.of(after)
        .write(ProgrammeStreams.loanStream(r.ref()), changed.get())
        .write(ProgrammeStreams.caseStream(r.ref()), followed.get())
        .write(fundStream, fundEvents));
  }
}
