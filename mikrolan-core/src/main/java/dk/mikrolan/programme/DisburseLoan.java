package dk.mikrolan.programme;

import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.fund.FundPeriod;
import dk.mikrolan.fund.LoanFund;
import dk.mikrolan.fund.LoanFundCommand;
import dk.mikrolan.fund.LoanFundEvent;
import dk.mikrolan.identity.CaseId;
import dk.mikrolan.loan.LoanAccount;
import dk.mikrolan.loan.LoanCommand;
import dk.mikrolan.loan.LoanEvent;
import dk.mikrolan.money.DkkAmount;
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
import dk.mikrolan.rules.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Pays out a tranche of an approved loan: the case records the payout, the loan account opens on
 * the approved terms at the first tranche and records it, and the loan fund turns the commitment
 * into payout — all three written together or not at all.
 *
 * <p>This class is immutable and thread-safe if its store is.
 */
public final class DisburseLoan {

  /**
   * The request.
   *
   * @param caseId the case
   * @param fundPeriod the loan fund's period
   * @param amount the tranche
   * @param date the payout date
   * @param reference the payout's reference in the host's payment system
   * @param by who pays out
   * @param correlationId ties the writes to the request
   * @param idempotency the client's idempotency key, if any
   */
  public record Request(CaseId caseId, FundPeriod fundPeriod, DkkAmount amount, LocalDate date, String reference,
      String by, String correlationId, Optional<IdempotencyKey> idempotency) {
    /** Checks the request. */
    public Request {
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(fundPeriod, "fundPeriod");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(reference, "reference");
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(correlationId, "correlationId");
      Objects.requireNonNull(idempotency, "idempotency");
    }
  }

  /**
   * What a payout did.
   *
   * @param kase the case after the payout
   * @param loan the loan account after the payout
   */
  public record Paid(ParticipantCase kase, LoanAccount loan) {}

  private final EventStore store;
  private final PolicyVersions<ProgrammePolicy> policies;
  private final BankingCalendar calendar;

  /**
   * Creates the use case.
   *
   * @param store the event store, not null
   * @param policies the municipality's policy versions, not null
   * @param calendar the banking calendar of the loan account, not null
   */
  public DisburseLoan(EventStore store, PolicyVersions<ProgrammePolicy> policies, BankingCalendar calendar) {
    this.store = Objects.requireNonNull(store, "store");
    this.policies = Objects.requireNonNull(policies, "policies");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  /**
   * Runs the payout.
   *
   * @param r the request, not null
   * @return the case and loan account after it, a refusal with every reason, or the store's answer
   */
  public UseCaseResult<Paid> disburse(Request r) {
    Optional<AppendOutcome> earlier = r.idempotency().flatMap(store::seen);
    if (earlier.isPresent()) {
      return new UseCaseResult.NotWritten<>(earlier.get());
    }
    StreamId caseStream = ProgrammeStreams.caseStream(r.caseId());
    StreamId loanStream = ProgrammeStreams.loanStream(r.caseId());
    ParticipantCase kase = ParticipantCase.replay(store.load(caseStream, CaseEvent.class));
    LoanAccount loan = LoanAccount.replay(calendar, store.load(loanStream, LoanEvent.class));
    StreamId fundStream = LoanFund.streamId(kase.municipalityCode(), r.fundPeriod());
    LoanFund fund = LoanFund.replay(store.load(fundStream, LoanFundEvent.class));

    Vector<Violation> reasons = Vector.empty();
    Either<Refusal, List<CaseEvent>> caseOutcome =
        kase.decide(new CaseCommand.RecordDisbursement(r.amount(), r.date(), r.by()), policies);
    reasons = caseOutcome.isLeft() ? reasons.appendAll(caseOutcome.getLeft().reasons()) : reasons;

    List<LoanEvent> loanEvents = List.empty();
    if (caseOutcome.isRight()) {
      PolicyVersions<LoanPolicy> loanPolicies = PolicyVersions.of(policies.inForceOn(r.date()).get().loanPolicy());
      LoanAccount current = loan;
      if (loan.terms().isEmpty()) {
        Either<Refusal, List<LoanEvent>> opened =
            loan.decide(new LoanCommand.Open(kase.approvedTerms().get(), r.date()), loanPolicies);
        loanEvents = opened.get();
        current = loanEvents.foldLeft(loan, LoanAccount::evolve);
      }
      Either<Refusal, List<LoanEvent>> paid =
          current.decide(new LoanCommand.Disburse(r.amount(), r.date(), r.reference()), loanPolicies);
      if (paid.isLeft()) {
        reasons = reasons.appendAll(paid.getLeft().reasons());
      } else {
        loanEvents = loanEvents.appendAll(paid.get());
      }
    }
    Either<Refusal, List<LoanFundEvent>> fundOutcome =
        fund.decide(new LoanFundCommand.Disburse(r.caseId(), r.amount(), r.date()));
    reasons = fundOutcome.isLeft() ? reasons.appendAll(fundOutcome.getLeft().reasons()) : reasons;
    if (!reasons.isEmpty()) {
      return new UseCaseResult.Refused<>(new Refusal(kase.isReferred() ? kase.stage().name() : "NOT_REFERRED", reasons));
    }
    AppendOutcome outcome = store.append(new AppendBatch(java.util.List.of(
        new StreamAppend(caseStream, kase.version(), caseOutcome.get().toJavaList()),
        new StreamAppend(loanStream, loan.version(), loanEvents.toJavaList()),
        new StreamAppend(fundStream, fund.version(), fundOutcome.get().toJavaList())),
        r.by(), r.correlationId(), r.idempotency()));
    if (!(outcome instanceof AppendOutcome.Appended)) {
      return new UseCaseResult.NotWritten<>(outcome);
    }
    return new UseCaseResult.Done<>(new Paid(caseOutcome.get().foldLeft(kase, ParticipantCase::evolve),
        loanEvents.foldLeft(loan, LoanAccount::evolve)));
  }
}
