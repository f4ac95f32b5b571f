package dk.mikrolan.programme;

import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.rules.Refusal;
import dk.mikrolan.usecase.Decided;
import dk.mikrolan.usecase.OnConflict;
import dk.mikrolan.usecase.StreamReader;
import dk.mikrolan.usecase.UseCase;
import io.vavr.collection.List;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * The case work that touches the case alone: the referral, screening, café meetings, the
 * assessment, competence development, the seminar, the recommendation, hearings, the
 * application, follow-ups and notes. Approval, payout, ending a case and
 * the loan's changes touch other streams too and have use cases of their own.
 *
 * <p>What the world supplies — a note, a café meeting held, a hearing's answer — is a fact and is
 * decided again on a conflict; every other command is a decision and its conflict goes back to
 * the caller.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CaseWork implements UseCase<ParticipantCase, ParticipantCase> {

  /**
   * The request.
   *
   * @param ref the case
   * @param command the command, one that touches the case alone
   */
  public record Request(CaseRef ref, CaseCommand command) {
    /** Checks the request. */
    public Request {
      Objects.requireNonNull(ref, "ref");
      if (command instanceof CaseCommand.Approve || command instanceof CaseCommand.RecordDisbursement) {
        throw new IllegalArgumentException("Approval and payout go through ApproveLoan and DisburseLoan");
      } else if (command instanceof CaseCommand.Reject || command instanceof CaseCommand.Withdraw) {
        throw new IllegalArgumentException("Rejections and withdrawals go through EndCase");
      } else if (command instanceof CaseCommand.FollowLoan) {
        throw new IllegalArgumentException("The case follows its loan through ChangeLoan");
      } else if (command instanceof CaseCommand.RecordBooking) {
        throw new IllegalArgumentException("A legacy booking is checked against the fund and aid: RecordLegacyBooking");
      }
    }
  }

  private final Request request;
  private final PolicyVersions<ProgrammePolicy> policies;

  private CaseWork(Request request, PolicyVersions<ProgrammePolicy> policies) {
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
  public static CaseWork of(Request request, PolicyVersions<ProgrammePolicy> policies) {
    return new CaseWork(request, policies);
  }

  @Override
  public OnConflict onConflict() {
    CaseCommand c = request.command();
    return c instanceof CaseCommand.AddNote || c instanceof CaseCommand.RecordCafeMeeting
        || c instanceof CaseCommand.RecordHearingAnswer ? OnConflict.DECIDE_AGAIN : OnConflict.REPORT;
  }

  @Override
  public ParticipantCase load(StreamReader reader) {
    return Loads.kase(reader, request.ref());
  }

  @Override
  public Either<Refusal, Decided<ParticipantCase>> decide(ParticipantCase kase) {
    if (request.command() instanceof CaseCommand.Refer refer
        && !refer.municipalityCode().equals(request.ref().municipalityCode())) {
      return Either.left(CaseDecider.refusal(kase, Vector.of(
          CaseRule.MUNICIPALITY_MISMATCH.violation(refer.municipalityCode(), request.ref().municipalityCode()))));
    }
    Vector<dk.mikrolan.rules.Violation> mismatch = Loads.policyMismatch(request.ref(), policies);
    if (!mismatch.isEmpty()) {
      return Either.left(CaseDecider.refusal(kase, mismatch));
    }
    Either<Refusal, List<CaseEvent>> decided = kase.decide(request.command(), policies);
    return decided.map(events -> Decided.of(events.foldLeft(kase, ParticipantCase::evolve))
        .write(ProgrammeStreams.caseStream(request.ref()), events.toJavaList()));
  }
}
