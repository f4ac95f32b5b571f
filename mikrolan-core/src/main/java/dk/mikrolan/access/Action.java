package dk.mikrolan.access;

/**
 * Everything an actor can ask of the library: each command and query, named once. {@link
 * Permissions} says which roles may do each.
 */
public enum Action {
  /** Refer a participant: open the case. */
  REFER,
  /** Record the application and its budget. */
  SUBMIT_APPLICATION,
  /** Start and record rough sorting (grov sortering). */
  SCREEN,
  /** Record a café meeting. */
  RECORD_CAFE_MEETING,
  /** Record the advisor's assessment. */
  ASSESS,
  /** Start competence development and the seminar: the guidance the memo's third step gives. */
  GUIDE,
  /** Recommend a loan after the seminar. */
  RECOMMEND,
  /** Send a hearing (partshøring) and record its answer. */
  HEAR,
  /** Record a follow-up of the outcome. */
  RECORD_FOLLOW_UP,
  /** Add a note (notat). */
  ADD_NOTE,
  /** Record the booking of a case approved before the case remembered it (a data correction). */
  RECORD_BOOKING,
  /** Plan a cohort (hold). */
  PLAN_COHORT,
  /** Schedule a cohort's sessions. */
  SCHEDULE_SESSION,
  /** Enrol a participant in a cohort, or record that one left. */
  ENROL,
  /** Record attendance at a session. */
  RECORD_ATTENDANCE,
  /** Withdraw a case at the participant's request. */
  WITHDRAW,
  /** Approve a loan. */
  APPROVE,
  /** Reject an application. */
  REJECT,
  /** Grant a deferral (henstand). */
  DEFER,
  /** Reschedule a loan. */
  RESCHEDULE,
  /** Write a loan off (eftergivelse), in part or in full. */
  WRITE_OFF,
  /** Pay a tranche out, or close payout. */
  PAY_OUT,
  /** Record a payment received. */
  RECORD_PAYMENT,
  /** Reverse a payment the bank returned. */
  REVERSE_PAYMENT,
  /** Refund an overpayment. */
  REFUND,
  /** Adopt a policy version. */
  ADOPT_POLICY,
  /** Open a loan fund period or change its ceiling. */
  MANAGE_FUND,
  /** Read cases, loans, funds and their lists (CPR numbers masked). */
  READ,
  /** Reveal a participant's full CPR number, with a stated purpose; access-logged. */
  REVEAL_CPR,
  /** Read the programme report. */
  READ_REPORT,
  /** Read the CPR access log. */
  READ_ACCESS_LOG,
  /** Export a case for a request for access (aktindsigt); access-logged. */
  EXPORT_CASE,
  /**
   * Follow the event feed of every change, CPR numbers masked; an integration (a data warehouse, an
   * archive) runs as a system actor with the auditor role.
   */
  FOLLOW_EVENTS
}
