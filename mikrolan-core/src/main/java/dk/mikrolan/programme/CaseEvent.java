package dk.mikrolan.programme;

import dk.mikrolan.aid.UndertakingId;
import dk.mikrolan.identity.Cvr;
import dk.mikrolan.loan.LoanStatus;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.rules.Text;
import dk.mikrolan.schedule.RepaymentTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fact in a participant's case. Nothing is ever deleted or changed: notes and corrections are
 * new events (offentlighedsloven §§ 13, 15; records may not be destroyed without the state
 * archives' permission).
 */
public sealed interface CaseEvent {

  /**
   * Returns the business date of the event.
   *
   * @return the date, never null
   */
  LocalDate date();

  /**
   * Who recorded the event (a caseworker, an advisor, or the system for loan updates).
   *
   * @return the actor's id, never null
   */
  String by();

  /**
   * The participant was referred to the programme. The event holds the participant's CPR number;
   * stores keep it encrypted and its {@code toString} masks it.
   *
   * @param participant the participant: CPR, name, benefit, business idea, advisor
   * @param municipalityCode the municipality (kommunekode)
   * @param date the date
   * @param by who referred
   */
  record Referred(Participant participant, String municipalityCode, LocalDate date, String by) implements CaseEvent {
    /** Checks the event. */
    public Referred {
      Objects.requireNonNull(participant, "participant");
      Objects.requireNonNull(municipalityCode, "municipalityCode");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * The participant applied: the amount, how they wish to repay, and the start-up budget.
   *
   * @param application the application
   * @param date the date
   * @param by who recorded it
   */
  record ApplicationSubmitted(LoanApplication application, LocalDate date, String by) implements CaseEvent {
    /** Checks the event. */
    public ApplicationSubmitted {
      Objects.requireNonNull(application, "application");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * Rough sorting began.
   *
   * @param date the date
   * @param by who
   */
  record ScreeningStarted(LocalDate date, String by) implements CaseEvent {
    /** Checks the event. */
    public ScreeningStarted {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * Rough sorting was evaluated.
   *
   * @param outcome the outcome
   * @param date the date
   * @param by who
   */
  record Screened(AssessmentOutcome outcome, LocalDate date, String by) implements CaseEvent {
    /** Checks the event. */
    public Screened {
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * A café meeting with the advisor was held.
   *
   * @param note what was learnt (background, resources, challenges)
   * @param date the date
   * @param by the advisor
   */
  record CafeMeetingHeld(String note, LocalDate date, String by) implements CaseEvent {
    /** Checks the event. */
    public CafeMeetingHeld {
      Objects.requireNonNull(note, "note");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * The advisor assessed the participant after the café meetings.
   *
   * @param outcome the outcome
   * @param date the date
   * @param by the advisor
   */
  record Assessed(AssessmentOutcome outcome, LocalDate date, String by) implements CaseEvent {
    /** Checks the event. */
    public Assessed {
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * Competence development began in a cohort.
   *
   * @param cohortId the cohort (hold)
   * @param date the date
   * @param by who
   */
  record CompetenceDevelopmentStarted(String cohortId, LocalDate date, String by) implements CaseEvent {
    /** Checks the event. */
    public CompetenceDevelopmentStarted {
      Objects.requireNonNull(cohortId, "cohortId");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * The final seminar began.
   *
   * @param warnings warnings the guards raised (such as a competence development past the maximum)
   * @param date the date
   * @param by who
   */
  record SeminarStarted(List<Text> warnings, LocalDate date, String by) implements CaseEvent {
    /** Copies the warnings. */
    public SeminarStarted {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * The advisor recommended a loan after the seminar.
   *
   * @param terms the recommended terms
   * @param date the date
   * @param by the recommending advisor
   */
  record Recommended(RepaymentTerms terms, LocalDate date, String by) implements CaseEvent {
    /** Checks the event. */
    public Recommended {
      Objects.requireNonNull(terms, "terms");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * A hearing (partshøring, forvaltningsloven § 19) was sent: the facts and the deadline.
   *
   * @param facts the facts the participant is asked to comment on
   * @param deadline the last day to answer
   * @param date the date sent
   * @param by who
   */
  record HearingSent(List<Text> facts, LocalDate deadline, LocalDate date, String by) implements CaseEvent {
    /** Copies the facts. */
    public HearingSent {
      Objects.requireNonNull(deadline, "deadline");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
      facts = List.copyOf(facts);
    }
  }

  /**
   * The participant answered the hearing.
   *
   * @param summary what they said
   * @param date the date received
   * @param by who recorded it
   */
  record HearingAnswered(String summary, LocalDate date, String by) implements CaseEvent {
    /** Checks the event. */
    public HearingAnswered {
      Objects.requireNonNull(summary, "summary");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * The loan was granted.
   *
   * @param decision the decision
   * @param terms the granted terms
   * @param warnings advice given with it (such as paying out in tranches)
   */
  record Approved(Decision decision, RepaymentTerms terms, List<Text> warnings) implements CaseEvent {
    /** Copies the warnings. */
    public Approved {
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(terms, "terms");
      warnings = List.copyOf(warnings);
    }

    @Override
    public LocalDate date() {
      return decision.date();
    }

    @Override
    public String by() {
      return decision.decidedBy();
    }
  }

  /**
   * A first decider approved a loan above the amount one decider may grant under the
   * municipality's delegation (kompetenceplan; {@code ProgrammePolicy.secondDeciderAbove}): the
   * proposal is recorded exactly as approved, and nothing is granted or committed until a second,
   * different decider approves the same proposal. A later first approval of another proposal
   * replaces it; a new recommendation, the approval, a rejection or a withdrawal ends it.
   *
   * @param terms the proposed terms
   * @param booking the loan fund period to commit and the undertaking the aid is to be recorded for
   * @param formerUndertaking the same undertaking's earlier key, whose aid counts toward the ceiling
   * @param considerations the main considerations given
   * @param eurDkkRate DKK per euro for the de minimis ceiling
   * @param date the date of the first approval
   * @param by the first decider
   */
  record FirstApprovalGiven(RepaymentTerms terms, Booking booking, Optional<UndertakingId> formerUndertaking,
      List<Text> considerations, BigDecimal eurDkkRate, LocalDate date, String by) implements CaseEvent {
    /** Checks the event and copies the considerations. */
    public FirstApprovalGiven {
      Objects.requireNonNull(terms, "terms");
      Objects.requireNonNull(booking, "booking");
      Objects.requireNonNull(formerUndertaking, "formerUndertaking");
      considerations = List.copyOf(considerations);
      Objects.requireNonNull(eurDkkRate, "eurDkkRate");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * The loan fund period an approval committed and the undertaking whose de minimis aid it
   * recorded, remembered so that payout, repayment and ending need not be told again. Written
   * with {@link Approved} (and once, by {@link CaseCommand.RecordBooking}, for cases approved
   * before this event existed).
   *
   * @param booking the fund period and the undertaking
   * @param date the date
   * @param by who
   */
  record Booked(Booking booking, LocalDate date, String by) implements CaseEvent {
    /** Checks the event. */
    public Booked {
      Objects.requireNonNull(booking, "booking");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * The participant was refused.
   *
   * @param decision the decision
   * @param from the stage the case was in
   */
  record Rejected(Decision decision, Stage from) implements CaseEvent {
    /** Checks the event. */
    public Rejected {
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(from, "from");
    }

    @Override
    public LocalDate date() {
      return decision.date();
    }

    @Override
    public String by() {
      return decision.decidedBy();
    }
  }

  /**
   * The participant withdrew.
   *
   * @param reason why, as a code or words
   * @param from the stage the case was in
   * @param date the date
   * @param by who recorded it
   */
  record Withdrawn(String reason, Stage from, LocalDate date, String by) implements CaseEvent {
    /** Checks the event. */
    public Withdrawn {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * A tranche of the loan was paid out.
   *
   * @param amount the amount
   * @param warnings advice given (such as the assets rule for cash-benefit recipients)
   * @param date the date
   * @param by who
   */
  record Disbursed(DkkAmount amount, List<Text> warnings, LocalDate date, String by) implements CaseEvent {
    /** Copies the warnings. */
    public Disbursed {
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * The loan account reported its first payment.
   *
   * @param date the date
   * @param by who recorded it
   */
  record RepaymentStarted(LocalDate date, String by) implements CaseEvent {
    /** Checks the event. */
    public RepaymentStarted {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * The loan ended: repaid or written off in full.
   *
   * @param loanStatus {@code REPAID} or {@code WRITTEN_OFF}
   * @param date the date
   * @param by who recorded it
   */
  record Closed(LoanStatus loanStatus, LocalDate date, String by) implements CaseEvent {
    /** Checks the event. */
    public Closed {
      Objects.requireNonNull(loanStatus, "loanStatus");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * A closed case reopened because its loan is owed again (a payment reversed after full
   * repayment).
   *
   * @param date the date
   * @param by who recorded it
   */
  record Reopened(LocalDate date, String by) implements CaseEvent {
    /** Checks the event. */
    public Reopened {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * A follow-up of the outcome some months after payout. A later follow-up for the same month
   * corrects an earlier one; nothing is deleted.
   *
   * @param monthsAfterPayout the follow-up point (policy: 6, 12, 24)
   * @param status how the participant supports themself
   * @param businessCvr the business's CVR number, once registered
   * @param businessActive whether the business is still active
   * @param date the date of the follow-up
   * @param by who recorded it
   */
  record OutcomeRecorded(int monthsAfterPayout, SupportStatus status, Optional<Cvr> businessCvr,
      boolean businessActive, LocalDate date, String by) implements CaseEvent {
    /** Checks the event. */
    public OutcomeRecorded {
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(businessCvr, "businessCvr");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * A note (notat) of something received orally or an important step, or a correction.
   *
   * @param text the note
   * @param date the date
   * @param by the author
   */
  record NoteAdded(String text, LocalDate date, String by) implements CaseEvent {
    /** Checks the event. */
    public NoteAdded {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
    }
  }
}
