package dk.mikrolan.office;

import dk.mikrolan.access.Action;
import dk.mikrolan.access.Actor;
import dk.mikrolan.access.Permissions;
import dk.mikrolan.aid.DeMinimisEvent;
import dk.mikrolan.aid.DeMinimisRecord;
import dk.mikrolan.aid.UndertakingId;
import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.cohort.Cohort;
import dk.mikrolan.cohort.AttendanceSummary;
import dk.mikrolan.cohort.CohortEvent;
import dk.mikrolan.cohort.CohortId;
import dk.mikrolan.cohort.CohortWork;
import dk.mikrolan.disclosure.ReviewPackage;
import dk.mikrolan.fund.FundPeriod;
import dk.mikrolan.fund.LoanFund;
import dk.mikrolan.fund.LoanFundCommand;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.identity.Cpr;
import dk.mikrolan.identity.ParticipantRef;
import dk.mikrolan.identity.MunicipalityCode;
import dk.mikrolan.loan.LoanAccount;
import dk.mikrolan.loan.LoanEvent;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.port.CprAccess;
import dk.mikrolan.port.CprDirectory;
import dk.mikrolan.port.EventStore;
import dk.mikrolan.port.IdempotencyKey;
import dk.mikrolan.port.StreamId;
import dk.mikrolan.programme.ApproveLoan;
import dk.mikrolan.programme.Booking;
import dk.mikrolan.programme.CaseCommand;
import dk.mikrolan.programme.CaseEvent;
import dk.mikrolan.programme.CaseWork;
import dk.mikrolan.programme.ChangeLoan;
import dk.mikrolan.programme.DecisionLetter;
import dk.mikrolan.programme.DisburseLoan;
import dk.mikrolan.programme.EndCase;
import dk.mikrolan.programme.LetterDispatcher;
import dk.mikrolan.programme.LetterEvent;
import dk.mikrolan.programme.LetterPort;
import dk.mikrolan.programme.ParticipantCase;
import dk.mikrolan.programme.ProgrammeStreams;
import dk.mikrolan.programme.RecordLegacyBooking;
import dk.mikrolan.report.ProgrammeReport;
import dk.mikrolan.report.ProgrammeReports;
import dk.mikrolan.report.ReportScope;
import dk.mikrolan.rules.Refusal;
import dk.mikrolan.rules.Text;
import dk.mikrolan.schedule.RepaymentTerms;
import dk.mikrolan.usecase.Caller;
import dk.mikrolan.usecase.Idempotent;
import dk.mikrolan.usecase.UseCase;
import dk.mikrolan.usecase.UseCaseResult;
import dk.mikrolan.usecase.UseCaseShell;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one object a host builds, once, from its event store, policy source, letter port and clock,
 * and through which every use case runs. For each call it takes the actor the host authenticated
 * and:
 *
 * <ul>
 *   <li>checks {@link Permissions}: outside the actor's municipalities the case does not exist
 *       ({@code NOT_FOUND}); a role that may not gets {@code FORBIDDEN}; nothing is written;
 *   <li>fills every "by", "decided by" and the approver from the actor — whatever a command held,
 *       so no caller can act as someone else — and dates decisions, notes, hearings and stage
 *       changes by its clock; a date the world supplies (a café meeting held earlier, a hearing's
 *       answer received, a payment's value date, a payout's date, an enrolment) is kept if it is not
 *       in the future and not more than {@link Builder#lateRegistrationDays(int)} days old;
 *   <li>uses the policies of the case's municipality, and the banking calendar configured here
 *       only;
 *   <li>ties an idempotency key to the acting user.
 * </ul>
 *
 * <p>This class is immutable and thread-safe if its store, policy source and letter port are.
 */
public final class Mikrolan {

  private final UseCaseShell shell;
  private final PolicySource policies;
  private final BankingCalendar calendar;
  private final Clock clock;
  private final Permissions permissions;
  private final int lateRegistrationDays;
  private final LetterDispatcher letters;
  private final dk.mikrolan.read.@org.jspecify.annotations.Nullable ProgrammeReads reads;
  private final @org.jspecify.annotations.Nullable CprDirectory directory;
  private final EventStore store;
  private final String correlationId;
  private final java.util.OptionalLong expectedVersion;

  private Mikrolan(Builder b) {
    this.expectedVersion = java.util.OptionalLong.empty();
    this.store = b.store;
    this.directory = b.directory != null ? b.directory
        : b.store instanceof dk.mikrolan.port.InMemoryEventStore memory
            ? dk.mikrolan.read.InMemoryCprDirectory.over(memory) : null;
    this.correlationId = "mikrolan";
    this.reads = b.reads != null ? b.reads
        : b.store instanceof dk.mikrolan.port.InMemoryEventStore memory
            ? dk.mikrolan.read.InMemoryReads.over(memory, BankingCalendar.danish()) : null;
    this.shell = UseCaseShell.over(b.store);
    this.policies = b.policies;
    this.calendar = this.reads != null ? this.reads.calendar() : BankingCalendar.danish();
    this.clock = b.clock;
    this.permissions = b.permissions;
    this.lateRegistrationDays = b.lateRegistrationDays;
    this.letters = new LetterDispatcher(b.store, shell, b.letters, b.clock);
  }

  private Mikrolan(Mikrolan m, String correlationId, java.util.OptionalLong expectedVersion) {
    this.expectedVersion = expectedVersion;
    this.shell = m.shell;
    this.policies = m.policies;
    this.calendar = m.calendar;
    this.clock = m.clock;
    this.permissions = m.permissions;
    this.lateRegistrationDays = m.lateRegistrationDays;
    this.letters = m.letters;
    this.reads = m.reads;
    this.directory = m.directory;
    this.store = m.store;
    this.correlationId = correlationId;
  }

  /**
   * Returns this entry point acting for one request of the host's: every event it appends and every
   * CPR reading it logs carries the request's correlation id, so a host's log, the events and the
   * access log can be joined. Cheap; make one per request.
   *
   * @param correlationId the host's request id, 1–120 characters, never a CPR number, not null
   * @return the entry point for the request, never null
   * @throws IllegalArgumentException if the id is blank, too long or may hold a CPR number
   */
  public Mikrolan correlated(String correlationId) {
    Objects.requireNonNull(correlationId, "correlationId");
    if (correlationId.isBlank() || correlationId.length() > 120 || dk.mikrolan.identity.Cpr.mayAppearIn(correlationId)) {
      throw new IllegalArgumentException("A correlation id is 1–120 characters and never a CPR number");
    }
    return new Mikrolan(this, correlationId, expectedVersion);
  }

  /**
   * Returns this entry point for one command that holds only if what it changes is still as the
   * caller last saw it (HTTP's {@code If-Match}): the case stream for case work, approval, payout and
   * a legacy booking; the loan stream for a loan's change; the cohort's, the policy history's or
   * the fund's stream for theirs. If that stream is at another version when the command is
   * decided, it is refused ({@code STALE}, {@code VERSION_STALE}) and nothing is written; a write
   * that comes between the check and the append is a conflict as always. An idempotency key is
   * looked up first, so a retry after a crash learns whether its first try counted.
   *
   * @param version the stream's version the caller saw, 0 or more
   * @return the entry point for the command, never null
   * @throws IllegalArgumentException if the version is negative
   */
  public Mikrolan expecting(long version) {
    if (version < 0) {
      throw new IllegalArgumentException("A stream's version is 0 or more: " + version);
    }
    return new Mikrolan(this, correlationId, java.util.OptionalLong.of(version));
  }

  /**
   * Returns the correlation id this entry point stamps on what it appends and logs.
   *
   * @return the id, never null
   */
  public String correlationId() {
    return correlationId;
  }

  /**
   * Starts building the entry point.
   *
   * @param store the event store, not null
   * @param letters the host's letter port, not null
   * @param clock the boundary's clock; its zone gives today's date, not null
   * @return a builder, never null
   */
  public static Builder builder(EventStore store, LetterPort letters, Clock clock) {
    return new Builder(store, letters, clock);
  }

  /**
   * Returns today by the entry point's clock.
   *
   * @return the date, never null
   */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * Asks the storage once whether it answers (the version of a stream nothing writes), for a host's
   * health check; reads no case and needs no actor.
   *
   * @return whether the storage answered
   */
  public boolean storageAnswers() {
    try {
      store.version(dk.mikrolan.port.StreamId.of("health", "probe"));
      return true;
    } catch (dk.mikrolan.port.StorageException e) {
      return false;
    }
  }

  /**
   * Returns the banking calendar every loan account of this entry point follows.
   *
   * @return the calendar, never null
   */
  public BankingCalendar calendar() {
    return calendar;
  }

  /**
   * Returns the outbox's dispatcher; a host runs {@link LetterDispatcher#dispatch(int)} on a schedule.
   *
   * @return the dispatcher, never null
   */
  public LetterDispatcher letters() {
    return letters;
  }

  // --- the case ----------------------------------------------------------------------------------

  /**
   * Runs case work — referral, screening, café meetings, assessment, competence development, the
   * seminar, the recommendation, hearings, the application, follow-ups and notes — or ends a case
   * (a rejection or a withdrawal). The actor acts and today is the date, except where the request
   * carries the world's date; the seminar's start and the recommendation rest on the attendance the
   * case's cohort recorded.
   *
   * @param actor the authenticated actor, not null
   * @param ref the case, not null
   * @param request what is asked, not null
   * @param key the request's idempotency key, if any
   * @return what happened, never null
   */
  public UseCaseResult<ParticipantCase> caseWork(Actor actor, CaseRef ref, CaseRequest request,
      Optional<RequestKey<? super ParticipantCase>> key) {
    Either<Refusal, Actor> allowed = check(actor, Stamps.action(request), ref.municipalityCode());
    if (allowed.isLeft()) {
      return new UseCaseResult.Refused<>(allowed.getLeft());
    }
    Optional<UseCaseResult<ParticipantCase>> earlier = answered(actor, key);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    Optional<Refusal> late = Stamps.worldDate(request).flatMap(this::worldDate);
    if (late.isPresent()) {
      return new UseCaseResult.Refused<>(late.get());
    }
    if (request instanceof CaseRequest.Refer refer && directory != null && directory.registeredWithAnother(
        new ParticipantRef(ref.municipalityCode(), refer.participant().id()), refer.participant().cpr())) {
      return new UseCaseResult.Refused<>(new Refusal(ParticipantCase.NOT_REFERRED, Vector.of(
          OfficeRule.PARTICIPANT_CPR_MISMATCH.violation(refer.participant().id().value()))));
    }
    LocalDate today = today();
    PolicyVersions<ProgrammePolicy> municipal = policies.policies(ref.municipalityCode());
    if (request instanceof CaseRequest.Reject || request instanceof CaseRequest.Withdraw) {
      CaseCommand command = Stamps.command(request, ref, today, actor.id(), AttendanceSummary.NONE);
      UseCaseResult<EndCase.Ended> ended = run(ProgrammeStreams.caseStream(ref), actor, EndCase.of(new EndCase.Request(ref, command), municipal), key
          .map(k -> new RequestKey<EndCase.Ended>(k.key(), k.fingerprint(), (e, v) -> k.writer().write(e.kase(), v))));
      return map(ended, EndCase.Ended::kase);
    } else if (Stamps.restsOnAttendance(request)) {
      return run(ProgrammeStreams.caseStream(ref), actor, CaseWork.withRecordedAttendance(ref,
          attendance -> Stamps.command(request, ref, today, actor.id(), attendance), municipal), key);
    }
    CaseCommand command = Stamps.command(request, ref, today, actor.id(), AttendanceSummary.NONE);
    return run(ProgrammeStreams.caseStream(ref), actor, CaseWork.of(new CaseWork.Request(ref, command), municipal), key);
  }

  /**
   * What an approval grants, as the decider states it; the approver and the date are the entry
   * point's.
   *
   * @param undertaking the undertaking the aid is recorded for
   * @param formerUndertaking the same undertaking's earlier key, whose aid counts too
   * @param fundPeriod the loan fund period to commit
   * @param terms the granted terms
   * @param considerations the main considerations (required when less than requested is granted)
   * @param eurDkkRate DKK per euro for the de minimis ceiling
   */
  public record Approval(UndertakingId undertaking, Optional<UndertakingId> formerUndertaking, FundPeriod fundPeriod,
      RepaymentTerms terms, List<Text> considerations, BigDecimal eurDkkRate) {
    /** Checks the parts. */
    public Approval {
      Objects.requireNonNull(undertaking, "undertaking");
      Objects.requireNonNull(formerUndertaking, "formerUndertaking");
      Objects.requireNonNull(fundPeriod, "fundPeriod");
      Objects.requireNonNull(terms, "terms");
      considerations = List.copyOf(considerations);
      Objects.requireNonNull(eurDkkRate, "eurDkkRate");
    }
  }

  /**
   * Approves a loan, today, with the actor as the approver (four-eyes compares the actor's id with
   * the recommending advisor's). Above the amount one decider may grant in the case's municipality,
   * the first approval only records the proposal ({@link ApproveLoan.AwaitingSecondDecider}) and a
   * second, different decider's approval of the same proposal grants it ({@link
   * ApproveLoan.Approved}).
   *
   * @param actor the authenticated actor, not null
   * @param ref the case, not null
   * @param approval what is granted, not null
   * @param key the request's idempotency key, if any
   * @return what happened, never null
   */
  public UseCaseResult<ApproveLoan.Outcome> approve(Actor actor, CaseRef ref, Approval approval,
      Optional<RequestKey<? super ApproveLoan.Outcome>> key) {
    Either<Refusal, Actor> allowed = check(actor, Action.APPROVE, ref.municipalityCode());
    if (allowed.isLeft()) {
      return new UseCaseResult.Refused<>(allowed.getLeft());
    }
    return run(ProgrammeStreams.caseStream(ref), actor, ApproveLoan.of(new ApproveLoan.Request(ref, approval.undertaking(), approval.formerUndertaking(),
        approval.fundPeriod(), approval.terms(), approval.considerations(), approval.eurDkkRate(), today(), actor.id()),
        policies.policies(ref.municipalityCode()), calendar), key);
  }

  /**
   * Pays a tranche out, dated as the payment system paid it.
   *
   * @param actor the authenticated actor, not null
   * @param ref the case, not null
   * @param amount the tranche, not null
   * @param paidOn the payout's date, not in the future, not null
   * @param reference the payout's reference in the payment system, not null
   * @param key the request's idempotency key, if any
   * @return what happened, never null
   */
  public UseCaseResult<DisburseLoan.Paid> disburse(Actor actor, CaseRef ref, DkkAmount amount, LocalDate paidOn,
      String reference, Optional<RequestKey<? super DisburseLoan.Paid>> key) {
    Either<Refusal, Actor> allowed = check(actor, Action.PAY_OUT, ref.municipalityCode());
    if (allowed.isLeft()) {
      return new UseCaseResult.Refused<>(allowed.getLeft());
    }
    Optional<UseCaseResult<DisburseLoan.Paid>> earlier = answered(actor, key);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    Optional<Refusal> late = worldDate(paidOn);
    if (late.isPresent()) {
      return new UseCaseResult.Refused<>(late.get());
    }
    return run(ProgrammeStreams.caseStream(ref), actor, DisburseLoan.of(new DisburseLoan.Request(ref, amount, paidOn, reference, actor.id()),
        policies.policies(ref.municipalityCode()), calendar), key);
  }

  /**
   * Applies a request to a case's loan: a payment, reversal or refund as the bank dated it; a
   * deferral, reschedule, write-off or closing of payout today, decided by the actor.
   *
   * @param actor the authenticated actor, not null
   * @param ref the case, not null
   * @param request what is asked, not null
   * @param key the request's idempotency key, if any
   * @return what happened, never null
   */
  public UseCaseResult<LoanAccount> changeLoan(Actor actor, CaseRef ref, LoanRequest request,
      Optional<RequestKey<? super LoanAccount>> key) {
    Either<Refusal, Actor> allowed = check(actor, Stamps.action(request), ref.municipalityCode());
    if (allowed.isLeft()) {
      return new UseCaseResult.Refused<>(allowed.getLeft());
    }
    Optional<UseCaseResult<LoanAccount>> earlier = answered(actor, key);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    Optional<Refusal> late = Stamps.worldDate(request).flatMap(this::worldDate);
    if (late.isPresent()) {
      return new UseCaseResult.Refused<>(late.get());
    }
    return run(ProgrammeStreams.loanStream(ref), actor, ChangeLoan.of(new ChangeLoan.Request(ref, Stamps.command(request, today(), actor.id()), actor.id()),
        policies.policies(ref.municipalityCode()), calendar), key);
  }

  /**
   * Records the booking of a case approved by version 0.1, checked against the fund and the aid.
   *
   * @param actor the authenticated actor, not null
   * @param ref the case, not null
   * @param booking the fund period and undertaking the approval used, not null
   * @return what happened, never null
   */
  public UseCaseResult<ParticipantCase> recordLegacyBooking(Actor actor, CaseRef ref, Booking booking) {
    Either<Refusal, Actor> allowed = check(actor, Action.RECORD_BOOKING, ref.municipalityCode());
    if (allowed.isLeft()) {
      return new UseCaseResult.Refused<>(allowed.getLeft());
    }
    return run(ProgrammeStreams.caseStream(ref), actor, RecordLegacyBooking.of(new RecordLegacyBooking.Request(ref, booking, today(), actor.id()),
        policies.policies(ref.municipalityCode())), Optional.empty());
  }

  // --- policies ---------------------------------------------------------------------------------

  /**
   * Adopts a new policy version for a municipality, today: never retroactive (its first day is
   * today or later).
   *
   * @param actor the authenticated actor, not null
   * @param policy the version, not null
   * @return the municipality's versions after it, or what refused it, never null
   */
  public UseCaseResult<List<ProgrammePolicy>> adoptPolicy(Actor actor, ProgrammePolicy policy) {
    return adopt(actor, new PolicySeed(java.util.Map.of("adoption of " + policy.validFrom(), policy), today(), actor.id(),
        false));
  }

  /**
   * Seeds a municipality's policy history from its policy files, in one append: a version not yet
   * adopted is adopted; the same version again changes nothing; a file that contradicts the adopted
   * version of its date is refused, naming the file and every differing key. Only the first seed of
   * an empty history may state versions already in force (each counts as adopted on its first day);
   * after that a new version may not reach back before today.
   *
   * @param actor the authenticated actor (an ADMIN, or the host's system actor), not null
   * @param files the municipality's versions by file name, read with {@link dk.mikrolan.policy.PolicyFile#read},
   *     not empty, all of one municipality
   * @return the municipality's versions after it, or what refused it, never null
   * @throws IllegalArgumentException if the files are of several municipalities, or none
   */
  public UseCaseResult<List<ProgrammePolicy>> seedPolicies(Actor actor, java.util.Map<String, ProgrammePolicy> files) {
    return adopt(actor, new PolicySeed(files, today(), actor.id(), true));
  }

  private UseCaseResult<List<ProgrammePolicy>> adopt(Actor actor, PolicySeed seed) {
    Either<Refusal, Actor> allowed = check(actor, Action.ADOPT_POLICY, seed.municipalityCode());
    if (allowed.isLeft()) {
      return new UseCaseResult.Refused<>(allowed.getLeft());
    }
    return run(dk.mikrolan.policy.PolicyHistory.streamId(seed.municipalityCode()), actor, seed, Optional.empty());
  }

  // --- cohorts -----------------------------------------------------------------------------------

  /**
   * Runs a request on a municipality's cohort: planning, sessions, enrolment, attendance (recorded
   * today).
   *
   * @param actor the authenticated actor, not null
   * @param municipalityCode the cohort's municipality, not null
   * @param cohortId the cohort, not null
   * @param request what is asked, not null
   * @param key the request's idempotency key, if any
   * @return what happened, never null
   */
  public UseCaseResult<Cohort> cohortWork(Actor actor, String municipalityCode, CohortId cohortId, CohortRequest request,
      Optional<RequestKey<? super Cohort>> key) {
    MunicipalityCode.require(municipalityCode);
    Either<Refusal, Actor> allowed = check(actor, Stamps.action(request), municipalityCode);
    if (allowed.isLeft()) {
      return new UseCaseResult.Refused<>(allowed.getLeft());
    }
    Optional<UseCaseResult<Cohort>> earlier = answered(actor, key);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    Optional<Refusal> late = Stamps.worldDate(request).flatMap(this::worldDate);
    if (late.isPresent()) {
      return new UseCaseResult.Refused<>(late.get());
    }
    return run(Cohort.streamId(municipalityCode, cohortId), actor, CohortWork.of(new CohortWork.Request(municipalityCode, cohortId,
        Stamps.command(request, municipalityCode, cohortId, today()))), key);
  }

  // --- the calculators ---------------------------------------------------------------------------

  /**
   * Returns the loan policy versions a calculation follows: a municipality's (from its stored
   * history; the actor must act for it), or, when none is named, the library's default policy,
   * which serves only the calculators (DKK 1,000–50,000, the memo's limits). Any role may calculate.
   *
   * @param actor the authenticated actor, not null
   * @param municipalityCode the municipality whose policy applies, if any
   * @return the versions, or NOT_FOUND for a municipality the actor does not act for, never null
   */
  public Either<Refusal, dk.mikrolan.policy.PolicyVersions<dk.mikrolan.policy.LoanPolicy>> loanPolicies(Actor actor,
      Optional<String> municipalityCode) {
    if (municipalityCode.isEmpty()) {
      return Either.right(dk.mikrolan.policy.PolicyVersions.of(
          dk.mikrolan.policy.LoanPolicy.defaults(LocalDate.of(2000, 1, 1))));
    } else if (!actor.municipalities().contains(municipalityCode.get())) {
      return Either.left(notFound());
    }
    return Either.right(dk.mikrolan.policy.PolicyVersions.of(policies.policies(municipalityCode.get()).all()
        .stream().map(ProgrammePolicy::loanPolicy).toArray(dk.mikrolan.policy.LoanPolicy[]::new)));
  }

  // --- the loan fund --------------------------------------------------------------------------

  /**
   * Opens a municipality's loan fund for a period, with the ceiling and revolving choice of the
   * policy in force today (or on the period's first day when it is opened ahead of it).
   *
   * @param actor the authenticated actor, not null
   * @param municipalityCode the municipality, not null
   * @param period the period, not null
   * @return the fund, or what refused it, never null
   */
  public UseCaseResult<LoanFund> openFund(Actor actor, String municipalityCode, FundPeriod period) {
    MunicipalityCode.require(municipalityCode);
    Either<Refusal, Actor> allowed = check(actor, Action.MANAGE_FUND, municipalityCode);
    if (allowed.isLeft()) {
      return new UseCaseResult.Refused<>(allowed.getLeft());
    }
    return run(LoanFund.streamId(municipalityCode, period), actor, FundWork.open(municipalityCode, period, policies.policies(municipalityCode), today()),
        Optional.empty());
  }

  /**
   * Changes the ceiling of a municipality's loan fund for a period, today, decided by the actor;
   * never below what is committed and paid out.
   *
   * @param actor the authenticated actor, not null
   * @param municipalityCode the municipality, not null
   * @param period the period, not null
   * @param ceiling the new ceiling, not null
   * @return the fund, or what refused it, never null
   */
  public UseCaseResult<LoanFund> changeFundCeiling(Actor actor, String municipalityCode, FundPeriod period,
      DkkAmount ceiling) {
    MunicipalityCode.require(municipalityCode);
    Either<Refusal, Actor> allowed = check(actor, Action.MANAGE_FUND, municipalityCode);
    if (allowed.isLeft()) {
      return new UseCaseResult.Refused<>(allowed.getLeft());
    }
    return run(LoanFund.streamId(municipalityCode, period), actor, FundWork.changeCeiling(municipalityCode, period,
        new LoanFundCommand.ChangeCeiling(ceiling, today(), actor.id())), Optional.empty());
  }

  // --- CPR numbers, the report, the access log and the case export --------------------------------

  /**
   * Finds the participants with a CPR number in municipalities of the actor's, revealing nothing.
   *
   * @param actor the authenticated actor, not null
   * @param municipalities the municipalities to search, the actor's, not empty
   * @param cpr the number, not null
   * @return the participants, or the refusal, never null
   */
  public Either<Refusal, List<ParticipantRef>> findParticipants(Actor actor, java.util.Set<String> municipalities,
      Cpr cpr) {
    return readable(actor, municipalities).map(a -> directory().findByCpr(municipalities, cpr));
  }

  /**
   * Reveals a participant's full CPR number for a stated purpose, once the reading is recorded in
   * the CPR access log with the actor, the purpose and this entry point's correlation id.
   *
   * @param actor the authenticated actor, not null
   * @param participant the participant, not null
   * @param purpose why, 1–200 characters, not null
   * @return the number, or the refusal (no purpose: PURPOSE_REQUIRED; an unknown participant:
   *     NOT_FOUND), never null
   */
  public Either<Refusal, Cpr> revealCpr(Actor actor, ParticipantRef participant, String purpose) {
    Either<Refusal, Actor> allowed = check(actor, Action.REVEAL_CPR, participant.municipalityCode());
    if (allowed.isLeft()) {
      return Either.left(allowed.getLeft());
    }
    Optional<Refusal> noPurpose = purpose(purpose);
    if (noPurpose.isPresent()) {
      return Either.left(noPurpose.get());
    }
    try {
      return Either.right(directory().revealCpr(participant, actor.id(), purpose.strip(), correlationId, clock.instant()));
    } catch (java.util.NoSuchElementException unknown) {
      return Either.left(notFound());
    }
  }

  /**
   * Returns the CPR access log of municipalities of the actor's for days in {@code [from, to]} by
   * the entry point's clock's zone, oldest first.
   *
   * @param actor the authenticated actor, not null
   * @param municipalities the municipalities, the actor's, not empty
   * @param from the first day, not null
   * @param to the last day, not before {@code from}, not null
   * @param limit 1–{@value CprDirectory#MAX_LOG_ROWS}
   * @return the rows, or the refusal, never null
   */
  public Either<Refusal, List<CprAccess>> accessLog(Actor actor, java.util.Set<String> municipalities, LocalDate from,
      LocalDate to, int limit) {
    Either<Refusal, Actor> allowed = checked(actor, Action.READ_ACCESS_LOG, municipalities);
    if (allowed.isLeft()) {
      return Either.left(allowed.getLeft());
    }
    java.time.ZoneId zone = clock.getZone();
    return Either.right(directory().accessLog(municipalities, from.atStartOfDay(zone).toInstant(),
        to.plusDays(1).atStartOfDay(zone).toInstant(), limit));
  }

  /**
   * Reads the event feed: the events of municipalities of the actor's after a global position, in
   * the store's global order, for an integration (a data warehouse, an archive, an ERP) to follow
   * every change without polling each case. Auditors may read it ({@link Action#FOLLOW_EVENTS}):
   * an integration runs as a system actor with the auditor role. Which municipality an event belongs to is {@link
   * dk.mikrolan.read.EventFeed}'s rule; another municipality's events are skipped, and a page looks
   * through at most {@value dk.mikrolan.read.EventFeed#MAX_SCAN} events, so it may come back with
   * fewer than asked for (or none) and a position to go on from.
   *
   * @param actor the authenticated actor, not null
   * @param municipalities the municipalities, the actor's, not empty
   * @param afterPosition the last position read, 0 for the start
   * @param limit 1–{@value dk.mikrolan.read.EventFeed#MAX_PAGE}
   * @return the page, or the refusal, never null
   * @throws IllegalArgumentException if the position or the limit is out of range
   */
  public Either<Refusal, dk.mikrolan.read.EventPage> events(Actor actor, java.util.Set<String> municipalities,
      long afterPosition, int limit) {
    if (afterPosition < 0 || limit < 1 || limit > dk.mikrolan.read.EventFeed.MAX_PAGE) {
      throw new IllegalArgumentException("Read after a position of 0 or more, 1–" + dk.mikrolan.read.EventFeed.MAX_PAGE
          + " events: " + afterPosition + ", " + limit);
    }
    Either<Refusal, Actor> allowed = checked(actor, Action.FOLLOW_EVENTS, municipalities);
    if (allowed.isLeft()) {
      return Either.left(allowed.getLeft());
    }
    List<dk.mikrolan.read.EventPage.Entry> found = new java.util.ArrayList<>();
    long last = afterPosition;
    int scanned = 0;
    while (found.size() < limit && scanned < dk.mikrolan.read.EventFeed.MAX_SCAN) {
      // Read in chunks of at least 200, so a small page amid other municipalities' events takes few round trips.
      int wanted = Math.min(Math.max(limit, 200), dk.mikrolan.read.EventFeed.MAX_SCAN - scanned);
      List<dk.mikrolan.port.RecordedEvent> batch = store.readAll(last, wanted);
      for (dk.mikrolan.port.RecordedEvent e : batch) {
        scanned++;
        last = e.position();
        Optional<String> owner = dk.mikrolan.read.EventFeed.municipalityOf(e);
        if (owner.isPresent() && municipalities.contains(owner.get())) {
          found.add(new dk.mikrolan.read.EventPage.Entry(owner.get(), e));
          if (found.size() == limit) {
            break;
          }
        }
      }
      if (found.size() < limit && batch.size() < wanted) {
        return Either.right(new dk.mikrolan.read.EventPage(found, last, false)); // the end of the store
      }
    }
    // A full page, or the scan bound: there is more when anything follows the last position looked at.
    boolean more = !store.readAll(last, 1).isEmpty();
    return Either.right(new dk.mikrolan.read.EventPage(found, last, more));
  }

  /**
   * Returns the programme report of municipalities of the actor's as of a day not in the future.
   *
   * @param actor the authenticated actor, not null
   * @param municipalities the municipalities the report covers, the actor's, not empty
   * @param scope which cases (a municipality it names must be among {@code municipalities}), not null
   * @param asOf the day, not after today, not null
   * @return the report, or the refusal, never null
   */
  public Either<Refusal, ProgrammeReport> report(Actor actor, java.util.Set<String> municipalities, ReportScope scope,
      LocalDate asOf) {
    java.util.Set<String> covered = new java.util.TreeSet<>(municipalities);
    scope.municipalityCode().ifPresent(covered::add);
    Either<Refusal, Actor> allowed = checked(actor, Action.READ_REPORT, covered);
    if (allowed.isLeft()) {
      return Either.left(allowed.getLeft());
    } else if (asOf.isAfter(today())) {
      return Either.left(new Refusal("DATE", Vector.of(OfficeRule.DATE_IN_FUTURE.violation(asOf, today()))));
    }
    return Either.right(ProgrammeReports.of(reads().reportInputs(municipalities, scope), scope, asOf));
  }

  /**
   * Gathers everything a case holds for a request for access (aktindsigt, forvaltningsloven § 9;
   * GDPR art. 15): the participant and their full CPR number (revealed, and so access-logged with the
   * purpose), every event of the case, its decision letters, and the access log of the
   * participant's CPR number. What may be exempt is for the caseworker to review; nothing is left
   * out here.
   *
   * @param actor the authenticated actor, not null
   * @param ref the case, not null
   * @param purpose the request for access it answers, 1–200 characters, not null
   * @return the export, or the refusal, never null
   */
  public Either<Refusal, CaseExport> exportCase(Actor actor, CaseRef ref, String purpose) {
    Either<Refusal, Actor> allowed = check(actor, Action.EXPORT_CASE, ref.municipalityCode());
    if (allowed.isLeft()) {
      return Either.left(allowed.getLeft());
    }
    Optional<Refusal> noPurpose = purpose(purpose);
    if (noPurpose.isPresent()) {
      return Either.left(noPurpose.get());
    }
    ParticipantCase kase = storedCase(ref);
    Optional<CaseEvent.Referred> referral = kase.events().stream()
        .filter(CaseEvent.Referred.class::isInstance).map(CaseEvent.Referred.class::cast).findFirst();
    if (referral.isEmpty()) {
      return Either.left(notFound());
    }
    ParticipantRef participant = new ParticipantRef(ref.municipalityCode(), referral.get().participant().id());
    List<CprAccess> before = directory().accessLogOf(participant, CprDirectory.MAX_LOG_ROWS);
    String name = referral.get().participant().name();
    Optional<StreamId> cohortStream = kase.cohortId().map(id -> Cohort.streamId(ref.municipalityCode(), CohortId.of(id)));
    List<CohortEvent> cohort = cohortStream.map(c -> store.load(c, CohortEvent.class)).orElse(List.of());
    // The other members' names, so that where this case writes one it is marked for review.
    java.util.Map<dk.mikrolan.identity.CaseId, String> members = new java.util.LinkedHashMap<>();
    cohort.stream().filter(CohortEvent.ParticipantEnrolled.class::isInstance)
        .map(e -> ((CohortEvent.ParticipantEnrolled) e).caseId()).filter(id -> !id.equals(ref.caseId())).distinct()
        .forEach(id -> storedCase(new CaseRef(ref.municipalityCode(), id)).participant()
            .ifPresent(p -> members.put(id, p.name())));
    ReviewPackage review = ReviewPackage.of(ref, referral.get().participant().cpr(), name, members)
        .caseEvents(ProgrammeStreams.caseStream(ref), kase.events())
        .loanEvents(ProgrammeStreams.loanStream(ref), store.load(ProgrammeStreams.loanStream(ref), LoanEvent.class));
    cohortStream.ifPresent(c -> review.cohortEvents(c, cohort));
    kase.events().stream().filter(CaseEvent.Booked.class::isInstance).map(e -> ((CaseEvent.Booked) e).booking().undertaking())
        .distinct().map(DeMinimisRecord::streamId)
        .forEach(aid -> review.aidEvents(aid, store.load(aid, DeMinimisEvent.class)));
    java.util.LinkedHashMap<StreamId, List<LetterEvent>> letterStreams = letterStreams(ref, kase);
    letterStreams.forEach(review::letterEvents);
    review.cprReadings(before);
    List<dk.mikrolan.disclosure.ReviewItem> items = review.build();
    // Built in full before the reading is logged: a reading in the log always has its export.
    String logged = "Case export: " + purpose.strip();
    Cpr cpr;
    try {
      cpr = directory().revealCpr(participant, actor.id(), logged.substring(0, Math.min(CprDirectory.MAX_PURPOSE, logged.length())),
          correlationId, clock.instant());
    } catch (java.util.NoSuchElementException unknown) {
      return Either.left(notFound());
    }
    return Either.right(new CaseExport(ref, participant, cpr, name, purpose.strip(), today(),
        kase.events().stream().map(e -> (Object) e).toList(), issued(letterStreams), before, items));
  }

  private static Optional<Refusal> purpose(String purpose) {
    if (purpose.isBlank() || purpose.strip().length() > CprDirectory.MAX_PURPOSE) {
      return Optional.of(new Refusal("PURPOSE", Vector.of(OfficeRule.PURPOSE_REQUIRED.violation(purpose.strip().length()))));
    }
    if (Cpr.mayAppearIn(purpose)) {
      return Optional.of(new Refusal("PURPOSE", Vector.of(OfficeRule.PURPOSE_HOLDS_CPR.violation())));
    }
    return Optional.empty();
  }

  private static Refusal notFound() {
    return new Refusal("NOT_FOUND", Vector.of(dk.mikrolan.access.AccessRule.NOT_FOUND.violation()));
  }

  private CprDirectory directory() {
    if (directory == null) {
      throw new IllegalStateException("Build the entry point with a CPR directory (Builder.directory)");
    }
    return directory;
  }

  // --- lists and searches -------------------------------------------------------------------------

  /**
   * Lists cases in the actor's municipalities (all of them unless the query names fewer), in the
   * read port's stable order, a page at a time.
   *
   * @param actor the authenticated actor, not null
   * @param query the filters; its municipalities must be the actor's, not null
   * @param after the cursor of the previous page, if any
   * @param limit the page size, 1–500
   * @return the page, or the refusal (NOT_FOUND outside the actor's municipalities, FORBIDDEN for a
   *     role that may not read), never null
   * @throws IllegalStateException if the entry point was built without a read port
   */
  public Either<Refusal, dk.mikrolan.read.Page<dk.mikrolan.read.CaseSummary>> cases(Actor actor,
      dk.mikrolan.read.CaseQuery query, Optional<String> after, int limit) {
    return readable(actor, query.municipalities()).map(a -> reads().cases(query, after, limit));
  }

  /**
   * Lists the loans in arrears on a date in municipalities of the actor's, longest overdue first.
   *
   * @param actor the authenticated actor, not null
   * @param municipalities the municipalities, the actor's, not empty
   * @param asOf the date, not null
   * @param after the cursor of the previous page, if any
   * @param limit the page size, 1–500
   * @return the page, or the refusal, never null
   */
  public Either<Refusal, dk.mikrolan.read.Page<dk.mikrolan.read.ArrearsEntry>> loansInArrears(Actor actor,
      java.util.Set<String> municipalities, LocalDate asOf, Optional<String> after, int limit) {
    return readable(actor, municipalities).map(a -> reads().loansInArrears(municipalities, asOf, after, limit));
  }

  /**
   * Returns a case's full record, every event in order (CPR numbers stay inside the events' masked
   * {@code toString}).
   *
   * @param actor the authenticated actor, not null
   * @param ref the case, not null
   * @return the events, or the refusal, never null
   */
  public Either<Refusal, List<Object>> caseHistory(Actor actor, CaseRef ref) {
    return readable(actor, java.util.Set.of(ref.municipalityCode())).map(a -> reads().caseHistory(ref));
  }

  /**
   * Returns the room left in a municipality's loan fund for a period.
   *
   * @param actor the authenticated actor, not null
   * @param municipalityCode the municipality, not null
   * @param period the period, not null
   * @return the room (empty when the period's fund was never opened), or the refusal, never null
   */
  public Either<Refusal, Optional<DkkAmount>> fundRoom(Actor actor, String municipalityCode, FundPeriod period) {
    return readable(actor, java.util.Set.of(municipalityCode)).map(a -> reads().fundRoom(municipalityCode, period));
  }

  /**
   * Returns a case as it stands (CPR numbers masked in its {@code toString}); a case never referred
   * does not exist.
   *
   * @param actor the authenticated actor, not null
   * @param ref the case, not null
   * @return the case, or the refusal (NOT_FOUND, FORBIDDEN), never null
   */
  public Either<Refusal, ParticipantCase> kase(Actor actor, CaseRef ref) {
    return readable(actor, java.util.Set.of(ref.municipalityCode())).flatMap(a -> {
      ParticipantCase kase = storedCase(ref);
      return kase.isReferred() ? Either.right(kase) : Either.left(notFound());
    });
  }

  /**
   * Returns a case's loan account as it stands; a case whose loan was never opened has none.
   *
   * @param actor the authenticated actor, not null
   * @param ref the case, not null
   * @return the account, or the refusal (NOT_FOUND, FORBIDDEN), never null
   */
  public Either<Refusal, LoanAccount> loan(Actor actor, CaseRef ref) {
    return readable(actor, java.util.Set.of(ref.municipalityCode())).flatMap(a -> {
      LoanAccount loan = LoanAccount.replay(calendar, store.load(ProgrammeStreams.loanStream(ref),
          dk.mikrolan.loan.LoanEvent.class));
      return loan.events().isEmpty() ? Either.left(notFound()) : Either.right(loan);
    });
  }

  /**
   * Returns a municipality's loan fund for a period as it stands; one never opened does not exist.
   *
   * @param actor the authenticated actor, not null
   * @param municipalityCode the municipality, not null
   * @param period the period, not null
   * @return the fund, or the refusal, never null
   */
  public Either<Refusal, LoanFund> fund(Actor actor, String municipalityCode, FundPeriod period) {
    return readable(actor, java.util.Set.of(municipalityCode)).flatMap(a -> {
      LoanFund fund = LoanFund.replay(store.load(LoanFund.streamId(municipalityCode, period),
          dk.mikrolan.fund.LoanFundEvent.class));
      return fund.events().isEmpty() ? Either.left(notFound()) : Either.right(fund);
    });
  }

  /**
   * Returns a municipality's adopted policy versions, oldest first (anyone who acts for it may read
   * its policy).
   *
   * @param actor the authenticated actor, not null
   * @param municipalityCode the municipality, not null
   * @return the versions (empty when none is adopted), or NOT_FOUND, never null
   */
  public Either<Refusal, List<ProgrammePolicy>> policyVersions(Actor actor, String municipalityCode) {
    if (!actor.municipalities().contains(municipalityCode)) {
      return Either.left(notFound());
    }
    return Either.right(policies.policies(municipalityCode).all());
  }

  /**
   * Returns a municipality's cohort as it stands; one never planned does not exist.
   *
   * @param actor the authenticated actor, not null
   * @param municipalityCode the municipality, not null
   * @param cohortId the cohort, not null
   * @return the cohort, or the refusal, never null
   */
  public Either<Refusal, Cohort> cohort(Actor actor, String municipalityCode, CohortId cohortId) {
    return readable(actor, java.util.Set.of(municipalityCode)).flatMap(a -> {
      Cohort cohort = Cohort.replay(store.load(Cohort.streamId(municipalityCode, cohortId),
          dk.mikrolan.cohort.CohortEvent.class));
      return cohort.events().isEmpty() ? Either.left(notFound()) : Either.right(cohort);
    });
  }

  /**
   * Returns the decision letters a case's decisions wrote, oldest first.
   *
   * @param actor the authenticated actor, not null
   * @param ref the case, not null
   * @return the letters, or the refusal, never null
   */
  public Either<Refusal, List<DecisionLetter>> letters(Actor actor, CaseRef ref) {
    return kase(actor, ref).map(kase -> letters(ref, kase));
  }

  private ParticipantCase storedCase(CaseRef ref) {
    return ParticipantCase.replay(store.load(ProgrammeStreams.caseStream(ref), CaseEvent.class));
  }

  private List<DecisionLetter> letters(CaseRef ref, ParticipantCase kase) {
    return issued(letterStreams(ref, kase));
  }

  /** The letter streams of the case's decisions that hold events, in order. */
  private java.util.LinkedHashMap<StreamId, List<LetterEvent>> letterStreams(CaseRef ref, ParticipantCase kase) {
    java.util.LinkedHashMap<StreamId, List<LetterEvent>> streams = new java.util.LinkedHashMap<>();
    for (long version = 1; version <= kase.events().size(); version++) {
      StreamId stream = ProgrammeStreams.letterStream(ref, version);
      List<LetterEvent> events = store.load(stream, LetterEvent.class);
      if (!events.isEmpty()) {
        streams.put(stream, events);
      }
    }
    return streams;
  }

  private static List<DecisionLetter> issued(java.util.Map<StreamId, List<LetterEvent>> streams) {
    return streams.values().stream().flatMap(List::stream).filter(LetterEvent.Issued.class::isInstance)
        .map(e -> ((LetterEvent.Issued) e).letter()).toList();
  }

  private Either<Refusal, Actor> readable(Actor actor, java.util.Set<String> municipalities) {
    return checked(actor, Action.READ, municipalities);
  }

  private Either<Refusal, Actor> checked(Actor actor, Action action, java.util.Set<String> municipalities) {
    if (municipalities.isEmpty()) {
      throw new IllegalArgumentException("A query names the municipalities it covers");
    }
    for (String m : new java.util.TreeSet<>(municipalities)) {
      Either<Refusal, Actor> allowed = check(actor, action, m);
      if (allowed.isLeft()) {
        return allowed;
      }
    }
    return Either.right(actor);
  }

  /**
   * Whether the actor may take the action in the municipality, by the permissions in force there:
   * this entry point's table, narrowed by what the municipality's policy in force today withholds.
   * Outside the actor's municipalities nothing is looked up: the case does not exist for it.
   */
  private Either<Refusal, Actor> check(Actor actor, Action action, String municipalityCode) {
    if (!actor.actsFor(municipalityCode)) {
      return permissions.check(actor, action, municipalityCode);
    }
    Permissions inForce = policies.policies(municipalityCode).inForceOn(today())
        .map(policy -> permissions.withholding(policy.withheld())).orElse(permissions);
    return inForce.check(actor, action, municipalityCode);
  }

  private dk.mikrolan.read.ProgrammeReads reads() {
    if (reads == null) {
      throw new IllegalStateException("Build the entry point with a read port (Builder.reads) to list and search");
    }
    return reads;
  }

  // --- the shell ---------------------------------------------------------------------------------

  private <S, T> UseCaseResult<T> run(dk.mikrolan.port.StreamId target, Actor actor, UseCase<S, T> useCase,
      Optional<? extends RequestKey<? super T>> key) {
    Optional<Idempotent<T>> idempotent = key.map(k -> Idempotent.<T>of(
        IdempotencyKey.of(actor.id(), k.key(), k.fingerprint()), k.writer()));
    Caller caller = Caller.of(actor.id(), correlationId);
    return expectedVersion.isPresent()
        ? shell.run(Expecting.of(useCase, target, expectedVersion.getAsLong()), caller, idempotent)
        : shell.run(useCase, caller, idempotent);
  }

  /** A key already used answers first, before any check against today can change the answer. */
  private <T> Optional<UseCaseResult<T>> answered(Actor actor, Optional<? extends RequestKey<? super T>> key) {
    return key.flatMap(k -> shell.<T>answered(IdempotencyKey.of(actor.id(), k.key(), k.fingerprint())));
  }

  private Optional<Refusal> worldDate(LocalDate date) {
    LocalDate today = today();
    if (date.isAfter(today)) {
      return Optional.of(new Refusal("DATE", Vector.of(OfficeRule.DATE_IN_FUTURE.violation(date, today))));
    } else if (date.isBefore(today.minusDays(lateRegistrationDays))) {
      return Optional.of(new Refusal("DATE", Vector.of(OfficeRule.REGISTERED_TOO_LATE.violation(date,
          lateRegistrationDays))));
    }
    return Optional.empty();
  }

  private static <A, B> UseCaseResult<B> map(UseCaseResult<A> result, java.util.function.Function<A, B> f) {
    if (result instanceof UseCaseResult.Done<A> d) {
      return new UseCaseResult.Done<>(f.apply(d.value()), d.versions());
    } else if (result instanceof UseCaseResult.Refused<A> r) {
      return new UseCaseResult.Refused<>(r.refusal());
    } else if (result instanceof UseCaseResult.Conflicted<A> c) {
      return new UseCaseResult.Conflicted<>(c.stream(), c.expectedVersion(), c.actualVersion());
    } else if (result instanceof UseCaseResult.Repeated<A> r) {
      return new UseCaseResult.Repeated<>(r.storedResult());
    }
    UseCaseResult.KeyReused<A> k = (UseCaseResult.KeyReused<A>) result;
    return new UseCaseResult.KeyReused<>(k.client(), k.key());
  }

  /** Builds {@link Mikrolan}. This class is mutable and not thread-safe. */
  public static final class Builder {
    private final EventStore store;
    private final LetterPort letters;
    private final Clock clock;
    private final PolicySource policies;
    private Permissions permissions = Permissions.baseline();
    private int lateRegistrationDays = 90;
    private dk.mikrolan.read.@org.jspecify.annotations.Nullable ProgrammeReads reads;
    private @org.jspecify.annotations.Nullable CprDirectory directory;

    private Builder(EventStore store, LetterPort letters, Clock clock) {
      this.store = Objects.requireNonNull(store, "store");
      this.policies = StoredPolicies.of(store);
      this.letters = Objects.requireNonNull(letters, "letters");
      this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Sets the read port lists and searches use (the JDBC adapter's {@code MikrolanJdbc.reads()});
     * over an {@link dk.mikrolan.port.InMemoryEventStore} the in-memory one is the default.
     *
     * @param reads the read port, not null
     * @return this builder
     */
    public Builder reads(dk.mikrolan.read.ProgrammeReads reads) {
      this.reads = Objects.requireNonNull(reads, "reads");
      return this;
    }

    /**
     * Sets the CPR directory that finds participants by CPR number, reveals a number and keeps the
     * access log (the JDBC adapter's {@code MikrolanJdbc.participants()}); over an {@link
     * dk.mikrolan.port.InMemoryEventStore} the in-memory one is the default.
     *
     * @param directory the directory, not null
     * @return this builder
     */
    public Builder directory(CprDirectory directory) {
      this.directory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /**
     * Sets the permission table: the baseline, or a municipality's narrowing of it.
     *
     * @param permissions the table, not null
     * @return this builder
     */
    public Builder permissions(Permissions permissions) {
      this.permissions = Objects.requireNonNull(permissions, "permissions");
      return this;
    }

    /**
     * Sets how many days back a date the world supplies may lie (default 90): older facts are
     * recorded as corrections, with a note.
     *
     * @param days 1–3650
     * @return this builder
     */
    public Builder lateRegistrationDays(int days) {
      if (days < 1 || days > 3650) {
        throw new IllegalArgumentException("Late registration days must be 1–3650: " + days);
      }
      this.lateRegistrationDays = days;
      return this;
    }

    /**
     * Builds the entry point.
     *
     * @return the entry point, never null
     */
    public Mikrolan build() {
      return new Mikrolan(this);
    }
  }
}
