package dk.mikrolan.programme;

import dk.mikrolan.aid.AidRates;
import dk.mikrolan.aid.DeMinimisCommand;
import dk.mikrolan.aid.DeMinimisEvent;
import dk.mikrolan.aid.DeMinimisRecord;
import dk.mikrolan.aid.UndertakingId;
import dk.mikrolan.calendar.BankingCalendar;
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
import dk.mikrolan.rules.Text;
import dk.mikrolan.rules.Violation;
import dk.mikrolan.schedule.RepaymentSchedule;
import dk.mikrolan.schedule.RepaymentTerms;
import dk.mikrolan.schedule.RepaymentTermsValidator;
import io.vavr.collection.List;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Approves a loan: the case's decision, the loan fund's commitment and the undertaking's de
 * minimis record are written together or not at all, each stream at the version it was read at,
 * so two approvals at once can never overcommit the fund. On success the decision letter goes to
 * the host's {@link LetterPort}.
 *
 * <p>This class is immutable and thread-safe if its store and letter port are.
 */
public final class ApproveLoan {

  /**
   * The request.
   *
   * @param caseId the case
   * @param undertaking the undertaking the aid is recorded for (CVR, or the participant before)
   * @param formerUndertaking the same undertaking's earlier key, whose aid counts toward the ceiling
   *     too: the participant, once the business has a CVR number
   * @param fundPeriod the loan fund's period
   * @param terms the granted terms, with the planned disbursement date
   * @param considerations the main considerations (required when less than requested is granted)
   * @param eurDkkRate DKK per euro for the de minimis ceiling
   * @param date the date of the decision
   * @param approver who approves (not the recommending advisor)
   * @param correlationId ties the writes to the request
   * @param idempotency the client's idempotency key, if any
   */
  public record Request(CaseId caseId, UndertakingId undertaking, Optional<UndertakingId> formerUndertaking,
      FundPeriod fundPeriod, RepaymentTerms terms,
      java.util.List<Text> considerations, BigDecimal eurDkkRate, LocalDate date, String approver,
      String correlationId, Optional<IdempotencyKey> idempotency) {
    /** Checks the request. */
    public Request {
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(undertaking, "undertaking");
      Objects.requireNonNull(formerUndertaking, "formerUndertaking");
      Objects.requireNonNull(fundPeriod, "fundPeriod");
      Objects.requireNonNull(terms, "terms");
      considerations = java.util.List.copyOf(considerations);
      Objects.requireNonNull(eurDkkRate, "eurDkkRate");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(approver, "approver");
      Objects.requireNonNull(correlationId, "correlationId");
      Objects.requireNonNull(idempotency, "idempotency");
    }
  }

  private final EventStore store;
  private final PolicyVersions<ProgrammePolicy> policies;
  private final BankingCalendar calendar;
  private final LetterPort letters;

  /**
   * Creates the use case.
   *
   * @param store the event store, not null
   * @param policies the municipality's policy versions, not null
   * @param calendar the banking calendar for the schedule, not null
   * @param letters where the decision letter goes, not null
   */
  public ApproveLoan(EventStore store, PolicyVersions<ProgrammePolicy> policies, BankingCalendar calendar,
      LetterPort letters) {
    this.store = Objects.requireNonNull(store, "store");
    this.policies = Objects.requireNonNull(policies, "policies");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.letters = Objects.requireNonNull(letters, "letters");
  }

  /**
   * Runs the approval.
   *
   * @param request the request, not null
   * @return the letter sent, a refusal with every reason from every stream, or the store's answer
   */
  public UseCaseResult<DecisionLetter> approve(Request request) {
    Optional<AppendOutcome> earlier = request.idempotency().flatMap(store::seen);
    if (earlier.isPresent()) {
      return new UseCaseResult.NotWritten<>(earlier.get());
    }
    StreamId caseStream = ProgrammeStreams.caseStream(request.caseId());
    ParticipantCase kase = ParticipantCase.replay(store.load(caseStream, CaseEvent.class));
    StreamId fundStream = LoanFund.streamId(kase.municipalityCode(), request.fundPeriod());
    LoanFund fund = LoanFund.replay(store.load(fundStream, LoanFundEvent.class));
    StreamId aidStream = DeMinimisRecord.streamId(request.undertaking());
    java.util.List<DeMinimisEvent> aidEvents = store.load(aidStream, DeMinimisEvent.class);
    DeMinimisRecord aid = DeMinimisRecord.replay(request.undertaking(), aidEvents);
    // Reg. 2023/2831 counts aid per undertaking: a person who registers a business is the same
    // undertaking, so aid recorded under the participant counts toward the ceiling under the CVR.
    java.util.List<DeMinimisEvent> together = new java.util.ArrayList<>(aidEvents);
    request.formerUndertaking().filter(f -> !f.equals(request.undertaking()))
        .ifPresent(f -> together.addAll(store.load(DeMinimisRecord.streamId(f), DeMinimisEvent.class)));
    DeMinimisRecord aidOfUndertaking = DeMinimisRecord.replay(request.undertaking(), together);

    Decisions decided = decide(request, kase, fund, aidOfUndertaking);
    if (decided.refusal != null) {
      return new UseCaseResult.Refused<>(decided.refusal);
    }
    AppendBatch batch = new AppendBatch(
        java.util.List.of(
            new StreamAppend(caseStream, kase.version(), decided.caseEvents.toJavaList()),
            new StreamAppend(fundStream, fund.version(), decided.fundEvents.toJavaList()),
            new StreamAppend(aidStream, aid.version(), decided.aidEvents.toJavaList())),
        request.approver(), request.correlationId(), request.idempotency());
    AppendOutcome outcome = store.append(batch);
    if (!(outcome instanceof AppendOutcome.Appended)) {
      return new UseCaseResult.NotWritten<>(outcome);
    }
    ParticipantCase approved = decided.caseEvents.foldLeft(kase, ParticipantCase::evolve);
    DecisionLetter letter = DecisionLetters.of(request.caseId(), approved, policies.inForceOn(request.date()).get());
    letters.deliver(letter);
    return new UseCaseResult.Done<>(letter);
  }

  /** The three streams' decisions, or one refusal with every reason. */
  private static final class Decisions {
    Refusal refusal;
    List<CaseEvent> caseEvents = List.empty();
    List<LoanFundEvent> fundEvents = List.empty();
    List<DeMinimisEvent> aidEvents = List.empty();
  }

  private Decisions decide(Request r, ParticipantCase kase, LoanFund fund, DeMinimisRecord aid) {
    Decisions result = new Decisions();
    Vector<Violation> reasons = Vector.empty();
    ProgrammePolicy policy = policies.inForceOn(r.date()).getOrNull();
    LocalDate payout = r.terms().disbursementDate().orElse(r.date());
    AidStatement statement = null;
    // Terms the policy refuses get their violations from the case's decision below; the schedule
    // (and so the aid) is only computed for terms that can have one.
    boolean termsValid = policy != null
        && RepaymentTermsValidator.validate(r.terms(), PolicyVersions.of(policy.loanPolicy())).isValid();
    if (termsValid) {
      Either<Violation, AidRates> rates = AidRates.on(payout, policy);
      if (rates.isLeft()) {
        reasons = reasons.append(rates.getLeft());
      } else {
        RepaymentSchedule schedule = RepaymentSchedule.of(r.terms(), calendar);
        DeMinimisCommand.RecordAid record = DeMinimisCommand.RecordAid.forLoan(r.caseId(), r.date(), schedule, payout,
            rates.get(), r.eurDkkRate(), policy.municipalityCode());
        Either<Refusal, List<DeMinimisEvent>> aidOutcome = aid.decide(record, policies);
        if (aidOutcome.isLeft()) {
          reasons = reasons.appendAll(aidOutcome.getLeft().reasons());
        } else {
          result.aidEvents = aidOutcome.get();
          DeMinimisEvent.AidGranted granted = (DeMinimisEvent.AidGranted) aidOutcome.get().head();
          statement = new AidStatement(granted.gge(), granted.ggeEur());
        }
      }
    }
    Either<Refusal, List<CaseEvent>> caseOutcome = kase.decide(new CaseCommand.Approve(r.terms(), fund.remainingRoom(),
        Optional.ofNullable(statement), r.considerations(), r.date(), r.approver()), policies);
    if (caseOutcome.isLeft()) {
      // Without a statement the aid record's or the terms' own reasons already say why.
      boolean aidExplained = statement == null && (!reasons.isEmpty() || !termsValid);
      reasons = reasons.appendAll(caseOutcome.getLeft().reasons()
          .filter(v -> !(aidExplained && v.code().equals(CaseRule.AID_STATEMENT_REQUIRED.name()))));
    } else {
      result.caseEvents = caseOutcome.get();
    }
    Either<Refusal, List<LoanFundEvent>> fundOutcome =
        fund.decide(new LoanFundCommand.Commit(r.caseId(), r.terms().principal(), r.date()));
    if (fundOutcome.isLeft()) {
      reasons = reasons.appendAll(fundOutcome.getLeft().reasons());
    } else {
      result.fundEvents = fundOutcome.get();
    }
    if (!reasons.isEmpty()) {
      result.refusal = new Refusal(kase.isReferred() ? kase.stage().name() : "NOT_REFERRED", reasons.distinct());
    }
    return result;
  }
}
