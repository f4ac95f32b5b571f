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
 * Posts a repayment to a loan account, and lets the case follow: the first payment moves it to
 * {@code REPAYING}, the last (or a full write-off) to {@code CLOSED}. When the loan fund is
 * revolving, the repayment flows back into its room. Every stream is written together or not at
 * all.
 *
 * <p>This class is immutable and thread-safe if its store is.
 */
public final class ReceiveRepayment {

  /**
   * The request.
   *
   * @param caseId the case
   * @param fundPeriod the period of the loan fund that paid the loan out
   * @param payment the payment to post
   * @param by who posts it (a caseworker, or the payment integration)
   * @param correlationId ties the writes to the request
   * @param idempotency the client's idempotency key, if any
   */
  public record Request(CaseId caseId, FundPeriod fundPeriod, LoanCommand.ReceivePayment payment, String by,
      String correlationId,
      Optional<IdempotencyKey> idempotency) {
    /** Checks the request. */
    public Request {
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(fundPeriod, "fundPeriod");
      Objects.requireNonNull(payment, "payment");
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
  public ReceiveRepayment(EventStore store, PolicyVersions<ProgrammePolicy> policies, BankingCalendar calendar) {
    this.store = Objects.requireNonNull(store, "store");
    this.policies = Objects.requireNonNull(policies, "policies");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  /**
   * Posts the payment.
   *
   * @param r the request, not null
   * @return the loan account after the payment, a refusal with every reason, or the store's answer
   */
  public UseCaseResult<LoanAccount> receive(Request r) {
    Optional<AppendOutcome> earlier = r.idempotency().flatMap(store::seen);
    if (earlier.isPresent()) {
      return new UseCaseResult.NotWritten<>(earlier.get());
    }
    StreamId caseStream = ProgrammeStreams.caseStream(r.caseId());
    StreamId loanStream = ProgrammeStreams.loanStream(r.caseId());
    ParticipantCase kase = ParticipantCase.replay(store.load(caseStream, CaseEvent.class));
    LoanAccount loan = LoanAccount.replay(calendar, store.load(loanStream, LoanEvent.class));
    var policy = policies.inForceOn(r.payment().date());
    PolicyVersions<LoanPolicy> loanPolicies =
        policy.map(p -> PolicyVersions.of(p.loanPolicy())).getOrElse(PolicyVersions.of());
    Either<Refusal, List<LoanEvent>> posted = loan.decide(r.payment(), loanPolicies);
    if (posted.isLeft()) {
      return new UseCaseResult.Refused<>(posted.getLeft());
    }
    LoanAccount after = posted.get().foldLeft(loan, LoanAccount::evolve);
    java.util.List<StreamAppend> appends = new ArrayList<>();
    appends.add(new StreamAppend(loanStream, loan.version(), posted.get().toJavaList()));
    Either<Refusal, List<CaseEvent>> followed = kase.decide(
        new CaseCommand.FollowLoan(after.status(r.payment().date()), true, r.payment().date(), r.by()),
        policies);
    if (followed.isRight() && !followed.get().isEmpty()) {
      appends.add(new StreamAppend(caseStream, kase.version(), followed.get().toJavaList()));
    }
    StreamId fundStream = LoanFund.streamId(kase.municipalityCode(), r.fundPeriod());
    LoanFund fundBefore = LoanFund.replay(store.load(fundStream, LoanFundEvent.class));
    java.util.List<LoanFundEvent> fundEvents = new ArrayList<>();
    PayoutEnd.releaseRest(store, kase.municipalityCode(), r.fundPeriod(), r.caseId(), posted.get())
        .ifPresent(release -> release.events().forEach(e -> fundEvents.add((LoanFundEvent) e)));
    LoanFund fund = io.vavr.collection.List.ofAll(fundEvents).foldLeft(fundBefore, LoanFund::evolve);
    // Only a revolving fund gets repayments back as room (policy: revolvingFund), and only what
    // reduced the debt: an overpayment belongs to the borrower, not to the fund.
    fundEvents.addAll(FundReturns.adjust(fund, r.caseId(), after, r.payment().date()).toJavaList());
    if (!fundEvents.isEmpty()) {
      appends.add(new StreamAppend(fundStream, fundBefore.version(), fundEvents));
    }
    AppendOutcome outcome = store.append(new AppendBatch(appends, r.by(), r.correlationId(),
        r.idempotency()));
    return outcome instanceof AppendOutcome.Appended
        ? new UseCaseResult.Done<>(after)
        : new UseCaseResult.NotWritten<>(outcome);
  }
}
