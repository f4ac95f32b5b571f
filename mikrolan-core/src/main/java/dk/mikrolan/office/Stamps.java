package dk.mikrolan.office;

import dk.mikrolan.access.Action;
import dk.mikrolan.cohort.AttendanceSummary;
import dk.mikrolan.cohort.CohortCommand;
import dk.mikrolan.cohort.CohortId;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.loan.LoanCommand;
import dk.mikrolan.programme.CaseCommand;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Which action each request is, and how the entry point turns it into the command an aggregate
 * decides: the boundary dates decisions, notes and stage changes itself (today, by its clock); a
 * request keeps its own date only where the world supplies one (a café meeting held earlier, a
 * hearing's answer received, a payment's value date); every "by" and "decided by" is the acting
 * user.
 */
final class Stamps {

  private Stamps() {}

  /** The date the world supplied with a case request, which is kept and checked; empty when it is today's. */
  static Optional<LocalDate> worldDate(CaseRequest r) {
    if (r instanceof CaseRequest.RecordCafeMeeting x) {
      return Optional.of(x.heldOn());
    } else if (r instanceof CaseRequest.RecordHearingAnswer x) {
      return Optional.of(x.receivedOn());
    }
    return Optional.empty();
  }

  /** Whether the step rests on the attendance the cohort recorded. */
  static boolean restsOnAttendance(CaseRequest r) {
    return r instanceof CaseRequest.StartSeminar || r instanceof CaseRequest.Recommend;
  }

  static Action action(CaseRequest r) {
    if (r instanceof CaseRequest.Refer) {
      return Action.REFER;
    } else if (r instanceof CaseRequest.SubmitApplication) {
      return Action.SUBMIT_APPLICATION;
    } else if (r instanceof CaseRequest.StartScreening || r instanceof CaseRequest.RecordScreening) {
      return Action.SCREEN;
    } else if (r instanceof CaseRequest.RecordCafeMeeting) {
      return Action.RECORD_CAFE_MEETING;
    } else if (r instanceof CaseRequest.RecordAssessment) {
      return Action.ASSESS;
    } else if (r instanceof CaseRequest.StartCompetenceDevelopment || r instanceof CaseRequest.StartSeminar) {
      return Action.GUIDE;
    } else if (r instanceof CaseRequest.Recommend) {
      return Action.RECOMMEND;
    } else if (r instanceof CaseRequest.SendHearing || r instanceof CaseRequest.RecordHearingAnswer) {
      return Action.HEAR;
    } else if (r instanceof CaseRequest.RecordOutcome) {
      return Action.RECORD_FOLLOW_UP;
    } else if (r instanceof CaseRequest.AddNote) {
      return Action.ADD_NOTE;
    } else if (r instanceof CaseRequest.Reject) {
      return Action.REJECT;
    }
    return Action.WITHDRAW;
  }

  /**
   * The command for a case request, dated and signed by the entry point.
   *
   * @param attendance the cohort's record of the participant's attendance; used by the seminar's
   *     start and the recommendation only
   */
  static CaseCommand command(CaseRequest r, CaseRef ref, LocalDate today, String by, AttendanceSummary attendance) {
    LocalDate d = worldDate(r).orElse(today);
    if (r instanceof CaseRequest.Refer x) {
      return new CaseCommand.Refer(x.participant(), ref.municipalityCode(), d, by);
    } else if (r instanceof CaseRequest.SubmitApplication x) {
      return new CaseCommand.SubmitApplication(x.application(), d, by);
    } else if (r instanceof CaseRequest.StartScreening) {
      return new CaseCommand.StartScreening(d, by);
    } else if (r instanceof CaseRequest.RecordScreening x) {
      return new CaseCommand.RecordScreening(x.outcome(), d, by);
    } else if (r instanceof CaseRequest.RecordCafeMeeting x) {
      return new CaseCommand.RecordCafeMeeting(x.note(), d, by);
    } else if (r instanceof CaseRequest.RecordAssessment x) {
      return new CaseCommand.RecordAssessment(x.outcome(), d, by);
    } else if (r instanceof CaseRequest.StartCompetenceDevelopment x) {
      return new CaseCommand.StartCompetenceDevelopment(x.cohortId().value(), d, by);
    } else if (r instanceof CaseRequest.StartSeminar) {
      return new CaseCommand.StartSeminar(attendance, d, by);
    } else if (r instanceof CaseRequest.Recommend x) {
      return new CaseCommand.Recommend(x.terms(), attendance, d, by);
    } else if (r instanceof CaseRequest.SendHearing x) {
      return new CaseCommand.SendHearing(x.facts(), d, by);
    } else if (r instanceof CaseRequest.RecordHearingAnswer x) {
      return new CaseCommand.RecordHearingAnswer(x.summary(), d, by);
    } else if (r instanceof CaseRequest.RecordOutcome x) {
      return new CaseCommand.RecordOutcome(x.monthsAfterPayout(), x.status(), x.businessCvr(), x.businessActive(), d, by);
    } else if (r instanceof CaseRequest.AddNote x) {
      return new CaseCommand.AddNote(x.text(), d, by);
    } else if (r instanceof CaseRequest.Reject x) {
      return new CaseCommand.Reject(x.rules(), x.considerations(), x.facts(), x.restsOnFactsUnknownToParticipant(), d, by);
    }
    CaseRequest.Withdraw x = (CaseRequest.Withdraw) r;
    return new CaseCommand.Withdraw(x.reason(), d, by);
  }

  /** The date the bank supplied with a loan request; empty for a decision, dated today. */
  static Optional<LocalDate> worldDate(LoanRequest r) {
    if (r instanceof LoanRequest.ReceivePayment x) {
      return Optional.of(x.valueDate());
    } else if (r instanceof LoanRequest.ReversePayment x) {
      return Optional.of(x.reversedOn());
    } else if (r instanceof LoanRequest.RefundOverpayment x) {
      return Optional.of(x.paidOn());
    }
    return Optional.empty();
  }

  static Action action(LoanRequest r) {
    if (r instanceof LoanRequest.ReceivePayment) {
      return Action.RECORD_PAYMENT;
    } else if (r instanceof LoanRequest.ReversePayment) {
      return Action.REVERSE_PAYMENT;
    } else if (r instanceof LoanRequest.RefundOverpayment) {
      return Action.REFUND;
    } else if (r instanceof LoanRequest.ClosePayout) {
      return Action.PAY_OUT;
    } else if (r instanceof LoanRequest.Defer) {
      return Action.DEFER;
    } else if (r instanceof LoanRequest.Reschedule) {
      return Action.RESCHEDULE;
    }
    return Action.WRITE_OFF;
  }

  /** The command for a loan request, a decision dated today and decided by the acting user. */
  static LoanCommand command(LoanRequest r, LocalDate today, String by) {
    if (r instanceof LoanRequest.ReceivePayment x) {
      return new LoanCommand.ReceivePayment(x.paymentId(), x.amount(), x.valueDate(), x.externalReference(),
          x.prepayment());
    } else if (r instanceof LoanRequest.ReversePayment x) {
      return new LoanCommand.ReversePayment(x.paymentId(), x.reversedOn(), x.reason());
    } else if (r instanceof LoanRequest.RefundOverpayment x) {
      return new LoanCommand.RefundOverpayment(x.amount(), x.paidOn(), x.reference());
    } else if (r instanceof LoanRequest.ClosePayout) {
      return new LoanCommand.CloseDisbursement(today);
    } else if (r instanceof LoanRequest.Defer x) {
      return new LoanCommand.Defer(x.periods(), today, x.reason(), by);
    } else if (r instanceof LoanRequest.Reschedule x) {
      return new LoanCommand.Reschedule(x.firstDueDate(), x.frequency(), x.plan(), x.roundingUnit(), today, x.reason(),
          by);
    }
    LoanRequest.WriteOff x = (LoanRequest.WriteOff) r;
    return new LoanCommand.WriteOff(x.amount(), today, x.reason(), by);
  }

  /** The date the world supplied with a cohort request (enrolment, leaving); a plan's dates are ahead. */
  static Optional<LocalDate> worldDate(CohortRequest r) {
    if (r instanceof CohortRequest.Enrol x) {
      return Optional.of(x.enrolledOn());
    } else if (r instanceof CohortRequest.Leave x) {
      return Optional.of(x.leftOn());
    }
    return Optional.empty();
  }

  static Action action(CohortRequest r) {
    if (r instanceof CohortRequest.Plan) {
      return Action.PLAN_COHORT;
    } else if (r instanceof CohortRequest.ScheduleSession) {
      return Action.SCHEDULE_SESSION;
    } else if (r instanceof CohortRequest.Enrol || r instanceof CohortRequest.Leave) {
      return Action.ENROL;
    }
    return Action.RECORD_ATTENDANCE;
  }

  /** The command for a cohort request: attendance is recorded today. */
  static CohortCommand command(CohortRequest r, String municipalityCode, CohortId cohortId, LocalDate today) {
    if (r instanceof CohortRequest.Plan x) {
      return new CohortCommand.Plan(cohortId, municipalityCode, x.startDate());
    } else if (r instanceof CohortRequest.ScheduleSession x) {
      return new CohortCommand.ScheduleSession(x.sessionId(), x.kind(), x.topic(), x.date());
    } else if (r instanceof CohortRequest.Enrol x) {
      return new CohortCommand.Enrol(x.caseId(), x.enrolledOn());
    } else if (r instanceof CohortRequest.Leave x) {
      return new CohortCommand.Leave(x.caseId(), x.leftOn(), x.reason());
    }
    CohortRequest.RecordAttendance x = (CohortRequest.RecordAttendance) r;
    return new CohortCommand.RecordAttendance(x.sessionId(), x.caseId(), x.attended(), x.note(), today);
  }
}
