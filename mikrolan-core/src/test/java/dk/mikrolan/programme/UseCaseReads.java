package dk.mikrolan.programme;

import dk.mikrolan.fund.LoanFund;
import dk.mikrolan.identity.CaseId;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.rules.Refusal;
import dk.mikrolan.rules.Violation;
import java.util.List;
import java.util.Optional;

/**
 * What the model-based property of the use cases reads from the aggregates, in JDK types: the one
 * place that follows the aggregates' accessors when their signatures change.
 */
final class UseCaseReads {

  private UseCaseReads() {}

  /** Returns the codes of a refusal's reasons, in order. */
  static List<String> reasonCodes(Refusal refusal) {
    return refusal.reasons().map(Violation::code).toJavaList();
  }

  /** Returns the first approval that waits for a second decider. */
  static Optional<CaseEvent.FirstApprovalGiven> firstApprovalOf(ParticipantCase kase) {
    return kase.firstApproval();
  }

  /** Returns who granted the approval that stands. */
  static Optional<String> decidedBy(ParticipantCase kase) {
    return kase.approval().map(a -> a.decision().decidedBy());
  }

  /** Returns the principal the approval that stands granted, in øre. */
  static Optional<Long> approvedPrincipalOre(ParticipantCase kase) {
    return kase.approvedTerms().map(t -> t.principal().ore());
  }

  /** Returns the simple names of the case's events, in order. */
  static List<String> eventKinds(ParticipantCase kase) {
    return kase.events().stream().map(e -> e.getClass().getSimpleName()).toList();
  }

  /** Returns the fund's open commitment to a case, in øre (0 when none). */
  static long commitmentOre(LoanFund fund, String c) {
    return fund.commitmentOf(CaseId.of(c)).map(DkkAmount::ore).orElse(0L);
  }

  /** Returns the cases whose aid stands in the case's undertaking's de minimis record. */
  static List<CaseId> aidGrantedTo(ProgrammeDesk desk, String c) {
    return desk.aid(c).grants().stream().map(g -> g.caseId()).toList();
  }
}
