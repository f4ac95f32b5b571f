package dk.mikrolan.programme;

import dk.mikrolan.aid.DeMinimisCommand;
import dk.mikrolan.aid.DeMinimisEvent;
import dk.mikrolan.aid.DeMinimisRecord;
import dk.mikrolan.aid.UndertakingId;
import dk.mikrolan.fund.FundPeriod;
import dk.mikrolan.fund.LoanFund;
import dk.mikrolan.fund.LoanFundCommand;
import dk.mikrolan.fund.LoanFundEvent;
import dk.mikrolan.identity.CaseId;
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
 * Ends a case before payout — a rejection or a withdrawal — and, when the loan had been approved,
 * releases its commitment in the loan fund and cancels its de minimis aid (the loan is never paid
 * out), all in one atomic append. A rejection after approval then sends its own letter.
 *
 * <p>This class is immutable and thread-safe if its store and letter port are.
 */
public final class EndCase {

  /**
   * The request.
   *
   * @param caseId the case
   * @param undertaking the undertaking the approval's aid was recorded for
   * @param fundPeriod the loan fund's period
   * @param command a {@link CaseCommand.Reject} or a {@link CaseCommand.Withdraw}
   * @param correlationId ties the writes to the request
   * @param idempotency the client's idempotency key, if any
   */
  public record Request(CaseId caseId, UndertakingId undertaking, FundPeriod fundPeriod, CaseCommand command,
      String correlationId, Optional<IdempotencyKey> idempotency) {
    /** Checks the request. */
    public Request {
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(undertaking, "undertaking");
      Objects.requireNonNull(fundPeriod, "fundPeriod");
      if (!(command instanceof CaseCommand.Reject) && !(command instanceof CaseCommand.Withdraw)) {
        throw new IllegalArgumentException("EndCase takes a rejection or a withdrawal, not " + command);
      }
      Objects.requireNonNull(correlationId, "correlationId");
      Objects.requireNonNull(idempotency, "idempotency");
    }
  }

  private final EventStore store;
  private final PolicyVersions<ProgrammePolicy> policies;
  private final LetterPort letters;

  /**
   * Creates the use case.
   *
   * @param store the event store, not null
   * @param policies the municipality's policy versions, not null
   * @param letters where a rejection letter goes, not null
   */
  public EndCase(EventStore store, PolicyVersions<ProgrammePolicy> policies, LetterPort letters) {
    this.store = Objects.requireNonNull(store, "store");
    this.policies = Objects.requireNonNull(policies, "policies");
    this.letters = Objects.requireNonNull(letters, "letters");
  }

  /**
   * Ends the case.
   *
   * @param r the request, not null
   * @return the case after it, a refusal with every reason, or the store's answer
   */
  public UseCaseResult<ParticipantCase> end(Request r) {
    Optional<AppendOutcome> earlier = r.idempotency().flatMap(store::seen);
    if (earlier.isPresent()) {
      return new UseCaseResult.NotWritten<>(earlier.get());
    }
    StreamId caseStream = ProgrammeStreams.caseStream(r.caseId());
    ParticipantCase kase = ParticipantCase.replay(store.load(caseStream, CaseEvent.class));
    Either<Refusal, List<CaseEvent>> ended = kase.decide(r.command(), policies);
    if (ended.isLeft()) {
      return new UseCaseResult.Refused<>(ended.getLeft());
    }
    java.util.List<StreamAppend> appends = new ArrayList<>();
    appends.add(new StreamAppend(caseStream, kase.version(), ended.get().toJavaList()));
    if (kase.approval().isDefined()) {
      String reason = r.command() instanceof CaseCommand.Withdraw ? "withdrawn" : "rejected";
      StreamId fundStream = LoanFund.streamId(kase.municipalityCode(), r.fundPeriod());
      LoanFund fund = LoanFund.replay(store.load(fundStream, LoanFundEvent.class));
      Either<Refusal, List<LoanFundEvent>> released =
          fund.decide(new LoanFundCommand.Release(r.caseId(), r.command().date(), reason));
      StreamId aidStream = DeMinimisRecord.streamId(r.undertaking());
      DeMinimisRecord aid = DeMinimisRecord.replay(r.undertaking(), store.load(aidStream, DeMinimisEvent.class));
      Either<Refusal, List<DeMinimisEvent>> cancelled =
          aid.decide(new DeMinimisCommand.CancelAid(r.caseId(), r.command().date(), reason), policies);
      if (released.isLeft() || cancelled.isLeft()) {
        Refusal first = released.isLeft() ? released.getLeft() : cancelled.getLeft();
        return new UseCaseResult.Refused<>(first);
      }
      appends.add(new StreamAppend(fundStream, fund.version(), released.get().toJavaList()));
      appends.add(new StreamAppend(aidStream, aid.version(), cancelled.get().toJavaList()));
    }
    AppendOutcome outcome = store.append(new AppendBatch(appends, r.command().by(), r.correlationId(), r.idempotency()));
    if (!(outcome instanceof AppendOutcome.Appended)) {
      return new UseCaseResult.NotWritten<>(outcome);
    }
    ParticipantCase after = ended.get().foldLeft(kase, ParticipantCase::evolve);
    if (after.rejection().isDefined()) {
      letters.deliver(DecisionLetters.of(r.caseId(), after, policies.inForceOn(r.command().date()).get()));
    }
    return new UseCaseResult.Done<>(after);
  }
}
