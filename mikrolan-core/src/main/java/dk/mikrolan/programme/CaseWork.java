package dk.mikrolan.programme;

import dk.mikrolan.cohort.AttendanceSummary;
import dk.mikrolan.cohort.Cohort;
import dk.mikrolan.cohort.CohortEvent;
import dk.mikrolan.cohort.CohortId;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.rules.Refusal;
import dk.mikrolan.usecase.Decided;
import dk.mikrolan.usecase.OnConflict;
import dk.mikrolan.usecase.StreamReader;
import dk.mikrolan.usecase.UseCase;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

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
public final class CaseWork implements UseCase<CaseWork.Loaded, ParticipantCase> {

  /**
   * What a decision is taken on: the case and, for a step that requires it, what the participant
   * attended by the case's cohort's record.
   *
   * @param kase the case
   * @param attendance the attendance by the cohort's record ({@link AttendanceSummary#NONE} when the
   *     step does not use it or the case has no cohort)
   */
  public record Loaded(ParticipantCase kase, AttendanceSummary attendance) {
    /** Checks the parts are present. */
    public Loaded {
      Objects.requireNonNull(kase, "kase");
      Objects.requireNonNull(attendance, "attendance");
    }
  }

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

  private final CaseRef ref;
  private final Function<AttendanceSummary, CaseCommand> command;
  private final boolean readsAttendance;
  private final PolicyVersions<ProgrammePolicy> policies;

  private CaseWork(CaseRef ref, Function<AttendanceSummary, CaseCommand> command, boolean readsAttendance,
      PolicyVersions<ProgrammePolicy> policies) {
    this.ref = Objects.requireNonNull(ref, "ref");
    this.command = Objects.requireNonNull(command, "command");
    this.readsAttendance = readsAttendance;
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
    CaseCommand c = request.command();
    return new CaseWork(request.ref(), attendance -> c, false, policies);
  }

  /**
   * Obtains the use case for a step that rests on what the participant attended — the seminar's
   * start, the recommendation — with the attendance read from the record of the cohort the case is
   * in (none when it is in no cohort), never stated by the caller.
   *
   * @param ref the case, not null
   * @param command the step, given the recorded attendance: a {@link CaseCommand.StartSeminar} or
   *     {@link CaseCommand.Recommend}, not null
   * @param policies the municipality's policy versions, not null
   * @return the use case, never null
   */
  public static CaseWork withRecordedAttendance(CaseRef ref, Function<AttendanceSummary, CaseCommand> command,
      PolicyVersions<ProgrammePolicy> policies) {
    return new CaseWork(ref, attendance -> {
      CaseCommand c = command.apply(attendance);
      if (!(c instanceof CaseCommand.StartSeminar || c instanceof CaseCommand.Recommend)) {
        throw new IllegalArgumentException("Only the seminar's start and the recommendation rest on attendance");
      }
      return c;
    }, true, policies);
  }

  @Override
  public OnConflict onConflict() {
    CaseCommand c = command.apply(AttendanceSummary.NONE);
    return c instanceof CaseCommand.AddNote || c instanceof CaseCommand.RecordCafeMeeting
        || c instanceof CaseCommand.RecordHearingAnswer ? OnConflict.DECIDE_AGAIN : OnConflict.REPORT;
  }

  @Override
  public Loaded load(StreamReader reader) {
    ParticipantCase kase = Loads.kase(reader, ref);
    if (!readsAttendance || kase.cohortId().isEmpty()) {
      return new Loaded(kase, AttendanceSummary.NONE);
    }
    CohortId cohortId;
    try {
      cohortId = CohortId.of(kase.cohortId().get());
    } catch (IllegalArgumentException notACohortId) {
      // A case of version 0.1 may name its cohort in free text: no record, so nothing attended.
      return new Loaded(kase, AttendanceSummary.NONE);
    }
    Cohort cohort = Cohort.replay(reader.read(Cohort.streamId(ref.municipalityCode(), cohortId), CohortEvent.class));
    return new Loaded(kase, cohort.attendanceOf(ref.caseId()));
  }

  @Override
  public Either<Refusal, Decided<ParticipantCase>> decide(Loaded loaded) {
    ParticipantCase kase = loaded.kase();
    CaseCommand c = command.apply(loaded.attendance());
    if (c instanceof CaseCommand.Refer refer && !refer.municipalityCode().equals(ref.municipalityCode())) {
      return Either.left(CaseDecider.refusal(kase, Vector.of(
          CaseRule.MUNICIPALITY_MISMATCH.violation(refer.municipalityCode(), ref.municipalityCode()))));
    }
    Vector<dk.mikrolan.rules.Violation> mismatch = Loads.policyMismatch(ref, policies);
    if (!mismatch.isEmpty()) {
      return Either.left(CaseDecider.refusal(kase, mismatch));
    }
    Either<Refusal, List<CaseEvent>> decided = kase.decide(c, policies);
    return decided.map(events -> Decided.of(kase.evolveAll(events))
        .write(ProgrammeStreams.caseStream(ref), events));
  }
}
