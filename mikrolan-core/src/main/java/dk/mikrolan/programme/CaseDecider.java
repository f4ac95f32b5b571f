package dk.mikrolan.programme;

import static dk.mikrolan.programme.CaseRule.*;

import dk.mikrolan.cohort.AttendanceSummary;
import dk.mikrolan.loan.LoanStatus;
import dk.mikrolan.money.DanishFormat;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.BenefitType;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.rules.Refusal;
import dk.mikrolan.rules.Text;
import dk.mikrolan.rules.Violation;
import dk.mikrolan.schedule.RepaymentTerms;
import dk.mikrolan.schedule.RepaymentTermsValidator;
import io.vavr.collection.List;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The decisions of {@link ParticipantCase}: which commands each stage accepts, and what they cause. */
final class CaseDecider {

  private CaseDecider() {}

  static Either<Refusal, List<CaseEvent>> decide(
      ParticipantCase c, CaseCommand command, PolicyVersions<ProgrammePolicy> policies) {
    Vector<Violation> problems = Vector.empty();
    if (command instanceof CaseCommand.Refer) {
      if (c.isReferred()) {
        problems = problems.append(ALREADY_REFERRED.violation());
      }
    } else if (!c.isReferred()) {
      return refuse(c, Vector.of(NOT_REFERRED.violation()));
    }
    Option<LocalDate> last = Option.ofOptional(c.lastDate());
    // A loan's payments are facts of the bank, value-dated as the bank dates them: the case
    // follows its loan whatever was recorded in the case meanwhile, so ordering never refuses it.
    if (last.isDefined() && command.date().isBefore(last.get()) && !(command instanceof CaseCommand.FollowLoan)) {
      problems = problems.append(DATE_BEFORE_LAST_EVENT.violation(command.date(), last.get()));
    }
    Option<ProgrammePolicy> policy = Option.ofOptional(policies.inForceOn(command.date()));
    if (policy.isEmpty()) {
      return refuse(c, problems.append(NO_POLICY_IN_FORCE.violation(command.date())));
    }
    boolean afterward = command instanceof CaseCommand.AddNote
        || (command instanceof CaseCommand.RecordBooking && c.approval().isPresent())
        || (c.stage() == Stage.CLOSED
            && (command instanceof CaseCommand.RecordOutcome || command instanceof CaseCommand.FollowLoan));
    if (c.stage().isFinal() && !afterward) {
      problems = problems.append(CASE_ENDED.violation(c.stage()));
      return refuse(c, problems);
    }
    Either<Vector<Violation>, List<CaseEvent>> outcome = decideReferred(c, command, policy.get());
    if (outcome.isLeft() || !problems.isEmpty()) {
      return refuse(c, problems.appendAll(outcome.isLeft() ? outcome.getLeft() : Vector.empty()));
    }
    return Either.right(outcome.get());
  }

  private static Either<Vector<Violation>, List<CaseEvent>> decideReferred(
      ParticipantCase c, CaseCommand command, ProgrammePolicy policy) {
    LocalDate date = command.date();
    String by = command.by();
    Vector<Violation> p = Vector.empty();
    CaseEvent event;
    if (command instanceof CaseCommand.Refer r) {
      event = new CaseEvent.Referred(r.participant(), r.municipalityCode(), date, by);
    } else if (command instanceof CaseCommand.SubmitApplication a) {
      p = p.appendAll(beforeApproval(c));
      event = new CaseEvent.ApplicationSubmitted(a.application(), date, by);
    } else if (command instanceof CaseCommand.StartScreening) {
      p = p.appendAll(stage(c, Stage.REFERRED));
      event = new CaseEvent.ScreeningStarted(date, by);
    } else if (command instanceof CaseCommand.RecordScreening s) {
      p = p.appendAll(stage(c, Stage.SCREENING));
      event = new CaseEvent.Screened(s.outcome(), date, by);
    } else if (command instanceof CaseCommand.RecordCafeMeeting m) {
      p = p.appendAll(stage(c, Stage.CAFE_MEETINGS)).appendAll(text(m.note()));
      event = new CaseEvent.CafeMeetingHeld(m.note(), date, by);
    } else if (command instanceof CaseCommand.RecordAssessment a) {
      p = p.appendAll(stage(c, Stage.CAFE_MEETINGS));
      if (c.cafeMeetings() == 0) {
        p = p.append(NO_CAFE_MEETING.violation()); // memo step 2: the assessment follows the café meetings
      }
      event = new CaseEvent.Assessed(a.outcome(), date, by);
    } else if (command instanceof CaseCommand.StartCompetenceDevelopment s) {
      p = p.appendAll(stage(c, Stage.CAFE_MEETINGS)).appendAll(text(s.cohortId()));
      AssessmentOutcome.Verdict v = c.assessment().map(AssessmentOutcome::verdict).orElse(null);
      if (v != AssessmentOutcome.Verdict.ELIGIBLE) {
        p = p.append(ASSESSMENT_NOT_ELIGIBLE.violation(v == null ? "-" : v.name()));
      }
      event = new CaseEvent.CompetenceDevelopmentStarted(s.cohortId(), date, by);
    } else if (command instanceof CaseCommand.StartSeminar s) {
      p = p.appendAll(stage(c, Stage.COMPETENCE_DEVELOPMENT)).appendAll(preparation(s.attendance(), policy));
      Vector<Text> warnings = Vector.empty();
      if (c.competenceStarted().isPresent()) {
        // Memo: competence development over 2–4 months before the seminar (policy min/max).
        long months = ChronoUnit.MONTHS.between(c.competenceStarted().get(), date);
        if (months < policy.competenceMinMonths()) {
          p = p.append(COMPETENCE_TOO_SHORT.violation(months, policy.competenceMinMonths()));
        } else if (months > policy.competenceMaxMonths()) {
          warnings = warnings.append(warning(COMPETENCE_PAST_MAX.violation(months, policy.competenceMaxMonths())));
        }
      }
      event = new CaseEvent.SeminarStarted(warnings.toJavaList(), date, by);
    } else if (command instanceof CaseCommand.Recommend r) {
      p = p.appendAll(stage(c, Stage.FINAL_SEMINAR)).appendAll(seminar(r.attendance(), policy))
          .appendAll(terms(r.terms(), policy));
      event = new CaseEvent.Recommended(r.terms(), date, by);
    } else if (command instanceof CaseCommand.SendHearing h) {
      p = p.appendAll(beforePayout(c));
      if (h.facts().isEmpty()) {
        p = p.append(HEARING_WITHOUT_FACTS.violation());
      }
      // forvaltningsloven § 19: the participant gets a deadline to comment (policy: days).
      event = new CaseEvent.HearingSent(h.facts(), date.plusDays(policy.hearingDeadlineDays()), date, by);
    } else if (command instanceof CaseCommand.RecordHearingAnswer a) {
      if (c.hearing().isEmpty() || c.hearingAnswered()) {
        p = p.append(NO_HEARING.violation());
      }
      p = p.appendAll(text(a.summary()));
      event = new CaseEvent.HearingAnswered(a.summary(), date, by);
    } else if (command instanceof CaseCommand.Approve a) {
      return ApprovalRules.approve(c, a, policy);
    } else if (command instanceof CaseCommand.Reject r) {
      return rejection(c, r, policy);
    } else if (command instanceof CaseCommand.Withdraw w) {
      p = p.appendAll(beforePayout(c)).appendAll(text(w.reason()));
      event = new CaseEvent.Withdrawn(w.reason(), c.stage(), date, by);
    } else if (command instanceof CaseCommand.RecordDisbursement d) {
      return disbursement(c, d, policy);
    } else if (command instanceof CaseCommand.FollowLoan l) {
      return followLoan(c, l);
    } else if (command instanceof CaseCommand.RecordOutcome o) {
      p = p.appendAll(outcome(c, o, policy));
      event = new CaseEvent.OutcomeRecorded(o.monthsAfterPayout(), o.status(), o.businessCvr(), o.businessActive(),
          date, by);
    } else if (command instanceof CaseCommand.RecordBooking b) {
      if (c.approval().isEmpty() || c.booking().isPresent()) {
        p = p.append(BOOKING_NOT_NEEDED.violation());
      }
      event = new CaseEvent.Booked(b.booking(), date, by);
    } else if (command instanceof CaseCommand.AddNote n) {
      p = p.appendAll(text(n.text()));
      event = new CaseEvent.NoteAdded(n.text(), date, by);
    } else {
      throw new IllegalArgumentException("Unknown command " + command.getClass().getName());
    }
    return p.isEmpty() ? Either.right(List.of(event)) : Either.left(p);
  }

  private static Either<Vector<Violation>, List<CaseEvent>> rejection(
      ParticipantCase c, CaseCommand.Reject r, ProgrammePolicy policy) {
    Vector<Violation> p = beforePayout(c).appendAll(ApprovalRules.fourEyes(c, r.by()));
    if (r.rules().isEmpty() || r.considerations().isEmpty()) {
      p = p.append(JUSTIFICATION_INCOMPLETE.violation()); // forvaltningsloven § 24
    }
    if (r.restsOnFactsUnknownToParticipant()) {
      // forvaltningsloven § 19: hearing first; decide once answered or the deadline has passed.
      Option<CaseEvent.HearingSent> hearing = Option.ofOptional(c.hearing());
      if (hearing.isEmpty()) {
        p = p.append(HEARING_REQUIRED.violation());
      } else if (!c.hearingAnswered() && !r.date().isAfter(hearing.get().deadline())) {
        p = p.append(HEARING_PENDING.violation(hearing.get().deadline()));
      }
    }
    if (!p.isEmpty()) {
      return Either.left(p);
    }
    Decision decision = new Decision(Decision.Kind.REJECTION, GrantExtent.NONE, Optional.empty(),
        Optional.of(new Justification(r.rules(), r.considerations(), r.facts())),
        Optional.of(policy.complaintGuidance()), Optional.empty(), r.by(), r.date(), policy.validFrom());
    return Either.right(List.of(new CaseEvent.Rejected(decision, c.stage())));
  }

  private static Either<Vector<Violation>, List<CaseEvent>> disbursement(
      ParticipantCase c, CaseCommand.RecordDisbursement d, ProgrammePolicy policy) {
    Vector<Violation> p = positive(d.amount());
    if (c.stage() != Stage.APPROVED && c.stage() != Stage.DISBURSED) {
      p = p.append(WRONG_STAGE.violation(c.stage(), Stage.APPROVED));
      return Either.left(p);
    }
    DkkAmount left = c.approvedTerms().get().principal().minus(c.disbursed());
    if (d.amount().isGreaterThan(left)) {
      p = p.append(amounts(DISBURSEMENT_ABOVE_GRANTED, d.amount(), left));
    }
    Vector<Text> warnings = Vector.empty();
    // Ankestyrelsen (Nyt fra Ankestyrelsen 1/2017): assets under DKK 10,000 do not affect
    // kontanthjælp; a larger lump sum may. Advice, not a refusal.
    if (c.benefit().filter(BenefitType.CASH_BENEFIT::equals).isPresent() && d.amount().isGreaterThan(policy.lumpSumWarningAbove())) {
      warnings = warnings.append(warning(amounts(LUMP_SUM_ASSETS, d.amount(), policy.lumpSumWarningAbove())));
    }
    return p.isEmpty()
        ? Either.right(List.of(new CaseEvent.Disbursed(d.amount(), warnings.toJavaList(), d.date(), d.by())))
        : Either.left(p);
  }

  private static Either<Vector<Violation>, List<CaseEvent>> followLoan(ParticipantCase c, CaseCommand.FollowLoan l) {
    boolean owedAgain = l.loanStatus() == LoanStatus.ACTIVE || l.loanStatus() == LoanStatus.AWAITING_DISBURSEMENT;
    if (c.stage() == Stage.CLOSED) {
      // A reversal after full repayment makes the loan owed again: the case follows it back.
      return Either.right(owedAgain ? List.of(new CaseEvent.Reopened(l.date(), l.by())) : List.empty());
    }
    if (c.stage() != Stage.DISBURSED && c.stage() != Stage.REPAYING) {
      return Either.left(Vector.of(WRONG_STAGE.violation(c.stage(), Stage.DISBURSED)));
    }
    List<CaseEvent> events = List.empty();
    if (c.stage() == Stage.DISBURSED && l.paidSomething()) {
      events = events.append(new CaseEvent.RepaymentStarted(l.date(), l.by()));
    }
    if (l.loanStatus() == LoanStatus.REPAID || l.loanStatus() == LoanStatus.WRITTEN_OFF) {
      events = events.append(new CaseEvent.Closed(l.loanStatus(), l.date(), l.by()));
    }
    return Either.right(events); // nothing new is a valid answer: the case already follows the loan
  }

  /** Follow-up at the policy's points (default 6, 12, 24 months), once due, after payout. */
  private static Vector<Violation> outcome(ParticipantCase c, CaseCommand.RecordOutcome o, ProgrammePolicy policy) {
    Option<LocalDate> payout = Option.ofOptional(c.firstPayout());
    if (payout.isEmpty()) {
      return Vector.of(WRONG_STAGE.violation(c.stage(), Stage.DISBURSED));
    }
    LocalDate due = payout.get().plusMonths(o.monthsAfterPayout());
    return policy.followUpMonths().contains(o.monthsAfterPayout()) && !o.date().isBefore(due)
        ? Vector.empty()
        : Vector.of(FOLLOW_UP_NOT_DUE.violation(o.monthsAfterPayout(), due));
  }

  // --- shared guards -----------------------------------------------------------------------------

  static Vector<Violation> stage(ParticipantCase c, Stage expected) {
    return c.stage() == expected ? Vector.empty() : Vector.of(WRONG_STAGE.violation(c.stage(), expected));
  }

  private static Vector<Violation> beforePayout(ParticipantCase c) {
    return c.stage().isBeforePayout() ? Vector.empty() : Vector.of(WRONG_STAGE.violation(c.stage(), "< DISBURSED"));
  }

  private static Vector<Violation> beforeApproval(ParticipantCase c) {
    return c.stage().ordinal() < Stage.APPROVED.ordinal()
        ? Vector.empty()
        : Vector.of(WRONG_STAGE.violation(c.stage(), "< APPROVED"));
  }

  /** Memo step 3: joint courses (accounting, tax, VAT, insurance) and personal guidance. */
  private static Vector<Violation> preparation(AttendanceSummary a, ProgrammePolicy policy) {
    Vector<Violation> p = Vector.empty();
    Set<String> missing = new TreeSet<>(policy.mandatoryCourses());
    missing.removeAll(a.coursesAttended());
    if (!missing.isEmpty()) {
      p = p.append(COURSES_MISSING.violation(String.join(", ", missing)));
    }
    if (a.guidanceSessionsAttended() < policy.minGuidanceSessions()) {
      p = p.append(GUIDANCE_TOO_FEW.violation(a.guidanceSessionsAttended(), policy.minGuidanceSessions()));
    }
    return p;
  }

  /** Memo step 4: the loan is decided at the four-day seminar, so it must have been attended. */
  static Vector<Violation> seminar(AttendanceSummary a, ProgrammePolicy policy) {
    int absent = policy.seminarDays() - a.seminarDaysAttended();
    return absent > policy.seminarAllowedAbsenceDays()
        ? Vector.of(SEMINAR_NOT_ATTENDED.violation(a.seminarDaysAttended(), policy.seminarDays(),
            policy.seminarAllowedAbsenceDays()))
        : Vector.empty();
  }

  /** The loan limits of the policy version in force (memo: DKK 1,000–50,000). */
  static Vector<Violation> terms(RepaymentTerms terms, ProgrammePolicy policy) {
    return RepaymentTermsValidator.validate(terms, PolicyVersions.of(policy.loanPolicy()))
        .fold(Vector::ofAll, t -> Vector.empty());
  }

  private static Vector<Violation> text(String text) {
    return text.isBlank() ? Vector.of(TEXT_MISSING.violation()) : Vector.empty();
  }

  static Vector<Violation> positive(DkkAmount amount) {
    return amount.isPositive() ? Vector.empty() : Vector.of(AMOUNT_NOT_POSITIVE.violation());
  }

  static Violation amounts(CaseRule rule, DkkAmount a, DkkAmount b) {
    return rule.violation(new Object[] {DanishFormat.format(a), DanishFormat.format(b)}, new Object[] {a, b});
  }

  static Text warning(Violation v) {
    return Text.of(v.danish(), v.english());
  }

  private static Either<Refusal, List<CaseEvent>> refuse(ParticipantCase c, Vector<Violation> reasons) {
    return Either.left(refusal(c, reasons));
  }

  /** A refusal that names the case's stage (or that it does not exist) and every reason. */
  static Refusal refusal(ParticipantCase c, io.vavr.collection.Seq<Violation> reasons) {
    return new Refusal(c.isReferred() ? c.stage().name() : ParticipantCase.NOT_REFERRED, reasons.distinct());
  }
}
