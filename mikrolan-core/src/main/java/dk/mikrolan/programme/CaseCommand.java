package dk.mikrolan.programme;

import dk.mikrolan.aid.UndertakingId;
import dk.mikrolan.cohort.AttendanceSummary;
import dk.mikrolan.identity.Cvr;
import dk.mikrolan.loan.LoanStatus;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.rules.RuleReference;
import dk.mikrolan.rules.Text;
import dk.mikrolan.schedule.RepaymentTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a caseworker, an advisor or an integration asks of a case. {@link ParticipantCase#decide}
 * answers with events or a refusal that names the stage and every reason. Facts owned by other
 * aggregates (attendance in the cohort, room in the loan fund) come in as part of the command.
 */
public sealed interface CaseCommand {

  /**
   * Returns the business date.
   *
   * @return the date, never null
   */
  LocalDate date();

  /**
   * Returns who acts.
   *
   * @return the actor's id, never null
   */
  String by();

  /**
   * Refers a participant.
   *
   * @param participant the participant
   * @param municipalityCode the municipality (kommunekode)
   * @param date the business date
   * @param by who acts
   */
  record Refer(Participant participant, String municipalityCode, LocalDate date, String by) implements CaseCommand {
    /** Checks the command. */
    public Refer {
      Objects.requireNonNull(participant, "participant");
      Objects.requireNonNull(municipalityCode, "municipalityCode");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * Records the application (validated with {@link LoanApplication#validate}).
   *
   * @param application the application
   * @param date the business date
   * @param by who acts
   */
  record SubmitApplication(LoanApplication application, LocalDate date, String by) implements CaseCommand {
    /** Checks the command. */
    public SubmitApplication {
      Objects.requireNonNull(application, "application");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * Starts rough sorting.
   *
   * @param date the business date
   * @param by who acts
   */
  record StartScreening(LocalDate date, String by) implements CaseCommand {
    /** Checks the command. */
    public StartScreening {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * Records the rough-sorting evaluation.
   *
   * @param outcome outcome
   * @param date the business date
   * @param by who acts
   */
  record RecordScreening(AssessmentOutcome outcome, LocalDate date, String by) implements CaseCommand {
    /** Checks the command. */
    public RecordScreening {
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * Records a café meeting.
   *
   * @param note note
   * @param date the business date
   * @param by advisor
   */
  record RecordCafeMeeting(String note, LocalDate date, String by) implements CaseCommand {
    /** Checks the command. */
    public RecordCafeMeeting {
      Objects.requireNonNull(note, "note");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * Records the advisor's assessment.
   *
   * @param outcome outcome
   * @param date the business date
   * @param by advisor
   */
  record RecordAssessment(AssessmentOutcome outcome, LocalDate date, String by) implements CaseCommand {
    /** Checks the command. */
    public RecordAssessment {
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * Starts competence development.
   *
   * @param cohortId cohort
   * @param date the business date
   * @param by who acts
   */
  record StartCompetenceDevelopment(String cohortId, LocalDate date, String by) implements CaseCommand {
    /** Checks the command. */
    public StartCompetenceDevelopment {
      Objects.requireNonNull(cohortId, "cohortId");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * Starts the final seminar.
   *
   * @param attendance from the cohort
   * @param date the business date
   * @param by who acts
   */
  record StartSeminar(AttendanceSummary attendance, LocalDate date, String by) implements CaseCommand {
    /** Checks the command. */
    public StartSeminar {
      Objects.requireNonNull(attendance, "attendance");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * Recommends a loan after the seminar.
   *
   * @param terms terms
   * @param attendance from the cohort
   * @param date the business date
   * @param by the advisor
   */
  record Recommend(RepaymentTerms terms, AttendanceSummary attendance, LocalDate date, String by)
      implements CaseCommand {
    /** Checks the command. */
    public Recommend {
      Objects.requireNonNull(terms, "terms");
      Objects.requireNonNull(attendance, "attendance");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * Sends a hearing.
   *
   * @param facts facts
   * @param date the business date
   * @param by who acts
   */
  record SendHearing(List<Text> facts, LocalDate date, String by) implements CaseCommand {
    /** Checks the command. */
    public SendHearing {
      facts = List.copyOf(facts);
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * Records the answer to a hearing.
   *
   * @param summary answer
   * @param date the business date
   * @param by who acts
   */
  record RecordHearingAnswer(String summary, LocalDate date, String by) implements CaseCommand {
    /** Checks the command. */
    public RecordHearingAnswer {
      Objects.requireNonNull(summary, "summary");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * Grants the loan.
   *
   * @param terms the granted terms (the recommended ones unless the approver changes them)
   * @param fundRoom the loan fund's remaining room, from the fund
   * @param aid the de minimis statement, from the aid record
   * @param considerations the main considerations, required when less than requested is granted
   * @param booking the loan fund period committed and the undertaking whose aid is recorded: the
   *     case remembers them for payout, repayment and ending
   * @param formerUndertaking the undertaking's earlier key whose aid counts too (part of the
   *     proposal a second decider confirms)
   * @param eurDkkRate DKK per euro for the de minimis ceiling (part of the proposal too)
   * @param date the date
   * @param by the approver, who must not be the recommending advisor
   */
  record Approve(RepaymentTerms terms, DkkAmount fundRoom, Optional<AidStatement> aid, List<Text> considerations,
      Booking booking, Optional<UndertakingId> formerUndertaking, BigDecimal eurDkkRate, LocalDate date, String by)
      implements CaseCommand {
    /** Checks the command. */
    public Approve {
      Objects.requireNonNull(terms, "terms");
      Objects.requireNonNull(fundRoom, "fundRoom");
      Objects.requireNonNull(aid, "aid");
      considerations = List.copyOf(considerations);
      Objects.requireNonNull(booking, "booking");
      Objects.requireNonNull(formerUndertaking, "formerUndertaking");
      Objects.requireNonNull(eurDkkRate, "eurDkkRate");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * Records the booking of a case approved before the case remembered its booking (approvals
   * written by version 0.1 of the library). Accepted once, only for an approved case without one.
   *
   * @param booking the fund period the approval committed and the undertaking its aid was recorded
   *     for
   * @param date the business date
   * @param by who records it
   */
  record RecordBooking(Booking booking, LocalDate date, String by) implements CaseCommand {
    /** Checks the command. */
    public RecordBooking {
      Objects.requireNonNull(booking, "booking");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * Refuses the participant.
   *
   * @param rules the rules the refusal rests on
   * @param considerations the main considerations
   * @param facts the facts relied on
   * @param restsOnFactsUnknownToParticipant whether a hearing is needed first (§ 19)
   * @param date the date
   * @param by who decides
   */
  record Reject(List<RuleReference> rules, List<Text> considerations, List<Text> facts,
      boolean restsOnFactsUnknownToParticipant, LocalDate date, String by) implements CaseCommand {
    /** Checks the command. */
    public Reject {
      rules = List.copyOf(rules);
      considerations = List.copyOf(considerations);
      facts = List.copyOf(facts);
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * Records a withdrawal.
   *
   * @param reason reason
   * @param date the business date
   * @param by who acts
   */
  record Withdraw(String reason, LocalDate date, String by) implements CaseCommand {
    /** Checks the command. */
    public Withdraw {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * Records a payout.
   *
   * @param amount amount
   * @param date the business date
   * @param by who acts
   */
  record RecordDisbursement(DkkAmount amount, LocalDate date, String by) implements CaseCommand {
    /** Checks the command. */
    public RecordDisbursement {
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * Follows the loan account.
   *
   * @param loanStatus the account's status
   * @param paidSomething whether any payment has been received
   * @param date the business date
   * @param by who acts
   */
  record FollowLoan(LoanStatus loanStatus, boolean paidSomething, LocalDate date, String by) implements CaseCommand {
    /** Checks the command. */
    public FollowLoan {
      Objects.requireNonNull(loanStatus, "loanStatus");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * Records a follow-up of the outcome.
   *
   * @param monthsAfterPayout follow-up point
   * @param status status
   * @param businessCvr CVR once registered
   * @param businessActive active
   * @param date the business date
   * @param by who acts
   */
  record RecordOutcome(int monthsAfterPayout, SupportStatus status, Optional<Cvr> businessCvr,
      boolean businessActive, LocalDate date, String by) implements CaseCommand {
    /** Checks the command. */
    public RecordOutcome {
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(businessCvr, "businessCvr");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * Adds a note.
   *
   * @param text text
   * @param date the business date
   * @param by author
   */
  record AddNote(String text, LocalDate date, String by) implements CaseCommand {
    /** Checks the command. */
    public AddNote {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
    }
  }
}
