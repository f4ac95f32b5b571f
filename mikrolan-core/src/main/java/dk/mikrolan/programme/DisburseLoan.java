package dk.mikrolan.programme;

import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.fund.LoanFund;
import dk.mikrolan.fund.LoanFundCommand;
import dk.mikrolan.fund.LoanFundEvent;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.loan.LoanAccount;
import dk.mikrolan.loan.LoanCommand;
import dk.mikrolan.loan.LoanEvent;
import dk.mikrolan.money.DkkAmount;
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
 * Pays out a tranche of an approved loan: the case records the payout, the loan account opens on
 * the approved terms at the first tranche and records it, and the loan fund the case booked at
 * approval turns the commitment into payout — all three written together or not at all. A
 * decision: a conflict goes back to the caller.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DisburseLoan implements UseCase<CaseWithLoan, DisburseLoan.Paid> {

  /**
   * The request.
   *
   * @param ref the case
   * @param amount the tranche
   * @param date the payout date
   * @param reference the payout's reference in the host's payment system
   * @param by who pays out
   */
  public record Request(CaseRef ref, DkkAmount amount, LocalDate date, String reference, String by) {
    /** Checks the request. */
    public Request {
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(reference, "reference");
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * What a payout did.
   *
   * @param kase the case after the payout
   * @param loan the loan account after the payout
   */
  public record Paid(ParticipantCase kase, LoanAccount loan) {

    /** Checks that every component is present. */
    public Paid {
      Objects.requireNonNull(kase, "kase");
      Objects.requireNonNull(loan, "loan");
    }
  }


  private final Request request;
  private final PolicyVersions<ProgrammePolicy> policies;
  private final BankingCalendar calendar;

  private DisburseLoan(Request request, PolicyVersions<ProgrammePolicy> policies, BankingCalendar calendar) {
    this.request = Objects.requireNonNull(request, "request");
    this.policies = Objects.requireNonNull(policies, "policies");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  /**
   * Obtains the use case for one request.
   *
   * @param request the request, not null
   * @param policies the municipality's policy versions, not null
   * @param calendar the banking calendar of the loan account, not null
   * @return the use case, never null
   */
  public static DisburseLoan of(Request request, PolicyVersions<ProgrammePolicy> policies, BankingCalendar calendar) {
    return new DisburseLoan(request, policies, calendar);
  }

  @Override
  public OnConflict onConflict() {
    return OnConflict.REPORT;
  }

  @Override
  public CaseWithLoan load(StreamReader reader) {
    return CaseWithLoan.load(reader, request.ref(), calendar);
  }

  @Override
  public Either<Refusal, Decided<Paid>> decide(CaseWithLoan loaded) {
    Request r = request;
    ParticipantCase kase = loaded.kase();
    LoanAccount loan = loaded.loan();
    Vector<Violation> reasons = Loads.policyMismatch(r.ref(), policies);
    Either<Refusal, List<CaseEvent>> caseOutcome =
        kase.decide(new CaseCommand.RecordDisbursement(r.amount(), r.date(), r.by()), policies);
    reasons = caseOutcome.isLeft() ? reasons.appendAll(caseOutcome.getLeft().reasons()) : reasons;
    List<LoanEvent> loanEvents = List.of();
    if (caseOutcome.isRight()) {
      PolicyVersions<dk.mikrolan.policy.LoanPolicy> loanPolicies = Loads.loanPolicies(policies, r.date());
      Either<Refusal, List<LoanEvent>> opened = loan.terms().isEmpty()
          ? loan.decide(new LoanCommand.Open(kase.approvedTerms().get(), r.date()), loanPolicies)
          : Either.right(List.of());
      if (opened.isLeft()) {
        reasons = reasons.appendAll(opened.getLeft().reasons());
      } else {
        LoanAccount current = loan.evolveAll(opened.get());
        Either<Refusal, List<LoanEvent>> paid =
            current.decide(new LoanCommand.Disburse(r.amount(), r.date(), r.reference()), loanPolicies);
        if (paid.isLeft()) {
          reasons = reasons.appendAll(paid.getLeft().reasons());
        } else {
          loanEvents = io.vavr.collection.List.ofAll(opened.get()).appendAll(paid.get()).asJava();
        }
      }
    }
    List<LoanFundEvent> fundEvents = List.of();
    if (loaded.fund().isEmpty()) {
      if (kase.approval().isPresent()) {
        reasons = reasons.append(CaseRule.BOOKING_MISSING.violation());
      }
    } else {
      Either<Refusal, List<LoanFundEvent>> fundOutcome =
          loaded.fund().get().decide(new LoanFundCommand.Disburse(r.ref().caseId(), r.amount(), r.date()));
      if (fundOutcome.isLeft()) {
        reasons = reasons.appendAll(fundOutcome.getLeft().reasons());
      } else {
        fundEvents = fundOutcome.get();
      }
    }
    if (!reasons.isEmpty()) {
      return Either.left(CaseDecider.refusal(kase, reasons));
    }
    Paid paid = new Paid(kase.evolveAll(caseOutcome.get()),
        loan.evolveAll(loanEvents));
    return Either.right(Decided.of(paid)
        .write(ProgrammeStreams.caseStream(r.ref()), caseOutcome.get())
        .write(ProgrammeStreams.loanStream(r.ref()), loanEvents)
        .write(LoanFund.streamId(r.ref().municipalityCode(), kase.booking().get().fundPeriod()), fundEvents));
  }
}
