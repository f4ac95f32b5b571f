package dk.mikrolan.jdbc;

import static dk.mikrolan.jdbc.EventType.v1;

import dk.mikrolan.aid.DeMinimisEvent;
import dk.mikrolan.cohort.CohortEvent;
import dk.mikrolan.fund.LoanFundEvent;
import dk.mikrolan.loan.LoanEvent;
import dk.mikrolan.policy.PolicyEvent;
import dk.mikrolan.programme.CaseEvent;
import dk.mikrolan.programme.LetterEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry of every stored event type. The names are part of the stored format, written out
 * here rather than taken from class names, so that renaming a record never orphans stored rows;
 * {@code EVENTS.md} documents each type's payload.
 *
 * <p>This class is immutable and thread-safe.
 */
final class EventTypes {

  /** Every type, grouped by aggregate; a new event record must be added here to be stored. */
  static final List<EventType> ALL = List.of(
      v1("loan.Opened", LoanEvent.Opened.class),
      v1("loan.TrancheDisbursed", LoanEvent.TrancheDisbursed.class),
      v1("loan.DisbursementClosed", LoanEvent.DisbursementClosed.class),
      v1("loan.PaymentReceived", LoanEvent.PaymentReceived.class),
      v1("loan.PaymentReversed", LoanEvent.PaymentReversed.class),
      v1("loan.Deferred", LoanEvent.Deferred.class),
      v1("loan.Rescheduled", LoanEvent.Rescheduled.class),
      v1("loan.WrittenOff", LoanEvent.WrittenOff.class),
      v1("loan.OverpaymentRefunded", LoanEvent.OverpaymentRefunded.class),

      v1("case.Referred", CaseEvent.Referred.class),
      v1("case.ApplicationSubmitted", CaseEvent.ApplicationSubmitted.class),
      v1("case.ScreeningStarted", CaseEvent.ScreeningStarted.class),
      v1("case.Screened", CaseEvent.Screened.class),
      v1("case.CafeMeetingHeld", CaseEvent.CafeMeetingHeld.class),
      v1("case.Assessed", CaseEvent.Assessed.class),
      v1("case.CompetenceDevelopmentStarted", CaseEvent.CompetenceDevelopmentStarted.class),
      v1("case.SeminarStarted", CaseEvent.SeminarStarted.class),
      v1("case.Recommended", CaseEvent.Recommended.class),
      v1("case.HearingSent", CaseEvent.HearingSent.class),
      v1("case.HearingAnswered", CaseEvent.HearingAnswered.class),
      v1("case.Approved", CaseEvent.Approved.class),
      v1("case.Rejected", CaseEvent.Rejected.class),
      v1("case.Withdrawn", CaseEvent.Withdrawn.class),
      v1("case.Disbursed", CaseEvent.Disbursed.class),
      v1("case.RepaymentStarted", CaseEvent.RepaymentStarted.class),
      v1("case.Closed", CaseEvent.Closed.class),
      v1("case.Reopened", CaseEvent.Reopened.class),
      v1("case.OutcomeRecorded", CaseEvent.OutcomeRecorded.class),
      v1("case.NoteAdded", CaseEvent.NoteAdded.class),


      v1("fund.FundOpened", LoanFundEvent.FundOpened.class),
      v1("fund.Committed", LoanFundEvent.Committed.class),
      v1("fund.Released", LoanFundEvent.Released.class),
      v1("fund.Disbursed", LoanFundEvent.Disbursed.class),
      v1("fund.RepaymentReturned", LoanFundEvent.RepaymentReturned.class),
      v1("fund.ReturnReversed", LoanFundEvent.ReturnReversed.class),
      v1("fund.CeilingChanged", LoanFundEvent.CeilingChanged.class),

      v1("cohort.CohortPlanned", CohortEvent.CohortPlanned.class),
      v1("cohort.SessionScheduled", CohortEvent.SessionScheduled.class),
      v1("cohort.ParticipantEnrolled", CohortEvent.ParticipantEnrolled.class),
      v1("cohort.ParticipantLeft", CohortEvent.ParticipantLeft.class),
      v1("cohort.AttendanceRecorded", CohortEvent.AttendanceRecorded.class),

      v1("aid.AidGranted", DeMinimisEvent.AidGranted.class),
      // Version 2 (0.2) names the granting municipality: a case id is only unique within it.
      new EventType("aid.AidCancelled", DeMinimisEvent.AidCancelled.class, 2,
          Map.of(1, EventTypes::aidCancelledV1toV2)),

      // Version 2 (0.3) holds the delegation's limit (approval.second-decider-above) and the
      // permissions withheld (permissions.withheld.<ROLE>).
      new EventType("policy.VersionAdopted", PolicyEvent.VersionAdopted.class, 2,
          Map.of(1, EventTypes::versionAdoptedV1toV2)),

      // Added in 0.2 (schema version 1 of new types; older streams simply do not hold them).
      v1("case.Booked", CaseEvent.Booked.class),
      v1("letter.Issued", LetterEvent.Issued.class),
      v1("letter.Delivered", LetterEvent.Delivered.class),

      // Added in 0.3.
      v1("case.FirstApprovalGiven", CaseEvent.FirstApprovalGiven.class));

  private final Map<String, EventType> byName = new HashMap<>();
  private final Map<Class<?>, EventType> byClass = new HashMap<>();

  /**
   * Indexes the types.
   *
   * @param types the types, not null
   * @throws IllegalArgumentException if a name or class appears twice
   */
  EventTypes(List<EventType> types) {
    for (EventType type : types) {
      if (byName.putIfAbsent(type.name(), type) != null) {
        throw new IllegalArgumentException("Event type name registered twice: " + type.name());
      }
      if (byClass.putIfAbsent(type.javaClass(), type) != null) {
        throw new IllegalArgumentException("Event class registered twice: " + type.javaClass().getName());
      }
    }
  }

  /**
   * Returns the type of an event class.
   *
   * @param eventClass the event's class, not null
   * @return the type, never null
   * @throws IllegalArgumentException naming the class if it is not registered
   */
  EventType of(Class<?> eventClass) {
    EventType type = byClass.get(eventClass);
    if (type == null) {
      throw new IllegalArgumentException("Not a stored event type: " + eventClass.getName());
    }
    return type;
  }

  /**
   * Returns the type stored under a name, checking the stored schema version.
   *
   * @param name the stored name, not null
   * @param version the stored schema version
   * @return the type, never null
   * @throws IllegalArgumentException naming the type and version if either is unknown
   */
  EventType named(String name, int version) {
    EventType type = byName.get(name);
    if (type == null) {
      throw new IllegalArgumentException("Unknown event type '" + name + "' (schema version " + version + ")");
    }
    if (!type.reads(version)) {
      throw new IllegalArgumentException("Unknown schema version " + version + " of event type '" + name
          + "' (known: 1 to " + type.currentVersion() + ")");
    }
    return type;
  }

  /**
   * Version 1 of {@code aid.AidCancelled} did not name the granting municipality; case ids were
   * unique across municipalities then, so its cancellation applies to the case's grant wherever.
   */
  private static com.fasterxml.jackson.databind.node.ObjectNode aidCancelledV1toV2(
      com.fasterxml.jackson.databind.node.ObjectNode v1) {
    com.fasterxml.jackson.databind.node.ObjectNode v2 = v1.deepCopy();
    v2.putNull("grantingAuthority");
    return v2;
  }

  /**
   * Version 1 of {@code policy.VersionAdopted} knew neither the delegation's limit nor withheld
   * permissions: one decider approved any loan, and the permission table applied as it was. So the
   * limit is written out empty (no limit), whatever a later release's default, and no {@code
   * permissions.withheld.} key is added (nothing withheld). A payload without a policy object is
   * left for the binding to refuse.
   */
  private static com.fasterxml.jackson.databind.node.ObjectNode versionAdoptedV1toV2(
      com.fasterxml.jackson.databind.node.ObjectNode v1) {
    com.fasterxml.jackson.databind.node.ObjectNode v2 = v1.deepCopy();
    if (v2.get("policy") instanceof com.fasterxml.jackson.databind.node.ObjectNode policy) {
      policy.put("approval.second-decider-above", "");
    }
    return v2;
  }
}
