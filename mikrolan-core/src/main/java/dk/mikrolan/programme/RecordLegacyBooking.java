package dk.mikrolan.programme;

import dk.mikrolan.aid.DeMinimisRecord;
import dk.mikrolan.fund.LoanFund;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Records the booking of a case approved before the case remembered it (by version 0.1 of the
 * library), once an administrator has looked it up: the loan fund period whose fund holds the
 * case's commitment or payout, and the undertaking whose de minimis record holds its grant. Both
 * are checked against the fund and the record before anything is written, so a wrong booking is
 * refused rather than taken on trust. A decision: a conflict goes back to the caller.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RecordLegacyBooking implements UseCase<RecordLegacyBooking.Loaded, ParticipantCase> {

  /**
   * The request.
   *
   * @param ref the case
   * @param booking the fund period and the undertaking the approval used
   * @param date the date of recording
   * @param by who records it
   */
  public record Request(CaseRef ref, Booking booking, LocalDate date, String by) {
    /** Checks the request. */
    public Request {
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(booking, "booking");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * What the recording decides on.
   *
   * @param kase the case
   * @param fund the named period's loan fund
   * @param aid the named undertaking's de minimis record
   */
  public record Loaded(ParticipantCase kase, LoanFund fund, DeMinimisRecord aid) {

    /** Checks that every component is present. */
    public Loaded {
      Objects.requireNonNull(kase, "kase");
      Objects.requireNonNull(fund, "fund");
      Objects.requireNonNull(aid, "aid");
    }
  }

  private final Request request;
  private final PolicyVersions<ProgrammePolicy> policies;

  private RecordLegacyBooking(Request request, PolicyVersions<ProgrammePolicy> policies) {
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
  public static RecordLegacyBooking of(Request request, PolicyVersions<ProgrammePolicy> policies) {
    return new RecordLegacyBooking(request, policies);
  }

  @Override
  public OnConflict onConflict() {
    return OnConflict.REPORT;
  }

  @Override
  public Loaded load(StreamReader reader) {
    Booking b = request.booking();
    return new Loaded(Loads.kase(reader, request.ref()),
        Loads.fund(reader, request.ref().municipalityCode(), b.fundPeriod()), Loads.aid(reader, b.undertaking()));
  }

  @Override
  public Either<Refusal, Decided<ParticipantCase>> decide(Loaded loaded) {
    CaseRef ref = request.ref();
    Vector<Violation> reasons = Loads.policyMismatch(ref, policies);
    Either<Refusal, List<CaseEvent>> booked = loaded.kase().decide(
        new CaseCommand.RecordBooking(request.booking(), request.date(), request.by()), policies);
    if (booked.isLeft()) {
      reasons = reasons.appendAll(booked.getLeft().reasons());
    }
    // The approval committed the fund and recorded the aid: a booking that names a fund or a
    // record that never saw the case would send payouts, returns and cancellations astray.
    LoanFund fund = loaded.fund();
    if (fund.commitmentOf(ref.caseId()).isEmpty() && !fund.disbursedTo(ref.caseId()).isPositive()) {
      reasons = reasons.append(CaseRule.BOOKING_NOT_FOUND.violation("fund " + request.booking().fundPeriod()));
    }
    if (loaded.aid().grantOf(ref.municipalityCode(), ref.caseId()).isEmpty()) {
      reasons = reasons.append(CaseRule.BOOKING_NOT_FOUND.violation(request.booking().undertaking().streamKey()));
    }
    if (!reasons.isEmpty()) {
      return Either.left(CaseDecider.refusal(loaded.kase(), reasons));
    }
    return Either.right(Decided.of(loaded.kase().evolveAll(booked.get()))
        .write(ProgrammeStreams.caseStream(ref), booked.get()));
  }
}
