package dk.mikrolan.programme;

import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.fund.FundPeriod;
import dk.mikrolan.fund.LoanFund;
import dk.mikrolan.fund.LoanFundEvent;
import dk.mikrolan.identity.CaseId;
import dk.mikrolan.loan.LoanAccount;
import dk.mikrolan.loan.LoanCommand;
import dk.mikrolan.loan.LoanEvent;
import dk.mikrolan.policy.LoanPolicy;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.port.AppendBatch;
import dk.mikrolan.port.AppendOutcome;
import dk.mikrolan.port.EventStore;
import dk.mikrolan.port.IdempotencyKey;
import dk.mikrolan.port.StreamAppend;
import dk.mikrolan.port.StreamId;
import dk.mikrolan.rules.Refusal;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies a change to a loan account — a write-off, a reversal, a deferral, a reschedule, a refund
 * — and lets the case follow: a full write-off closes it, a reversal after full repayment reopens
 * it. Both streams are written together. (Payments go through {@link ReceiveRepayment}, which also
 * returns money to a revolving fund.)
 *
 * <p>This class is immutable and thread-safe if its store is.
 */
public final class ChangeLoan {

  /**
   * The request.
   *
   * @param caseId the case whose loan changes
   * @param fundPeriod the period of the loan fund that paid the loan out
   * @param command the loan command (not a payment), not null
   * @param by who changes it
   * @param correlationId ties the writes to the request
   * @param idempotency the client's idempotency key, if any
   */
  public record Request(CaseId caseId, FundPeriod fundPeriod, LoanCommand command, String by, String correlationId,
      Optional<IdempotencyKey> idempotency) {
    /** Checks the request. */
    public Request {
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(fundPeriod, "fundPeriod");
      if (command instanceof LoanCommand.ReceivePayment || command instanceof LoanCommand.Open) {
        throw new IllegalArgumentException("Payments go through ReceiveRepayment, openings through DisburseLoan");
      }
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(correlationId, "correlationId");
      Objects.requireNonNull(idempotency, "idempotency");
    }
  }

  private final EventStore store;
  private final PolicyVersions<ProgrammePolicy> policies;
  private final BankingCalendar calendar;

  /**
   * Creates the use case.
   *
   * @param store the event store, not null
   * @param policies the municipality's policy versions, not null
   * @param calendar the loan account's banking calendar, not null
   */
  public ChangeLoan(EventStore store, PolicyVersions<ProgrammePolicy> policies, BankingCalendar calendar) {
    this.store = Objects.requireNonNull(store, "store");
    this.policies = Objects.requireNonNull(policies, "policies");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  /**
   * Applies the change.
   *
   * @param r the request, not null
   * @return the loan account after it, a refusal with every reason, or the store's answer
   */
  public UseCaseResult<LoanAccount> change(Request r) {
    Optional<AppendOutcome> earlier = r.idempotency().flatMap(store::seen);
    if (earlier.isPresent()) {
      return new UseCaseResult.NotWritten<>(earlier.get());
    }
    StreamId caseStream = ProgrammeStreams.caseStream(r.caseId());
    StreamId loanStream = ProgrammeStreams.loanStream(r.caseId());
    ParticipantCase kase = ParticipantCase.replay(store.load(caseStream, CaseEvent.class));
    LoanAccount loan = LoanAccount.replay(calendar, store.load(loanStream, LoanEvent.class));
    PolicyVersions<LoanPolicy> loanPolicies = policies.inForceOn(r.command().date())
        .map(p -> PolicyVersions.of(p.loanPolicy())).getOrElse(PolicyVersions.of());
    Either<Refusal, List<LoanEvent>> changed = loan.decide(r.command(), loanPolicies);
    if (changed.isLeft()) {
      return new UseCaseResult.Refused<>(changed.getLeft());
    }
    LoanAccount after = changed.get().foldLeft(loan, LoanAccount::evolve);
    java.util.List<StreamAppend> appends = new ArrayList<>();
    appends.add(new StreamAppend(loanStream, loan.version(), changed.get().toJavaList()));
    StreamId fundStream = LoanFund.streamId(kase.municipalityCode(), r.fundPeriod());
    LoanFund fundBefore = LoanFund.replay(store.load(fundStream, LoanFundEvent.class));
    java.util.List<LoanFundEvent> fundEvents = new ArrayList<>();
    PayoutEnd.releaseRest(store, kase.municipalityCode(), r.fundPeriod(), r.caseId(), changed.get())
        .ifPresent(release -> release.events().forEach(e -> fundEvents.add((LoanFundEvent) e)));
    LoanFund fund = List.ofAll(fundEvents).foldLeft(fundBefore, LoanFund::evolve);
    // A reversal takes back from a revolving fund what the reversed payment had returned.
    fundEvents.addAll(FundReturns.adjust(fund, r.caseId(), after, r.command().date()).toJavaList());
    if (!fundEvents.isEmpty()) {
      appends.add(new StreamAppend(fundStream, fundBefore.version(), fundEvents));
    }
    boolean paidSomething = !after.balances(r.command().date()).paid().isZero();
    Either<Refusal, List<CaseEvent>> followed = kase.decide(
        new CaseCommand.FollowLoan(after.status(r.command().date()), paidSomething, r.command().date(), r.by()), policies);
    if (followed.isRight() && !followed.get().isEmpty()) {
      appends.add(new StreamAppend(caseStream, kase.version(), followed.get().toJavaList()));
    }
    AppendOutcome outcome = store.append(new AppendBatch(appends, r.by(), r.correlationId(), r.idempotency()));
    return outcome instanceof AppendOutcome.Appended
        ? new UseCaseResult.Done<>(after)
        : new UseCaseResult.NotWritten<>(outcome);
  }
}
