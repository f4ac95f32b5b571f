package dk.mikrolan.access;

/** The roles an actor may hold. What each may do is in {@link Permissions}, and only there. */
public enum Role {
  /** A caseworker (sagsbehandler) or an advisor (vejleder): the programme's case work. */
  CASEWORKER,
  /** A decider with delegated authority (kompetence): approvals, rejections, loan decisions. */
  DECIDER,
  /** The finance function: payouts, payments, reversals, refunds. */
  FINANCE,
  /** An auditor (revision, intern kontrol): reads, the access log, exports for requests for access. */
  AUDITOR,
  /** An administrator: policies, fund ceilings, cohorts' set-up. */
  ADMIN
}
