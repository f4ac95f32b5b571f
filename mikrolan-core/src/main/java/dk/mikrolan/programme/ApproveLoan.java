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
import dk.mikrolan.fund.LoanFundStatus;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.rules.Refusal;
import dk.mikrolan.rules.Text;
import dk.mikrolan.rules.Violation;
import dk.mikrolan.schedule.RepaymentSchedule;
import dk.mikrolan.schedule.RepaymentTerms;
import dk.mikrolan.schedule.RepaymentTermsValidator;
import dk.mikrolan.usecase.Decided;
import dk.mikrolan.usecase.OnConflict;
import dk.mikrolan.usecase.StreamReader;
import dk.mikrolan.usecase.UseCase;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Approves a loan: the case's decision and booking, the loan fund's commitment, the undertaking's
 * de minimis record and the decision letter (in the outbox) are written together or not at all,
 * each stream at the version it was read at, so two approvals at once can never overcommit the
 * fund. A decision: a conflict goes back to the caller.
 *
 * <p>Above the amount one decider may grant under the municipality's delegation (kompetenceplan;
 * {@link ProgrammePolicy#secondDeciderAbove()} of the policy in force on the decision's date), the
 * first decider's approval is checked as a full one would be but writes only {@link
 * CaseEvent.FirstApprovalGiven} to the case — no commitment, no aid, no loan, no letter — and the
 * outcome is {@link AwaitingSecondDecider}; a second, different decider's approval of the same
 * proposal grants the loan as a one-step approval does ({@link Approved}). Another proposal
 * replaces the one that waited and waits for its own second decider.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ApproveLoan implements UseCase<ApproveLoan.Loaded, ApproveLoan.Outcome> {

  /**
   * The request.
   *
   * @param ref the case
   * @param undertaking the undertaking the aid is recorded for (CVR, or the participant before)
   * @param formerUndertaking the same undertaking's earlier key, whose aid counts toward the ceiling
   *     too: the participant, once the business has a CVR number
   * @param fundPeriod the loan fund's period, booked on the case
   * @param terms the granted terms, with the planned disbursement date
   * @param considerations the main considerations (required when less than requested is granted)
   * @param eurDkkRate DKK per euro for the de minimis ceiling
   * @param date the date of the decision
   * @param approver who approves (not the recommending advisor)
   */
  public record Request(CaseRef ref, UndertakingId undertaking, Optional<UndertakingId> formerUndertaking,
      FundPeriod fundPeriod, RepaymentTerms terms, List<Text> considerations, BigDecimal eurDkkRate,
      LocalDate date, String approver) {
    /** Checks the request. */
    public Request {
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(undertaking, "undertaking");
      Objects.requireNonNull(formerUndertaking, "formerUndertaking");
      Objects.requireNonNull(fundPeriod, "fundPeriod");
      Objects.requireNonNull(terms, "terms");
      considerations = List.copyOf(considerations);
      Objects.requireNonNull(eurDkkRate, "eurDkkRate");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(approver, "approver");
    }
  }

  /**
   * What an approval did: granted the loan, or recorded the first of two deciders' approvals. An
   * adapter answers {@link Approved} as done (HTTP 200) and {@link AwaitingSecondDecider} as
   * accepted but not yet granted (HTTP 202).
   */
  public sealed interface Outcome {
    /**
     * Returns the case after the approval.
     *
     * @return the case, never null
     */
    ParticipantCase kase();
  }

  /**
   * The loan was granted.
   *
   * @param kase the case after the approval
   * @param letterId the id of the decision letter in the outbox
   * @param letter the decision letter
   */
  public record Approved(ParticipantCase kase, String letterId, DecisionLetter letter) implements Outcome {
    /** Checks the result. */
    public Approved {
      Objects.requireNonNull(kase, "kase");
      Objects.requireNonNull(letterId, "letterId");
      Objects.requireNonNull(letter, "letter");
    }
  }

  /**
   * The first decider approved a loan above the delegation's limit: nothing is granted or committed
   * until a second, different decider approves the same proposal.
   *
   * @param kase the case after the first approval
   * @param firstApproval the proposal as recorded
   * @param notice why a second decider is needed, in Danish and English
   */
  public record AwaitingSecondDecider(ParticipantCase kase, CaseEvent.FirstApprovalGiven firstApproval, Text notice)
      implements Outcome {
    /** Checks the result. */
    public AwaitingSecondDecider {
      Objects.requireNonNull(kase, "kase");
      Objects.requireNonNull(firstApproval, "firstApproval");
      Objects.requireNonNull(notice, "notice");
    }
  }

  /**
   * What the approval decides on.
   *
   * @param kase the case
   * @param fund the loan fund of the period
   * @param aid the undertaking's de minimis record
   * @param aidOfUndertaking the aid under the undertaking's present and former keys together
   */
  public record Loaded(ParticipantCase kase, LoanFund fund, DeMinimisRecord aid, DeMinimisRecord aidOfUndertaking) {
    /** Checks the load. */
    public Loaded {
      Objects.requireNonNull(kase, "kase");
      Objects.requireNonNull(fund, "fund");
      Objects.requireNonNull(aid, "aid");
      Objects.requireNonNull(aidOfUndertaking, "aidOfUndertaking");
    }
  }

  private final Request request;
  private final PolicyVersions<ProgrammePolicy> policies;
  private final BankingCalendar calendar;

  private ApproveLoan(Request request, PolicyVersions<ProgrammePolicy> policies, BankingCalendar calendar) {
    this.request = Objects.requireNonNull(request, "request");
    this.policies = Objects.requireNonNull(policies, "policies");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  /**
   * Obtains the use case for one request.
   *
   * @param request the request, not null
   * @param policies the municipality's policy versions, not null
   * @param calendar the banking calendar for the schedule, not null
   * @return the use case, for {@link dk.mikrolan.usecase.UseCaseShell#run}, never null
   */
  public static ApproveLoan of(Request request, PolicyVersions<ProgrammePolicy> policies, BankingCalendar calendar) {
    return new ApproveLoan(request, policies, calendar);
  }

  /**
   * A participant key for the aid must be this case's participant in this municipality: another
   * key would record the aid in a stranger's de minimis record (a CVR number is the business's own
   * and is taken as stated).
   */
  private static Vector<Violation> ownParticipant(ParticipantCase kase, Request r) {
    Vector<Violation> wrong = Vector.empty();
    for (UndertakingId u : io.vavr.collection.List.of(r.undertaking()).appendAll(r.formerUndertaking().stream().toList())) {
      if (u instanceof UndertakingId.ByParticipant p && kase.participantId().isPresent()
          && !(p.municipalityCode().equals(r.ref().municipalityCode()) && p.participant().equals(kase.participantId().get()))) {
        wrong = wrong.append(CaseRule.UNDERTAKING_NOT_THE_PARTICIPANT.violation(u.streamKey()));
      }
    }
    return wrong;
  }

  @Override
  public OnConflict onConflict() {
    return OnConflict.REPORT;
  }

  @Override
  public Loaded load(StreamReader reader) {
    Request r = request;
    ParticipantCase kase = Loads.kase(reader, r.ref());
    LoanFund fund = Loads.fund(reader, r.ref().municipalityCode(), r.fundPeriod());
    List<DeMinimisEvent> aidEvents = reader.read(DeMinimisRecord.streamId(r.undertaking()), DeMinimisEvent.class);
    // Reg. 2023/2831 counts aid per undertaking: a person who registers a business is the same
    // undertaking, so aid recorded under the participant counts toward the ceiling under the CVR.
    // De minimis aid counts across every municipality (and every authority) that granted it.
    List<DeMinimisEvent> together = new java.util.ArrayList<>(aidEvents);
    r.formerUndertaking().filter(f -> !f.equals(r.undertaking()))
        .ifPresent(f -> together.addAll(reader.read(DeMinimisRecord.streamId(f), DeMinimisEvent.class)));
    return new Loaded(kase, fund, DeMinimisRecord.replay(r.undertaking(), aidEvents),
        DeMinimisRecord.replay(r.undertaking(), together));
  }

  @Override
  public Either<Refusal, Decided<Outcome>> decide(Loaded loaded) {
    Request r = request;
    ParticipantCase kase = loaded.kase();
    Vector<Violation> reasons = Loads.policyMismatch(r.ref(), policies).appendAll(ownParticipant(kase, r));
    List<DeMinimisEvent> aidEvents = List.of();
    ProgrammePolicy policy = policies.inForceOn(r.date()).orElse(null);
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
        DeMinimisCommand.RecordAid record = DeMinimisCommand.RecordAid.forLoan(r.ref().caseId(), r.date(), schedule,
            payout, rates.get(), r.eurDkkRate(), policy.municipalityCode());
        Either<Refusal, List<DeMinimisEvent>> aidOutcome = loaded.aidOfUndertaking().decide(record, policies);
        if (aidOutcome.isLeft()) {
          reasons = reasons.appendAll(aidOutcome.getLeft().reasons());
        } else {
          aidEvents = aidOutcome.get();
          DeMinimisEvent.AidGranted granted = (DeMinimisEvent.AidGranted) aidOutcome.get().get(0);
          statement = new AidStatement(granted.gge(), granted.ggeEur());
        }
      }
    }
    // A period whose fund was never opened has no room; the fund's refusal below says why.
    DkkAmount room = loaded.fund().status() == LoanFundStatus.OPEN ? loaded.fund().remainingRoom() : DkkAmount.ZERO;
    Either<Refusal, List<CaseEvent>> caseOutcome = kase.decide(new CaseCommand.Approve(r.terms(),
        room, Optional.ofNullable(statement), r.considerations(),
        Booking.of(r.fundPeriod(), r.undertaking()), r.formerUndertaking(), r.eurDkkRate(), r.date(), r.approver()),
        policies);
    if (caseOutcome.isLeft()) {
      // Every reason of every aggregate, as given: without an aid statement the case says so
      // (AID_STATEMENT_REQUIRED), next to the terms' or the aid record's reason for its absence.
      reasons = reasons.appendAll(caseOutcome.getLeft().reasons());
    }
    Either<Refusal, List<LoanFundEvent>> fundOutcome =
        loaded.fund().decide(new LoanFundCommand.Commit(r.ref().caseId(), r.terms().principal(), r.date()));
    if (fundOutcome.isLeft()) {
      reasons = reasons.appendAll(fundOutcome.getLeft().reasons());
    }
    if (!reasons.isEmpty()) {
      return Either.left(CaseDecider.refusal(kase, reasons));
    }
    ParticipantCase approved = kase.evolveAll(caseOutcome.get());
    if (caseOutcome.get().get(0) instanceof CaseEvent.FirstApprovalGiven first) {
      Text notice = CaseDecider.warning(CaseDecider.amounts(CaseRule.SECOND_DECIDER_NEEDED, r.terms().principal(),
          policy.secondDeciderAbove().orElseThrow()));
      return Either.right(Decided.<Outcome>of(new AwaitingSecondDecider(approved, first, notice))
          .write(ProgrammeStreams.caseStream(r.ref()), caseOutcome.get()));
    }
    DecisionLetter letter = DecisionLetters.of(r.ref().caseId(), approved, policy);
    // The approval is the first event written: the letter's id is the case version it gets.
    var letterStream = ProgrammeStreams.letterStream(r.ref(), kase.version() + 1L);
    return Either.right(Decided.<Outcome>of(new Approved(approved, letterStream.id(), letter))
        .write(ProgrammeStreams.caseStream(r.ref()), caseOutcome.get())
        .write(LoanFund.streamId(r.ref().municipalityCode(), r.fundPeriod()), fundOutcome.get())
        .write(DeMinimisRecord.streamId(r.undertaking()), aidEvents)
        .write(letterStream, List.of(new LetterEvent.Issued(r.ref().municipalityCode(), letter))));
  }
}
