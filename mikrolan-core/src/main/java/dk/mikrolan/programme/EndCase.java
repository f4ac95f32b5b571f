package dk.mikrolan.programme;

import dk.mikrolan.aid.DeMinimisCommand;
import dk.mikrolan.aid.DeMinimisEvent;
import dk.mikrolan.aid.DeMinimisRecord;
import dk.mikrolan.fund.LoanFund;
import dk.mikrolan.fund.LoanFundCommand;
import dk.mikrolan.fund.LoanFundEvent;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.policy.ProgrammePolicy;
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
import java.util.Optional;

/**
 * Ends a case before payout — a rejection or a withdrawal — and, when the loan had been approved,
 * releases its commitment in the loan fund the case booked and cancels its de minimis aid (the
 * loan is never paid out), all in one atomic append. A rejection writes its decision letter to the
 * outbox in the same append. A decision: a conflict goes back to the caller.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EndCase implements UseCase<EndCase.Loaded, EndCase.Ended> {

  /**
   * The request.
   *
   * @param ref the case
   * @param command a {@link CaseCommand.Reject} or a {@link CaseCommand.Withdraw}
   */
  public record Request(CaseRef ref, CaseCommand command) {
    /** Checks the request. */
    public Request {
      Objects.requireNonNull(ref, "ref");
      if (!(command instanceof CaseCommand.Reject) && !(command instanceof CaseCommand.Withdraw)) {
        throw new IllegalArgumentException("EndCase takes a rejection or a withdrawal, not " + command);
      }
    }
  }

  /**
   * What ending the case did.
   *
   * @param kase the case after it
   * @param letterId the id of the rejection letter in the outbox (none for a withdrawal)
   * @param letter the rejection letter (none for a withdrawal)
   */
  public record Ended(ParticipantCase kase, Optional<String> letterId, Optional<DecisionLetter> letter) {

    /** Checks that every component is present. */
    public Ended {
      Objects.requireNonNull(kase, "kase");
      Objects.requireNonNull(letterId, "letterId");
      Objects.requireNonNull(letter, "letter");
    }
  }

  /**
   * What ending decides on.
   *
   * @param kase the case
   * @param fund the booked loan fund, when the case was approved and booked; else empty
   * @param aid the booked undertaking's de minimis record, likewise
   */
  public record Loaded(ParticipantCase kase, Optional<LoanFund> fund, Optional<DeMinimisRecord> aid) {
    /** Checks every component. */
    public Loaded {
      Objects.requireNonNull(kase, "kase");
      Objects.requireNonNull(fund, "fund");
      Objects.requireNonNull(aid, "aid");
    }
  }

  private final Request request;
  private final PolicyVersions<ProgrammePolicy> policies;

  private EndCase(Request request, PolicyVersions<ProgrammePolicy> policies) {
    this.request = Objects.requireNonNull(request, "request");
    this.policies = Objects.requireNonNull(policies, "policies");
  }

  /**
   * Obtains the use case for one request.
   *
   * @param request the request, not null
   * @param policies the municipality's policy versions, not null
   * @return the use case, never null
   */
  public static EndCase of(Request request, PolicyVersions<ProgrammePolicy> policies) {
    return new EndCase(request, policies);
  }

  @Override
  public OnConflict onConflict() {
    return OnConflict.REPORT;
  }

  @Override
  public Loaded load(StreamReader reader) {
    ParticipantCase kase = Loads.kase(reader, request.ref());
    if (kase.approval().isEmpty() || kase.booking().isEmpty()) {
      return new Loaded(kase, Optional.empty(), Optional.empty());
    }
    Booking b = kase.booking().get();
    return new Loaded(kase, Optional.of(Loads.fund(reader, request.ref().municipalityCode(), b.fundPeriod())),
        Optional.of(Loads.aid(reader, b.undertaking())));
  }

  @Override
  public Either<Refusal, Decided<Ended>> decide(Loaded loaded) {
    CaseRef ref = request.ref();
    ParticipantCase kase = loaded.kase();
    CaseCommand command = request.command();
    Either<Refusal, List<CaseEvent>> ended = kase.decide(command, policies);
    Vector<Violation> reasons = Loads.policyMismatch(ref, policies)
        .appendAll(ended.isLeft() ? ended.getLeft().reasons() : Vector.empty());
    List<LoanFundEvent> released = List.of();
    List<DeMinimisEvent> cancelled = List.of();
    if (kase.approval().isPresent()) {
      if (loaded.fund().isEmpty() || loaded.aid().isEmpty()) {
        reasons = reasons.append(CaseRule.BOOKING_MISSING.violation());
      } else {
        String reason = command instanceof CaseCommand.Withdraw ? "withdrawn" : "rejected";
        Either<Refusal, List<LoanFundEvent>> release =
            loaded.fund().get().decide(new LoanFundCommand.Release(ref.caseId(), command.date(), reason));
        Either<Refusal, List<DeMinimisEvent>> cancel =
            loaded.aid().get().decide(new DeMinimisCommand.CancelAid(ref.municipalityCode(), ref.caseId(), command.date(), reason),
            policies);
        reasons = release.isLeft() ? reasons.appendAll(release.getLeft().reasons()) : reasons;
        reasons = cancel.isLeft() ? reasons.appendAll(cancel.getLeft().reasons()) : reasons;
        released = release.getOrElse(List.of());
        cancelled = cancel.getOrElse(List.of());
      }
    }
    if (!reasons.isEmpty()) {
      return Either.left(CaseDecider.refusal(kase, reasons));
    }
    ParticipantCase after = kase.evolveAll(ended.get());
    Decided<Ended> decided = Decided.of(new Ended(after, Optional.empty(), Optional.empty()))
        .write(ProgrammeStreams.caseStream(ref), ended.get());
    if (!released.isEmpty()) {
      Booking b = kase.booking().get();
      decided = decided.write(LoanFund.streamId(ref.municipalityCode(), b.fundPeriod()), released)
          .write(DeMinimisRecord.streamId(b.undertaking()), cancelled);
    }
    if (after.rejection().isPresent()) {
      DecisionLetter letter = DecisionLetters.of(ref.caseId(), after, policies.inForceOn(command.date()).orElseThrow());
      var letterStream = ProgrammeStreams.letterStream(ref, kase.version() + 1L);
      decided = decided.withValue(new Ended(after, Optional.of(letterStream.id()), Optional.of(letter)))
          .write(letterStream, List.of(new LetterEvent.Issued(ref.municipalityCode(), letter)));
    }
    return Either.right(decided);
  }
}
