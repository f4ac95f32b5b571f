package dk.mikrolan.office;

import dk.mikrolan.access.Action;
import dk.mikrolan.cohort.CohortCommand;
import dk.mikrolan.loan.LoanCommand;
import dk.mikrolan.programme.CaseCommand;
import java.time.LocalDate;

/**
 * Which action each command is, and how the entry point dates it and names its actor: the
 * boundary dates decisions, notes and stage changes itself (today, by its clock); a command keeps
 * its own date only where the world supplies one (a café meeting held earlier, a hearing's answer
 * received, a payment's value date); every "by" and "decided by" is the acting user.
 */
final class Stamps {

  private Stamps() {}

  /** Whether the date of a case command is the world's (kept, and checked) rather than today. */
  static boolean worldDated(CaseCommand c) {
    return c instanceof CaseCommand.RecordCafeMeeting || c instanceof CaseCommand.RecordHearingAnswer;
  }

  static Action action(CaseCommand c) {
    if (c instanceof CaseCommand.Refer) {
      return Action.REFER;
    } else if (c instanceof CaseCommand.SubmitApplication) {
      return Action.SUBMIT_APPLICATION;
    } else if (c instanceof CaseCommand.StartScreening || c instanceof CaseCommand.RecordScreening) {
      return Action.SCREEN;
    } else if (c instanceof CaseCommand.RecordCafeMeeting) {
      return Action.RECORD_CAFE_MEETING;
    } else if (c instanceof CaseCommand.RecordAssessment) {
      return Action.ASSESS;
    } else if (c instanceof CaseCommand.StartCompetenceDevelopment || c instanceof CaseCommand.StartSeminar) {
      return Action.GUIDE;
    } else if (c instanceof CaseCommand.Recommend) {
      return Action.RECOMMEND;
    } else if (c instanceof CaseCommand.SendHearing || c instanceof CaseCommand.RecordHearingAnswer) {
      return Action.HEAR;
    } else if (c instanceof CaseCommand.RecordOutcome) {
      return Action.RECORD_FOLLOW_UP;
    } else if (c instanceof CaseCommand.AddNote) {
      return Action.ADD_NOTE;
    } else if (c instanceof CaseCommand.Reject) {
      return Action.REJECT;
    } else if (c instanceof CaseCommand.Withdraw) {
      return Action.WITHDRAW;
    }
    throw new IllegalArgumentException(c.getClass().getSimpleName() + " has an entry point method of its own");
  }

  /** The command with the date and actor the entry point gives it. */
  static CaseCommand stamp(CaseCommand c, LocalDate today, String by) {
    LocalDate d = worldDated(c) ? c.date() : today;
    if (c instanceof CaseCommand.Refer x) {
      return new CaseCommand.Refer(x.participant(), x.municipalityCode(), d, by);
    } else if (c instanceof CaseCommand.SubmitApplication x) {
      return new CaseCommand.SubmitApplication(x.application(), d, by);
    } else if (c instanceof CaseCommand.StartScreening) {
      return new CaseCommand.StartScreening(d, by);
    } else if (c instanceof CaseCommand.RecordScreening x) {
      return new CaseCommand.RecordScreening(x.outcome(), d, by);
    } else if (c instanceof CaseCommand.RecordCafeMeeting x) {
      return new CaseCommand.RecordCafeMeeting(x.note(), d, by);
    } else if (c instanceof CaseCommand.RecordAssessment x) {
      return new CaseCommand.RecordAssessment(x.outcome(), d, by);
    } else if (c instanceof CaseCommand.StartCompetenceDevelopment x) {
      return new CaseCommand.StartCompetenceDevelopment(x.cohortId(), d, by);
    } else if (c instanceof CaseCommand.StartSeminar x) {
      return new CaseCommand.StartSeminar(x.attendance(), d, by);
    } else if (c instanceof CaseCommand.Recommend x) {
      return new CaseCommand.Recommend(x.terms(), x.attendance(), d, by);
    } else if (c instanceof CaseCommand.SendHearing x) {
      return new CaseCommand.SendHearing(x.facts(), d, by);
    } else if (c instanceof CaseCommand.RecordHearingAnswer x) {
      return new CaseCommand.RecordHearingAnswer(x.summary(), d, by);
    } else if (c instanceof CaseCommand.RecordOutcome x) {
      return new CaseCommand.RecordOutcome(x.monthsAfterPayout(), x.status(), x.businessCvr(), x.businessActive(), d, by);
    } else if (c instanceof CaseCommand.AddNote x) {
      return new CaseCommand.AddNote(x.text(), d, by);
    } else if (c instanceof CaseCommand.Reject x) {
      return new CaseCommand.Reject(x.rules(), x.considerations(), x.facts(), x.restsOnFactsUnknownToParticipant(), d, by);
    } else if (c instanceof CaseCommand.Withdraw x) {
      return new CaseCommand.Withdraw(x.reason(), d, by);
    }
    throw new IllegalArgumentException(c.getClass().getSimpleName() + " has an entry point method of its own");
  }

  /** Whether the date of a loan command is the world's: the bank's value date, a refund paid. */
  static boolean worldDated(LoanCommand c) {
    return c instanceof LoanCommand.ReceivePayment || c instanceof LoanCommand.ReversePayment
        || c instanceof LoanCommand.RefundOverpayment;
  }

  static Action action(LoanCommand c) {
    if (c instanceof LoanCommand.ReceivePayment) {
      return Action.RECORD_PAYMENT;
    } else if (c instanceof LoanCommand.ReversePayment) {
      return Action.REVERSE_PAYMENT;
    } else if (c instanceof LoanCommand.RefundOverpayment) {
      return Action.REFUND;
    } else if (c instanceof LoanCommand.CloseDisbursement) {
      return Action.PAY_OUT;
    } else if (c instanceof LoanCommand.Defer) {
      return Action.DEFER;
    } else if (c instanceof LoanCommand.Reschedule) {
      return Action.RESCHEDULE;
    } else if (c instanceof LoanCommand.WriteOff) {
      return Action.WRITE_OFF;
    }
    throw new IllegalArgumentException(c.getClass().getSimpleName() + " has an entry point method of its own");
  }

  static LoanCommand stamp(LoanCommand c, LocalDate today, String by) {
    if (worldDated(c)) {
      return c;
    } else if (c instanceof LoanCommand.CloseDisbursement) {
      return new LoanCommand.CloseDisbursement(today);
    } else if (c instanceof LoanCommand.Defer x) {
      return new LoanCommand.Defer(x.periods(), today, x.reason(), by);
    } else if (c instanceof LoanCommand.Reschedule x) {
      return new LoanCommand.Reschedule(x.firstDueDate(), x.frequency(), x.plan(), x.roundingUnit(), today, x.reason(), by);
    } else if (c instanceof LoanCommand.WriteOff x) {
      return new LoanCommand.WriteOff(x.amount(), today, x.reason(), by);
    }
    throw new IllegalArgumentException(c.getClass().getSimpleName() + " has an entry point method of its own");
  }

  static Action action(CohortCommand c) {
    if (c instanceof CohortCommand.Plan) {
      return Action.PLAN_COHORT;
    } else if (c instanceof CohortCommand.ScheduleSession) {
      return Action.SCHEDULE_SESSION;
    } else if (c instanceof CohortCommand.Enrol || c instanceof CohortCommand.Leave) {
      return Action.ENROL;
    } else if (c instanceof CohortCommand.RecordAttendance) {
      return Action.RECORD_ATTENDANCE;
    }
    throw new IllegalArgumentException("No action for " + c.getClass().getSimpleName());
  }

  /** Attendance is recorded today; a plan and its sessions are dated ahead, enrolment as it happened. */
  static CohortCommand stamp(CohortCommand c, LocalDate today) {
    if (c instanceof CohortCommand.RecordAttendance x) {
      return new CohortCommand.RecordAttendance(x.sessionId(), x.caseId(), x.attended(), x.note(), today);
    }
    return c;
  }
}
