package dk.mikrolan.programme;

import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.rules.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The policy and the requests a use-case script makes, for the model-based property of the use cases. */
final class UseCaseRequests {

  private static final List<Text> CONSIDERATIONS =
      List.of(Text.of("Budgettet rækker til et mindre lån", "The budget calls for a smaller loan"));

  private UseCaseRequests() {}

  /** The script's policy: its fund, and its delegation limit when it has one. */
  static ProgrammePolicy policyOf(UseCaseScript script) {
    return ProgrammeDesk.policy("751").loanFundCeiling(DkkAmount.ofKroner(script.fundCeilingKroner()))
        .revolvingFund(script.revolving())
        .secondDeciderAbove(script.secondDeciderAboveKroner().map(DkkAmount::ofKroner)).build();
  }

  /** Who decides in a step: the first decider of a waiting approval is read from the model. */
  static String deciderOf(UseCaseScript.Step step, UseCasesModel.Kase k) {
    return step.decider() == UseCaseScript.Decider.FIRST_DECIDER && k.waiting != null
        ? k.waiting.by()
        : step.decider().id;
  }

  /** The approval of the step's proposal, from the case's recommended loan. */
  static ApproveLoan.Request approval(ProgrammeDesk desk, UseCaseScript script, UseCaseScript.Step step,
      String decider, LocalDate date) {
    UseCaseScript.Loan loan = script.loan(step);
    UseCaseScript.Proposal proposal = step.proposal();
    String c = script.caseId(step);
    return new ApproveLoan.Request(desk.ref(c), desk.undertaking(c), Optional.empty(), ProgrammeDesk.YEAR,
        ProgrammeDesk.terms(loan.kroner() - proposal.lessKroner, loan.instalments()),
        proposal.considerations ? CONSIDERATIONS : List.of(), new BigDecimal(proposal.eurDkk), date, decider);
  }

  static CaseCommand.Reject rejection(LocalDate date, String decider) {
    CaseCommand.Reject r = ProgrammeDesk.rejection(date);
    return new CaseCommand.Reject(r.rules(), r.considerations(), r.facts(), r.restsOnFactsUnknownToParticipant(),
        date, decider);
  }
}
