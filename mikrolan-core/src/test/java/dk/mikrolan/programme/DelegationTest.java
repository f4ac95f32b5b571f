package dk.mikrolan.programme;

import static dk.mikrolan.programme.ProgrammeDesk.APPROVAL_DAY;
import static dk.mikrolan.programme.ProgrammeDesk.APPROVER;
import static org.assertj.core.api.Assertions.assertThat;

import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.rules.Text;
import dk.mikrolan.usecase.UseCaseResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The municipality's delegation (kompetenceplan): above {@code secondDeciderAbove} an approval
 * needs two different deciders, neither of them the recommending advisor; at or below it, one.
 */
class DelegationTest {

  private static final String C1 = "2026-0001";
  private static final String SECOND = "head-2";

  /** A desk whose policy lets one decider grant up to DKK 30,000. */
  private static ProgrammeDesk desk() {
    return ProgrammeDesk.of(ProgrammeDesk.policy("751").secondDeciderAbove(DkkAmount.ofKroner(30_000)).build());
  }

  private static ApproveLoan.AwaitingSecondDecider awaiting(UseCaseResult<ApproveLoan.Outcome> result) {
    assertThat(result).isInstanceOf(UseCaseResult.Done.class);
    ApproveLoan.Outcome outcome = ((UseCaseResult.Done<ApproveLoan.Outcome>) result).value();
    assertThat(outcome).isInstanceOf(ApproveLoan.AwaitingSecondDecider.class);
    return (ApproveLoan.AwaitingSecondDecider) outcome;
  }

  private static ApproveLoan.Approved approved(UseCaseResult<ApproveLoan.Outcome> result) {
    assertThat(result).isInstanceOf(UseCaseResult.Done.class);
    ApproveLoan.Outcome outcome = ((UseCaseResult.Done<ApproveLoan.Outcome>) result).value();
    assertThat(outcome).isInstanceOf(ApproveLoan.Approved.class);
    return (ApproveLoan.Approved) outcome;
  }

  private static void refusedFor(UseCaseResult<ApproveLoan.Outcome> result, String reason) {
    assertThat(result).isInstanceOfSatisfying(UseCaseResult.Refused.class,
        r -> assertThat(r.refusal().hasReason(reason)).as("%s", r.refusal()).isTrue());
  }

  @Test
  void oneDeciderGrantsALoanAtTheLimit() {
    ProgrammeDesk desk = desk();
    desk.recommend(C1, 30_000, 24);

    ApproveLoan.Approved approved = approved(desk.approve(C1));

    assertThat(approved.kase().stage()).isEqualTo(Stage.APPROVED);
    assertThat(desk.fund().committed()).isEqualTo(DkkAmount.ofKroner(30_000));
  }

  @Test
  void oneDeciderGrantsAnyLoanWithoutALimit() {
    ProgrammeDesk desk = ProgrammeDesk.of("751", 700_000, false);
    desk.recommend(C1, 50_000, 24);

    assertThat(approved(desk.approve(C1)).kase().stage()).isEqualTo(Stage.APPROVED);
  }

  @Test
  void aboveTheLimitTheFirstApprovalRecordsTheProposalAndCommitsNothing() {
    ProgrammeDesk desk = desk();
    desk.recommend(C1, 40_000, 24);
    int caseVersion = desk.kase(C1).version();

    ApproveLoan.AwaitingSecondDecider first = awaiting(desk.approve(C1));

    assertThat(first.firstApproval().by()).isEqualTo(APPROVER);
    assertThat(first.firstApproval().terms().principal()).isEqualTo(DkkAmount.ofKroner(40_000));
    assertThat(first.firstApproval().booking()).isEqualTo(Booking.of(ProgrammeDesk.YEAR, desk.undertaking(C1)));
    assertThat(first.firstApproval().eurDkkRate()).isEqualByComparingTo(ProgrammeDesk.EUR);
    assertThat(first.notice().english()).contains("DKK 40000.00", "DKK 30000.00");
    assertThat(first.notice().danish()).contains("40.000,00 kr.", "30.000,00 kr.");
    ParticipantCase kase = desk.kase(C1);
    assertThat(kase.version()).isEqualTo(caseVersion + 1);
    assertThat(kase.stage()).isEqualTo(Stage.FINAL_SEMINAR);
    assertThat(kase.approval()).isEmpty();
    assertThat(kase.firstApproval()).contains(first.firstApproval());
    assertThat(desk.fund().committed()).isEqualTo(DkkAmount.ZERO);
    assertThat(desk.aid(C1).grants()).isEmpty();
    assertThat(desk.letters()).isEmpty();
    assertThat(desk.store().load(ProgrammeStreams.loanStream(desk.ref(C1)), Object.class)).isEmpty();
  }

  @Test
  void aSecondDifferentDeciderApprovingTheSameProposalGrantsTheLoan() {
    ProgrammeDesk desk = desk();
    desk.recommend(C1, 40_000, 24);
    awaiting(desk.approve(C1));

    ApproveLoan.Approved approved = approved(desk.approve(desk.approval(C1, APPROVAL_DAY, SECOND)));

    assertThat(approved.kase().stage()).isEqualTo(Stage.APPROVED);
    assertThat(approved.kase().approval().get().decision().decidedBy()).isEqualTo(SECOND);
    assertThat(approved.kase().firstApproval()).isEmpty();
    assertThat(approved.kase().booking()).contains(Booking.of(ProgrammeDesk.YEAR, desk.undertaking(C1)));
    assertThat(desk.fund().committed()).isEqualTo(DkkAmount.ofKroner(40_000));
    assertThat(desk.aid(C1).grants()).hasSize(1);
    assertThat(desk.letters()).hasSize(1);
  }

  @Test
  void theSameDeciderTwiceIsRefusedAndWritesNothing() {
    ProgrammeDesk desk = desk();
    desk.recommend(C1, 40_000, 24);
    awaiting(desk.approve(C1));
    int version = desk.kase(C1).version();

    refusedFor(desk.approve(C1), "SAME_DECIDER_TWICE");

    assertThat(desk.kase(C1).version()).isEqualTo(version);
    assertThat(desk.fund().committed()).isEqualTo(DkkAmount.ZERO);
  }

  @Test
  void theRecommendingAdvisorIsNeverTheSecondDecider() {
    ProgrammeDesk desk = desk();
    desk.recommend(C1, 40_000, 24);
    awaiting(desk.approve(C1));

    refusedFor(desk.approve(desk.approval(C1, APPROVAL_DAY, ProgrammeDesk.ADVISOR)), "FOUR_EYES");
    assertThat(desk.kase(C1).approval()).isEmpty();
  }

  @Test
  void anotherProposalReplacesTheFirstAndWaitsForItsOwnSecondDecider() {
    ProgrammeDesk desk = desk();
    desk.recommend(C1, 40_000, 24);
    awaiting(desk.approve(C1));
    ApproveLoan.Request changed = new ApproveLoan.Request(desk.ref(C1), desk.undertaking(C1),
        java.util.Optional.empty(), ProgrammeDesk.YEAR, ProgrammeDesk.terms(35_000, 24),
        List.of(Text.of("Budgettet rækker til 35.000 kr.", "The budget comes to DKK 35,000")), ProgrammeDesk.EUR,
        APPROVAL_DAY, SECOND);

    ApproveLoan.AwaitingSecondDecider replaced = awaiting(desk.approve(changed));
    assertThat(replaced.firstApproval().by()).isEqualTo(SECOND);
    assertThat(desk.fund().committed()).isEqualTo(DkkAmount.ZERO);

    // The first decider now confirms the second's proposal, and only that proposal grants.
    ApproveLoan.Approved approved = approved(desk.approve(new ApproveLoan.Request(changed.ref(),
        changed.undertaking(), changed.formerUndertaking(), changed.fundPeriod(), changed.terms(),
        changed.considerations(), changed.eurDkkRate(), APPROVAL_DAY, APPROVER)));
    assertThat(approved.kase().approvedTerms().get().principal()).isEqualTo(DkkAmount.ofKroner(35_000));
    assertThat(desk.fund().committed()).isEqualTo(DkkAmount.ofKroner(35_000));
  }

  @Test
  void aRejectionAfterTheFirstApprovalEndsTheCase() {
    ProgrammeDesk desk = desk();
    desk.recommend(C1, 40_000, 24);
    awaiting(desk.approve(C1));

    assertThat(desk.end(C1, ProgrammeDesk.rejection(APPROVAL_DAY))).isInstanceOf(UseCaseResult.Done.class);

    assertThat(desk.kase(C1).stage()).isEqualTo(Stage.REJECTED);
    assertThat(desk.kase(C1).firstApproval()).isEmpty();
    refusedFor(desk.approve(desk.approval(C1, APPROVAL_DAY, SECOND)), "CASE_ENDED");
  }

  @Test
  void aNewRecommendationEndsTheFirstApproval() {
    ProgrammeDesk desk = desk();
    desk.recommend(C1, 40_000, 24);
    awaiting(desk.approve(C1));

    assertThat(desk.work(C1, new CaseCommand.Recommend(ProgrammeDesk.terms(40_000, 24),
        AarhusScenarioTest.SEMINAR_DONE, APPROVAL_DAY, ProgrammeDesk.ADVISOR))).isInstanceOf(UseCaseResult.Done.class);

    assertThat(desk.kase(C1).firstApproval()).isEmpty();
    awaiting(desk.approve(desk.approval(C1, APPROVAL_DAY, SECOND)));
  }
}
