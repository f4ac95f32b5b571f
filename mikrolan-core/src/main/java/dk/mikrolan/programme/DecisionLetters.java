package dk.mikrolan.programme;

import dk.mikrolan.identity.CaseId;
import dk.mikrolan.money.DanishFormat;
import dk.mikrolan.policy.ComplaintGuidance;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.rules.Text;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentTerms;
import java.util.Optional;

/**
 * Writes decision letters from a case's decisions. The justification and complaint guidance
 * appear exactly when the request is not fully granted (forvaltningsloven §§ 22, 24, 25); an
 * approval states the de minimis aid (Regulation (EU) 2023/2831 art. 6(1)).
 */
public final class DecisionLetters {

  private DecisionLetters() {}

  /**
   * Writes the letter for a case's approval or rejection.
   *
   * @param caseId the case's id, not null
   * @param c the case, approved or rejected, not null
   * @param policy the policy version the decision applied, not null
   * @return the letter, never null
   * @throws IllegalStateException if the case has no decision
   */
  public static DecisionLetter of(CaseId caseId, ParticipantCase c, ProgrammePolicy policy) {
    Decision decision = c.approval().map(CaseEvent.Approved::decision)
        .or(c::rejection)
        .orElseThrow(() -> new IllegalStateException("Case is " + c.stage() + ": no decision to write"));
    Text subject;
    Text body;
    if (decision.kind() == Decision.Kind.APPROVAL) {
      subject = Text.of("Afgørelse om mikrolån: bevilling", "Decision on micro-loan: approval");
      body = approvalBody(c.approvedTerms().get(), decision);
    } else {
      subject = Text.of("Afgørelse om mikrolån: afslag", "Decision on micro-loan: refusal");
      body = Text.of("Vi har besluttet, at du ikke kan få et mikrolån.", "We have decided that you cannot get a micro-loan.");
    }
    return new DecisionLetter(c.participantId().get(), c.participantName(), policy.municipalityName(), caseId,
        policy.journalReference(), decision.date(), subject, body,
        decision.justification().map(j -> Text.of(j.danish(), j.english())),
        decision.complaintGuidance().map(DecisionLetters::guidance));
  }

  private static Text approvalBody(RepaymentTerms terms, Decision decision) {
    String amount = DanishFormat.format(terms.principal());
    String plan = terms.plan() instanceof RepaymentPlan.ByCount n
        ? n.count() + " afdrag"
        : "afdrag på " + DanishFormat.format(((RepaymentPlan.ByAmount) terms.plan()).amount());
    String planEn = terms.plan() instanceof RepaymentPlan.ByCount n
        ? n.count() + " instalments"
        : "instalments of " + ((RepaymentPlan.ByAmount) terms.plan()).amount();
    // "kr." ends the sentence too: no second full stop.
    String da = "Du får bevilget et rentefrit mikrolån på " + amount + " Lånet skal betales tilbage i " + plan
        + ", første gang den " + terms.firstDueDate() + ".";
    String en = "You are granted an interest-free micro-loan of " + terms.principal() + ". It is repaid in " + planEn
        + ", the first due on " + terms.firstDueDate() + ".";
    Optional<AidStatement> aid = decision.aid();
    if (aid.isPresent()) {
      da += "\n\nLånet indeholder statsstøtte. Støtten er de minimis-støtte efter Kommissionens forordning (EU)"
          + " 2023/2831. Støttens bruttotilskudsækvivalent er " + DanishFormat.format(aid.get().grossGrantEquivalent())
          + " (" + aid.get().grossGrantEquivalentEur().toPlainString() + " euro). Gem denne oplysning: den skal oplyses,"
          + " hvis virksomheden søger anden de minimis-støtte inden for tre år.";
      en += "\n\nThe loan contains state aid. It is de minimis aid under Commission Regulation (EU) 2023/2831. Its"
          + " gross grant equivalent is " + aid.get().grossGrantEquivalent() + " (EUR "
          + aid.get().grossGrantEquivalentEur().toPlainString() + "). Keep this information: it must be stated if the"
          + " business applies for other de minimis aid within three years.";
    }
    return Text.of(da, en);
  }

  private static Text guidance(ComplaintGuidance g) {
    return Text.of(
        "Klagevejledning\nDu kan klage over afgørelsen til " + g.appealBody() + ". " + g.howToComplainDanish()
            + " Klagefristen er " + g.deadlineWeeks() + " uger fra den dag, du har modtaget afgørelsen.\n",
        "Complaint guidance\nYou can complain about the decision to " + g.appealBody() + ". " + g.howToComplainEnglish()
            + " The deadline is " + g.deadlineWeeks() + " weeks from the day you received the decision.\n");
  }
}
