package dk.mikrolan.office;

import dk.mikrolan.cohort.CohortId;
import dk.mikrolan.identity.Cvr;
import dk.mikrolan.programme.AssessmentOutcome;
import dk.mikrolan.programme.LoanApplication;
import dk.mikrolan.programme.Participant;
import dk.mikrolan.programme.SupportStatus;
import dk.mikrolan.rules.RuleReference;
import dk.mikrolan.rules.Text;
import dk.mikrolan.schedule.RepaymentTerms;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a caller asks of a case through {@link Mikrolan#caseWork}. A request states only what the
 * caller knows: who acts is the authenticated actor and the date is the entry point's today, so no
 * request has a field for either; a date appears only where the world supplies it (a café meeting
 * held earlier, a hearing's answer received). Attendance for the seminar and the recommendation is
 * read from the cohort's record, never stated by the caller.
 */
public sealed interface CaseRequest {

  /**
   * Refers a participant to the programme, in the case's municipality.
   *
   * @param participant the participant
   */
  record Refer(Participant participant) implements CaseRequest {
    /** Checks the part is present. */
    public Refer {
      Objects.requireNonNull(participant, "participant");
    }
  }

  /** Starts rough sorting (screening). */
  record StartScreening() implements CaseRequest {}

  /**
   * Records the screening's outcome.
   *
   * @param outcome the outcome
   */
  record RecordScreening(AssessmentOutcome outcome) implements CaseRequest {
    /** Checks the part is present. */
    public RecordScreening {
      Objects.requireNonNull(outcome, "outcome");
    }
  }

  /**
   * Records a café meeting (iværksættercafé) that was held.
   *
   * @param note what was discussed
   * @param heldOn the day it was held: not in the future, not before the late-registration limit
   */
  record RecordCafeMeeting(String note, LocalDate heldOn) implements CaseRequest {
    /** Checks the parts are present. */
    public RecordCafeMeeting {
      Objects.requireNonNull(note, "note");
      Objects.requireNonNull(heldOn, "heldOn");
    }
  }

  /**
   * Records the assessment of the participant and the business idea.
   *
   * @param outcome the outcome
   */
  record RecordAssessment(AssessmentOutcome outcome) implements CaseRequest {
    /** Checks the part is present. */
    public RecordAssessment {
      Objects.requireNonNull(outcome, "outcome");
    }
  }

  /**
   * Starts competence development in a cohort.
   *
   * @param cohortId the cohort in the case's municipality
   */
  record StartCompetenceDevelopment(CohortId cohortId) implements CaseRequest {
    /** Checks the part is present. */
    public StartCompetenceDevelopment {
      Objects.requireNonNull(cohortId, "cohortId");
    }
  }

  /** Starts the four-day seminar; the preparation it requires is read from the cohort's attendance. */
  record StartSeminar() implements CaseRequest {}

  /**
   * Recommends a loan on terms; the seminar attendance it requires is read from the cohort.
   *
   * @param terms the recommended terms
   */
  record Recommend(RepaymentTerms terms) implements CaseRequest {
    /** Checks the part is present. */
    public Recommend {
      Objects.requireNonNull(terms, "terms");
    }
  }

  /**
   * Sends a hearing (partshøring, forvaltningsloven § 19) on facts the participant does not know.
   *
   * @param facts the facts, at least one
   */
  record SendHearing(List<Text> facts) implements CaseRequest {
    /** Checks and copies the facts. */
    public SendHearing {
      facts = List.copyOf(facts);
    }
  }

  /**
   * Records the participant's answer to a hearing.
   *
   * @param summary the answer's gist
   * @param receivedOn the day it was received: not in the future, not before the late-registration
   *     limit
   */
  record RecordHearingAnswer(String summary, LocalDate receivedOn) implements CaseRequest {
    /** Checks the parts are present. */
    public RecordHearingAnswer {
      Objects.requireNonNull(summary, "summary");
      Objects.requireNonNull(receivedOn, "receivedOn");
    }
  }

  /**
   * Records the loan application.
   *
   * @param application the application
   */
  record SubmitApplication(LoanApplication application) implements CaseRequest {
    /** Checks the part is present. */
    public SubmitApplication {
      Objects.requireNonNull(application, "application");
    }
  }

  /**
   * Records a follow-up of the outcome after payout.
   *
   * @param monthsAfterPayout the follow-up point of the policy
   * @param status whether the participant supports themselves
   * @param businessCvr the business's CVR number once registered
   * @param businessActive whether the business is active
   */
  record RecordOutcome(int monthsAfterPayout, SupportStatus status, Optional<Cvr> businessCvr, boolean businessActive)
      implements CaseRequest {
    /** Checks the parts are present. */
    public RecordOutcome {
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(businessCvr, "businessCvr");
    }
  }

  /**
   * Adds a note to the case.
   *
   * @param text the note
   */
  record AddNote(String text) implements CaseRequest {
    /** Checks the part is present. */
    public AddNote {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * Refuses the participant a loan, with the justification forvaltningsloven §§ 22–24 requires.
   *
   * @param rules the rules the refusal rests on
   * @param considerations the main considerations
   * @param facts the facts relied on
   * @param restsOnFactsUnknownToParticipant whether a hearing is needed first (§ 19)
   */
  record Reject(List<RuleReference> rules, List<Text> considerations, List<Text> facts,
      boolean restsOnFactsUnknownToParticipant) implements CaseRequest {
    /** Checks and copies the parts. */
    public Reject {
      rules = List.copyOf(rules);
      considerations = List.copyOf(considerations);
      facts = List.copyOf(facts);
    }
  }

  /**
   * Withdraws the case at the participant's request.
   *
   * @param reason the participant's reason
   */
  record Withdraw(String reason) implements CaseRequest {
    /** Checks the part is present. */
    public Withdraw {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
