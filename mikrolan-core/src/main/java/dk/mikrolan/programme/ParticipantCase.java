package dk.mikrolan.programme;

import dk.mikrolan.identity.ParticipantId;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.BenefitType;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.rules.Refusal;
import dk.mikrolan.schedule.RepaymentTerms;
import io.vavr.collection.List;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A participant's case (sag): the fold of its {@link CaseEvent}s.
 *
 * <p>Stages run {@code REFERRED → SCREENING → CAFE_MEETINGS → COMPETENCE_DEVELOPMENT →
 * FINAL_SEMINAR → APPROVED → DISBURSED → REPAYING → CLOSED}; {@code REJECTED} and {@code
 * WITHDRAWN} end it from any stage before {@code DISBURSED}. {@link #decide} answers a command
 * with events or a refusal naming the stage and every reason; {@link #evolve} applies an event and
 * never refuses. Nothing is ever deleted.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ParticipantCase {

  /** The state a refusal names for a case never referred: to a caller, the case does not exist. */
  public static final String NOT_REFERRED = "NOT_REFERRED";


  /** The state that evolves; copied on every event. */
  private static final class Fields implements Cloneable {
    Stage stage = Stage.REFERRED;
    boolean referred;
    @Nullable Participant participant;
    String municipalityCode = "";
    @Nullable LoanApplication application;
    @Nullable AssessmentOutcome screening;
    int cafeMeetings;
    @Nullable AssessmentOutcome assessment;
    @Nullable String cohortId;
    @Nullable LocalDate competenceStarted;
    CaseEvent.@Nullable Recommended recommendation;
    CaseEvent.@Nullable HearingSent hearing;
    boolean hearingAnswered;
    CaseEvent.@Nullable Approved approval;
    CaseEvent.@Nullable FirstApprovalGiven firstApproval;
    @Nullable Booking booking;
    @Nullable Decision rejection;
    long disbursedOre;
    @Nullable LocalDate firstPayout;
    SortedMap<Integer, CaseEvent.OutcomeRecorded> outcomes = TreeMap.empty();
    @Nullable LocalDate lastDate;

    Fields copy() {
      try {
        return (Fields) clone();
      } catch (CloneNotSupportedException e) {
        throw new AssertionError(e);
      }
    }
  }

  private final Fields f;
  private final Vector<CaseEvent> events;

  private ParticipantCase(Fields f, Vector<CaseEvent> events) {
    this.f = f;
    this.events = events;
  }

  /**
   * Returns the state before the referral.
   *
   * @return a new, empty case, never null
   */
  public static ParticipantCase empty() {
    return new ParticipantCase(new Fields(), Vector.empty());
  }

  /**
   * Loads a case from its events.
   *
   * @param events the events in order, not null
   * @return the case, never null
   */
  public static ParticipantCase replay(Iterable<? extends CaseEvent> events) {
    ParticipantCase c = empty();
    for (CaseEvent e : events) {
      c = c.evolve(e);
    }
    return c;
  }

  /**
   * Decides a command against the policy version in force on its date.
   *
   * @param command the command, not null
   * @param policies the municipality's policy versions, not null
   * @return the new events, unmodifiable, or a refusal naming the stage and every reason, never null
   */
  public Either<Refusal, java.util.List<CaseEvent>> decide(CaseCommand command, PolicyVersions<ProgrammePolicy> policies) {
    return CaseDecider.decide(this, command, policies).map(List::asJava);
  }

  /**
   * Applies an event. Never refuses: events are facts.
   *
   * @param event the event, not null
   * @return the new state, never null
   */
  public ParticipantCase evolve(CaseEvent event) {
    Fields n = f.copy();
    n.lastDate = n.lastDate == null || event.date().isAfter(n.lastDate) ? event.date() : n.lastDate;
    if (event instanceof CaseEvent.Referred r) {
      n.referred = true;
      n.participant = r.participant();
      n.municipalityCode = r.municipalityCode();
      n.stage = Stage.REFERRED;
    } else if (event instanceof CaseEvent.ApplicationSubmitted a) {
      n.application = a.application();
    } else if (event instanceof CaseEvent.ScreeningStarted) {
      n.stage = Stage.SCREENING;
    } else if (event instanceof CaseEvent.Screened s) {
      n.screening = s.outcome();
      if (s.outcome().verdict() == AssessmentOutcome.Verdict.ELIGIBLE) {
        n.stage = Stage.CAFE_MEETINGS;
      }
    } else if (event instanceof CaseEvent.CafeMeetingHeld) {
      n.cafeMeetings++;
    } else if (event instanceof CaseEvent.Assessed a) {
      n.assessment = a.outcome();
    } else if (event instanceof CaseEvent.CompetenceDevelopmentStarted c) {
      n.cohortId = c.cohortId();
      n.competenceStarted = c.date();
      n.stage = Stage.COMPETENCE_DEVELOPMENT;
    } else if (event instanceof CaseEvent.SeminarStarted) {
      n.stage = Stage.FINAL_SEMINAR;
    } else if (event instanceof CaseEvent.Recommended r) {
      n.recommendation = r;
      n.firstApproval = null; // a first approval rests on the recommendation it followed
    } else if (event instanceof CaseEvent.HearingSent h) {
      n.hearing = h;
      n.hearingAnswered = false;
    } else if (event instanceof CaseEvent.HearingAnswered) {
      n.hearingAnswered = true;
    } else if (event instanceof CaseEvent.FirstApprovalGiven a) {
      n.firstApproval = a;
    } else if (event instanceof CaseEvent.Approved a) {
      n.approval = a;
      n.firstApproval = null;
      n.stage = Stage.APPROVED;
    } else if (event instanceof CaseEvent.Booked b) {
      n.booking = b.booking();
    } else if (event instanceof CaseEvent.Rejected r) {
      n.rejection = r.decision();
      n.approval = null; // an approval overturned before payout no longer stands (the event stays)
      n.firstApproval = null;
      n.stage = Stage.REJECTED;
    } else if (event instanceof CaseEvent.Withdrawn) {
      n.approval = null;
      n.firstApproval = null;
      n.stage = Stage.WITHDRAWN;
    } else if (event instanceof CaseEvent.Disbursed d) {
      n.disbursedOre += d.amount().ore();
      n.firstPayout = n.firstPayout == null ? d.date() : n.firstPayout;
      n.stage = Stage.DISBURSED;
    } else if (event instanceof CaseEvent.RepaymentStarted) {
      n.stage = Stage.REPAYING;
    } else if (event instanceof CaseEvent.Closed) {
      n.stage = Stage.CLOSED;
    } else if (event instanceof CaseEvent.Reopened) {
      n.stage = Stage.REPAYING;
    }
    if (event instanceof CaseEvent.OutcomeRecorded o) {
      n.outcomes = n.outcomes.put(o.monthsAfterPayout(), o);
    }
    // NoteAdded changes no state: it is part of the record only.
    return new ParticipantCase(n, events.append(event));
  }

  /**
   * Applies events in order, as {@link #evolve} one at a time.
   *
   * @param events the events, not null
   * @return the new state, never null
   */
  public ParticipantCase evolveAll(Iterable<? extends CaseEvent> events) {
    ParticipantCase c = this;
    for (CaseEvent e : events) {
      c = c.evolve(e);
    }
    return c;
  }

  /** Returns the stage. */
  public Stage stage() {
    return f.stage;
  }

  /** Returns whether the participant has been referred (the case exists). */
  public boolean isReferred() {
    return f.referred;
  }

  /** Returns the participant, once referred. */
  public Optional<Participant> participant() {
    return Optional.ofNullable(f.participant);
  }

  /** Returns the participant's opaque id, once referred. */
  public Optional<ParticipantId> participantId() {
    return participant().map(Participant::id);
  }

  /** Returns the participant's name, for letters; empty before referral. */
  public String participantName() {
    return participant().map(Participant::name).orElse("");
  }

  /** Returns the participant's benefit, once referred. */
  public Optional<BenefitType> benefit() {
    return participant().map(Participant::benefit);
  }

  /** Returns the municipality's code (kommunekode); empty before referral. */
  public String municipalityCode() {
    return f.municipalityCode;
  }

  /** Returns the application, once submitted. */
  public Optional<LoanApplication> application() {
    return Optional.ofNullable(f.application);
  }

  /** Returns the latest rough-sorting outcome. */
  public Optional<AssessmentOutcome> screening() {
    return Optional.ofNullable(f.screening);
  }

  /** Returns the number of café meetings held. */
  public int cafeMeetings() {
    return f.cafeMeetings;
  }

  /** Returns the advisor's latest assessment. */
  public Optional<AssessmentOutcome> assessment() {
    return Optional.ofNullable(f.assessment);
  }

  /** Returns the cohort (hold), once competence development started. */
  public Optional<String> cohortId() {
    return Optional.ofNullable(f.cohortId);
  }

  /** Returns the date competence development started. */
  public Optional<LocalDate> competenceStarted() {
    return Optional.ofNullable(f.competenceStarted);
  }

  /** Returns the advisor's recommendation. */
  public Optional<CaseEvent.Recommended> recommendation() {
    return Optional.ofNullable(f.recommendation);
  }

  /** Returns the latest hearing sent. */
  public Optional<CaseEvent.HearingSent> hearing() {
    return Optional.ofNullable(f.hearing);
  }

  /** Returns whether the latest hearing has been answered. */
  public boolean hearingAnswered() {
    return f.hearingAnswered;
  }

  /** Returns the approval that stands: granted, and not since rejected or withdrawn. */
  public Optional<CaseEvent.Approved> approval() {
    return Optional.ofNullable(f.approval);
  }

  /**
   * Returns the first decider's approval that waits for a second decider (an approval above the
   * delegation's limit), until the approval, a rejection, a withdrawal or a new recommendation.
   *
   * @return the first approval, or empty, never null
   */
  public Optional<CaseEvent.FirstApprovalGiven> firstApproval() {
    return java.util.Optional.ofNullable(f.firstApproval);
  }

  /**
   * Returns what the approval booked: the loan fund period and the undertaking of its aid. Kept
   * after a rejection or withdrawal (the booking was released then, and the record says so).
   *
   * @return the booking, or empty before approval (or for a case approved before bookings were
   *     recorded, until {@link CaseCommand.RecordBooking})
   */
  public Optional<Booking> booking() {
    return Optional.ofNullable(f.booking);
  }

  /** Returns the approved terms, once granted. */
  public Optional<RepaymentTerms> approvedTerms() {
    return approval().map(CaseEvent.Approved::terms);
  }

  /** Returns the rejection decision, if rejected. */
  public Optional<Decision> rejection() {
    return Optional.ofNullable(f.rejection);
  }

  /** Returns what has been paid out. */
  public DkkAmount disbursed() {
    return DkkAmount.ofOre(f.disbursedOre);
  }

  /** Returns the date of the first payout. */
  public Optional<LocalDate> firstPayout() {
    return Optional.ofNullable(f.firstPayout);
  }

  /**
   * Returns the latest follow-up recorded for each follow-up point.
   *
   * @return months after payout → follow-up, in ascending order, unmodifiable, never null
   */
  public java.util.SortedMap<Integer, CaseEvent.OutcomeRecorded> outcomes() {
    return Collections.unmodifiableSortedMap(f.outcomes.toJavaMap());
  }

  /** Returns the date of the latest event. */
  public Optional<LocalDate> lastDate() {
    return Optional.ofNullable(f.lastDate);
  }

  /**
   * Returns every event in order: the case's full record.
   *
   * @return the events, unmodifiable, never null
   */
  public java.util.List<CaseEvent> events() {
    return events.asJava();
  }

  /**
   * Returns the number of events, the version an append expects.
   *
   * @return the version
   */
  public int version() {
    return events.size();
  }

  /** Two cases are equal when they hold the same events. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ParticipantCase other && other.events.equals(events);
  }

  @Override
  public int hashCode() {
    return events.hashCode();
  }

  @Override
  public String toString() {
    return "ParticipantCase[" + f.stage + ", version " + version() + "]";
  }
}
