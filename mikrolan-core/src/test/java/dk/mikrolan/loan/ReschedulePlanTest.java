package dk.mikrolan.loan;

import static org.assertj.core.api.Assertions.assertThat;

import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RoundingUnit;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReschedulePlanTest {

  @Test
  void capsACountAtTheBalancesWholeUnits() {
    assertThat(ReschedulePlan.applied(RepaymentPlan.byCount(10), DkkAmount.parse("DKK 3.50"), RoundingUnit.WHOLE_KRONER))
        .isEqualTo(RepaymentPlan.byCount(3));
    assertThat(ReschedulePlan.applied(RepaymentPlan.byCount(2), DkkAmount.parse("DKK 3.50"), RoundingUnit.WHOLE_KRONER))
        .isEqualTo(RepaymentPlan.byCount(2));
    assertThat(ReschedulePlan.instalmentCount(RepaymentPlan.byCount(10), DkkAmount.parse("DKK 0.50"), RoundingUnit.WHOLE_KRONER))
        .isEqualTo(1);
  }

  @Test
  void countsAPlanByAmountWithTheRestInTheLast() {
    RepaymentPlan byAmount = RepaymentPlan.byAmount(DkkAmount.ofKroner(400));
    assertThat(ReschedulePlan.applied(byAmount, DkkAmount.ofKroner(1_000), RoundingUnit.WHOLE_KRONER)).isEqualTo(byAmount);
    assertThat(ReschedulePlan.instalmentCount(byAmount, DkkAmount.ofKroner(1_000), RoundingUnit.WHOLE_KRONER)).isEqualTo(3);
  }

  @Test
  void theDecisionAndTheLedgerAgreeOnACappedCount() {
    // 300 instalments asked for DKK 200 in whole kroner: 200 instalments, within the policy's 250.
    TestAccount t = TestAccount.disbursed("1000", LocalDate.of(2026, 3, 2), 1, LocalDate.of(2026, 2, 2));
    t.pay("800", LocalDate.of(2026, 3, 2));
    t.accept(new LoanCommand.Reschedule(LocalDate.of(2026, 4, 1), Frequency.MONTHLY, RepaymentPlan.byCount(300),
        RoundingUnit.WHOLE_KRONER, LocalDate.of(2026, 3, 10), "lower income", "caseworker"));
    assertThat(t.account().instalmentsStillDue(LocalDate.of(2026, 3, 10))).hasSize(200)
        .allSatisfy(i -> assertThat(i.amount()).isEqualTo(DkkAmount.ofKroner(1)));
  }
}
