package dk.mikrolan.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.mikrolan.identity.CaseId;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.rules.Refusal;
import dk.mikrolan.rules.Violation;
import java.util.List;
import io.vavr.control.Either;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Examples of the loan fund (låneramme): commitments, releases, payouts, repayments, ceiling. */
class LoanFundTest {

  private static final LocalDate DAY = LocalDate.of(2026, 4, 1);
  private static final CaseId A = CaseId.of("2026-0001");
  private static final CaseId B = CaseId.of("2026-0002");

  private LoanFund fund = LoanFund.empty();

  private static DkkAmount kr(long kroner) {
    return DkkAmount.ofKroner(kroner);
  }

  private void accept(LoanFundCommand command) {
    Either<Refusal, List<LoanFundEvent>> outcome = fund.decide(command);
    assertThat(outcome.isRight()).as("%s", outcome).isTrue();
    fund = fund.evolveAll(outcome.get());
  }

  private Refusal refuse(LoanFundCommand command) {
    Either<Refusal, List<LoanFundEvent>> outcome = fund.decide(command);
    assertThat(outcome.isLeft()).as("%s", outcome).isTrue();
    return outcome.getLeft();
  }

  private void open(long ceilingKroner, boolean revolving) {
    accept(new LoanFundCommand.Open("751", FundPeriod.ofYear(2026), kr(ceilingKroner), revolving, LocalDate.of(2026, 1, 2)));
  }

  @Test
  void opensFromThePolicyWithItsCeilingAndRevolvingChoice() {
    ProgrammePolicy copenhagen = ProgrammePolicy.builder()
        .municipalityCode("101").municipalityName("København").validFrom(LocalDate.of(2026, 1, 1)).build();
    accept(LoanFundCommand.Open.from(copenhagen, FundPeriod.ofYear(2026), LocalDate.of(2026, 1, 1)));
    assertThat(fund.ceiling()).isEqualTo(kr(700_000));
    assertThat(fund.isRevolving()).isFalse();
    assertThat(fund.remainingRoom()).isEqualTo(kr(700_000));
    assertThat(LoanFund.streamId("101", FundPeriod.ofYear(2026)).toString()).isEqualTo("loan-fund/101-2026");
  }

  @Test
  void commitsUpToTheRoomAndRefusesAboveItNamingBothAmountsInDanish() {
    open(100_000, false);
    accept(new LoanFundCommand.Commit(A, kr(60_000), DAY));
    Refusal r = refuse(new LoanFundCommand.Commit(B, kr(40_000).plus(DkkAmount.ofOre(1)), DAY));
    assertThat(r.state()).isEqualTo("OPEN");
    Violation v = r.reasons().single();
    assertThat(v.code()).isEqualTo("ABOVE_REMAINING_ROOM");
    assertThat(v.danish()).isEqualTo("Tilsagnet på 40.000,01 kr. overstiger det, der er tilbage af lånerammen, 40.000,00 kr.");
    assertThat(v.english()).isEqualTo("The commitment of DKK 40000.01 exceeds what is left of the loan fund, DKK 40000.00.");
    accept(new LoanFundCommand.Commit(B, kr(40_000), DAY));
    assertThat(fund.remainingRoom()).isEqualTo(DkkAmount.ZERO);
  }

  @Test
  void refusesASecondCommitmentToACaseAndListsEveryReason() {
    open(100_000, false);
    accept(new LoanFundCommand.Commit(A, kr(30_000), DAY));
    Refusal r = refuse(new LoanFundCommand.Commit(A, kr(80_000), LocalDate.of(2027, 1, 1)));
    assertThat(r.reasons().map(Violation::code))
        .containsExactly("CASE_ALREADY_COMMITTED", "ABOVE_REMAINING_ROOM", "COMMIT_OUTSIDE_PERIOD");
  }

  @Test
  void releasesAWholeCommitmentAndAllowsANewOneAfterwards() {
    open(50_000, false);
    accept(new LoanFundCommand.Commit(A, kr(50_000), DAY));
    accept(new LoanFundCommand.Release(A, DAY.plusDays(1), "withdrew"));
    assertThat(fund.committed()).isEqualTo(DkkAmount.ZERO);
    assertThat(fund.commitmentOf(A).isEmpty()).isTrue();
    assertThat(refuse(new LoanFundCommand.Release(A, DAY.plusDays(2), "again")).hasReason("NO_OPEN_COMMITMENT")).isTrue();
    accept(new LoanFundCommand.Commit(A, kr(20_000), DAY.plusDays(3)));
    assertThat(fund.remainingRoom()).isEqualTo(kr(30_000));
  }

  @Test
  void refusesToReleaseAnUnknownCase() {
    open(50_000, false);
    Refusal r = refuse(new LoanFundCommand.Release(B, DAY, "rejected"));
    assertThat(r.reasons().map(Violation::code)).containsExactly("UNKNOWN_CASE");
    assertThat(r.reasons().head().danish()).isEqualTo("Lånerammen har intet tilsagn til sag 2026-0002.");
  }

  @Test
  void aLoanIsPaidOutInTranchesAndTheRestIsReleasedWhenPayoutEnds() {
    open(100_000, false);
    accept(new LoanFundCommand.Commit(A, kr(50_000), DAY));
    accept(new LoanFundCommand.Disburse(A, kr(10_000), DAY.plusDays(10)));
    assertThat(fund.committed()).isEqualTo(kr(40_000));
    assertThat(fund.remainingRoom()).isEqualTo(kr(50_000));
    accept(new LoanFundCommand.Disburse(A, kr(25_000), DAY.plusDays(30)));
    assertThat(refuse(new LoanFundCommand.Disburse(A, kr(15_001), DAY.plusDays(31)))
        .hasReason("DISBURSEMENT_ABOVE_COMMITMENT")).isTrue();
    accept(new LoanFundCommand.Release(A, DAY.plusDays(40), "payout ended"));
    assertThat(fund.committed()).isEqualTo(DkkAmount.ZERO);
    assertThat(fund.disbursed()).isEqualTo(kr(35_000));
    assertThat(fund.remainingRoom()).isEqualTo(kr(65_000));
    Refusal again = refuse(new LoanFundCommand.Commit(A, kr(1_000), DAY.plusDays(31)));
    assertThat(again.reasons().map(Violation::code)).containsExactly("CASE_ALREADY_DISBURSED");
    assertThat(refuse(new LoanFundCommand.Release(A, DAY.plusDays(31), "late")).reasons().head().english())
        .isEqualTo("Case 2026-0001 has no open commitment; it is paid out.");
  }

  @Test
  void refusesAPayoutAboveTheCommitment() {
    open(100_000, false);
    accept(new LoanFundCommand.Commit(A, kr(10_000), DAY));
    Refusal r = refuse(new LoanFundCommand.Disburse(A, kr(10_001), DAY));
    assertThat(r.reasons().single().danish()).isEqualTo("Udbetalingen på 10.001,00 kr. overstiger tilsagnet på 10.000,00 kr.");
  }

  @Test
  void repaymentsMakeRoomInARevolvingFund() {
    open(50_000, true);
    accept(new LoanFundCommand.Commit(A, kr(50_000), DAY));
    accept(new LoanFundCommand.Disburse(A, kr(50_000), DAY));
    accept(new LoanFundCommand.ReturnRepayment(A, kr(200), DAY.plusMonths(2)));
    assertThat(fund.remainingRoom()).isEqualTo(kr(200));
    assertThat(refuse(new LoanFundCommand.ReturnRepayment(A, kr(49_801), DAY.plusMonths(3)))
        .hasReason("REPAYMENT_ABOVE_DISBURSED")).isTrue();
    accept(new LoanFundCommand.Commit(B, kr(200), DAY.plusMonths(3)));
  }

  @Test
  void refusesRepaymentsToAFundThatIsNotRevolving() {
    open(50_000, false);
    accept(new LoanFundCommand.Commit(A, kr(50_000), DAY));
    accept(new LoanFundCommand.Disburse(A, kr(50_000), DAY));
    Refusal r = refuse(new LoanFundCommand.ReturnRepayment(A, kr(200), DAY.plusMonths(2)));
    assertThat(r.reasons().map(Violation::code)).containsExactly("FUND_NOT_REVOLVING");
    assertThat(fund.remainingRoom()).isEqualTo(DkkAmount.ZERO);
  }

  @Test
  void changesTheCeilingButNeverBelowWhatIsInUse() {
    open(100_000, false);
    accept(new LoanFundCommand.Commit(A, kr(30_000), DAY));
    accept(new LoanFundCommand.Commit(B, kr(20_000), DAY));
    accept(new LoanFundCommand.Disburse(B, kr(20_000), DAY));
    Refusal r = refuse(new LoanFundCommand.ChangeCeiling(kr(49_999), DAY, " "));
    assertThat(r.reasons().map(Violation::code)).containsExactly("CEILING_BELOW_USE", "DECISION_INCOMPLETE");
    accept(new LoanFundCommand.ChangeCeiling(kr(50_000), DAY, "byrådet"));
    assertThat(fund.remainingRoom()).isEqualTo(DkkAmount.ZERO);
    accept(new LoanFundCommand.ChangeCeiling(kr(150_000), DAY.plusDays(1), "byrådet"));
    assertThat(fund.remainingRoom()).isEqualTo(kr(100_000));
  }

  @Test
  void refusesEverythingBeforeOpeningAndASecondOpening() {
    Refusal r = refuse(new LoanFundCommand.Commit(A, kr(1), DAY));
    assertThat(r.state()).isEqualTo("NOT_OPENED");
    assertThat(r.reasons().map(Violation::code)).containsExactly("NOT_OPENED");
    assertThatThrownBy(() -> fund.remainingRoom()).isInstanceOf(IllegalStateException.class).hasMessageContaining("NOT_OPENED");
    open(1_000, false);
    Refusal again = refuse(new LoanFundCommand.Open("75", FundPeriod.ofYear(2026), DkkAmount.ZERO, false, DAY));
    assertThat(again.reasons().map(Violation::code))
        .containsExactly("ALREADY_OPENED", "MUNICIPALITY_CODE_MALFORMED", "CEILING_NOT_POSITIVE");
  }

  @Test
  void refusesAmountsOfZero() {
    open(1_000, true);
    assertThat(refuse(new LoanFundCommand.Commit(A, DkkAmount.ZERO, DAY)).hasReason("AMOUNT_NOT_POSITIVE")).isTrue();
  }

  @Test
  void replayGivesTheSameFund() {
    open(100_000, true);
    accept(new LoanFundCommand.Commit(A, kr(30_000), DAY));
    accept(new LoanFundCommand.Disburse(A, kr(25_000), DAY));
    accept(new LoanFundCommand.ReturnRepayment(A, kr(1_000), DAY));
    LoanFund replayed = LoanFund.replay(fund.events());
    assertThat(replayed).isEqualTo(fund);
    // 5,000 of the commitment is still open for a later tranche.
    assertThat(replayed.remainingRoom()).isEqualTo(kr(71_000));
    assertThat(replayed.version()).isEqualTo(4);
  }
}
