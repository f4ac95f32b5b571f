package dk.mikrolan.programme;

import static dk.mikrolan.programme.CaseRule.*;

import dk.mikrolan.money.DanishFormat;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.BenefitType;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.rules.RuleReference;
import dk.mikrolan.rules.Text;
import dk.mikrolan.rules.Violation;
import dk.mikrolan.schedule.RepaymentTerms;
import io.vavr.collection.List;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.util.Optional;

/** The approval of a loan: the guards, the extent of the grant, and the decision it makes. */
final class ApprovalRules {

  private ApprovalRules() {}

  static Either<Vector<Violation>, List<CaseEvent>> approve(
      ParticipantCase c, CaseCommand.Approve a, ProgrammePolicy policy) {
    Vector<Violation> p = CaseDecider.stage(c, Stage.FINAL_SEMINAR);
    if (c.application().isEmpty()) {
      p = p.append(NO_APPLICATION.violation());
    }
    if (c.recommendation().isEmpty()) {
      p = p.append(NO_RECOMMENDATION.violation());
    }
    p = p.appendAll(fourEyes(c, a.by()));
    RepaymentTerms terms = a.terms();
    p = p.appendAll(CaseDecider.terms(terms, policy));
    if (terms.principal().isGreaterThan(a.fundRoom())) {
      p = p.append(CaseDecider.amounts(FUND_ROOM_EXCEEDED, terms.principal(), a.fundRoom()));
    }
    if (a.aid().isEmpty()) {
      // Regulation (EU) 2023/2831 art. 6(1): the undertaking is told the aid amount in writing.
      p = p.append(AID_STATEMENT_REQUIRED.violation());
    }
    GrantExtent extent = c.application()
        .map(app -> app.extentOf(terms.principal(), terms.plan(), terms.frequency()))
        .orElse(GrantExtent.PARTIAL);
    if (extent != GrantExtent.FULL && a.considerations().isEmpty()) {
      p = p.append(CONSIDERATIONS_REQUIRED.violation()); // forvaltningsloven § 24, stk. 1, 2. pkt.
    }
    // The municipality's delegation (kompetenceplan, kommunestyrelsesloven § 31a): above its
    // limit a loan is granted only when two deciders have approved the very same proposal.
    boolean twoDeciders = policy.needsSecondDecider(terms.principal());
    Optional<CaseEvent.FirstApprovalGiven> first = c.firstApproval();
    boolean confirms = twoDeciders && first.isPresent() && sameProposal(first.get(), a);
    if (confirms) {
      p = p.appendAll(secondDecider(first.get(), a.by()));
    }
    if (!p.isEmpty()) {
      return Either.left(p);
    }
    if (twoDeciders && !confirms) {
      // The first approval, or one of another proposal, which replaces the one that waited: the
      // second decider confirms exactly what was proposed, never a changed proposal on their own.
      return Either.right(List.of(new CaseEvent.FirstApprovalGiven(terms, a.booking(), a.formerUndertaking(),
          a.considerations(), a.eurDkkRate(), a.date(), a.by())));
    }
    Optional<Justification> justification = extent == GrantExtent.FULL
        ? Optional.empty()
        : Optional.of(new Justification(List.of(limits(policy)).toJavaList(), a.considerations(),
            List.of(requestedVersusGranted(c.application().get(), terms)).toJavaList()));
    Decision decision = new Decision(Decision.Kind.APPROVAL, extent, Optional.of(terms.principal()), justification,
        extent == GrantExtent.FULL ? Optional.empty() : Optional.of(policy.complaintGuidance()), a.aid(), a.by(),
        a.date(), policy.validFrom());
    Vector<Text> warnings = Vector.empty();
    if (c.benefit().filter(BenefitType.CASH_BENEFIT::equals).isPresent() && terms.principal().isGreaterThan(policy.lumpSumWarningAbove())) {
      warnings = warnings.append(CaseDecider.warning(
          CaseDecider.amounts(LUMP_SUM_ASSETS, terms.principal(), policy.lumpSumWarningAbove())));
    }
    return Either.right(List.of(new CaseEvent.Approved(decision, terms, warnings.toJavaList()),
        new CaseEvent.Booked(a.booking(), a.date(), a.by())));
  }

  /**
   * Four-eyes: whoever decides on the loan — approves, rejects, defers, reschedules, writes off —
   * is not the advisor who recommended it (the municipality's delegation, kompetenceplan, separates
   * recommending from deciding). The one place the rule is checked.
   */
  static Vector<Violation> fourEyes(ParticipantCase c, String decider) {
    return c.recommendation().isPresent() && c.recommendation().get().by().equals(decider)
        ? Vector.of(FOUR_EYES.violation(decider))
        : Vector.empty();
  }

  /**
   * Two deciders above the delegation's limit: the second is not the first. With {@link #fourEyes}
   * (checked for both, so neither is the recommending advisor) the one place that says who may
   * decide.
   */
  static Vector<Violation> secondDecider(CaseEvent.FirstApprovalGiven first, String decider) {
    return first.by().equals(decider) ? Vector.of(SAME_DECIDER_TWICE.violation(decider)) : Vector.empty();
  }

  /** Whether an approval proposes exactly what the first approval did. */
  static boolean sameProposal(CaseEvent.FirstApprovalGiven first, CaseCommand.Approve a) {
    return first.terms().equals(a.terms()) && first.booking().equals(a.booking())
        && first.formerUndertaking().equals(a.formerUndertaking())
        && first.considerations().equals(a.considerations())
        && first.eurDkkRate().compareTo(a.eurDkkRate()) == 0;
  }

  private static RuleReference limits(ProgrammePolicy policy) {
    return new RuleReference(
        "LOAN_LIMITS",
        "Notat om mikrolån; " + policy.municipalityName() + "s programpolitik af " + policy.validFrom(),
        Text.of(
            "Lån på " + DanishFormat.format(policy.loanFloor()) + " til " + DanishFormat.format(policy.loanCeiling())
                + ", rentefrit, tilbagebetales i højst " + policy.maxInstalments() + " afdrag",
            "Loans of " + policy.loanFloor() + " to " + policy.loanCeiling()
                + ", interest-free, repaid in at most " + policy.maxInstalments() + " instalments"));
  }

  private static Text requestedVersusGranted(LoanApplication app, RepaymentTerms terms) {
    DkkAmount requested = app.requestedAmount();
    return Text.of(
        "Du har søgt om " + DanishFormat.format(requested) + "; der bevilges " + DanishFormat.format(terms.principal())
            + ".",
        "You applied for " + requested + "; " + terms.principal() + " is granted.");
  }
}
