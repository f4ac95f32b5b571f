package dk.mikrolan.testkit;

import dk.mikrolan.identity.AdvisorId;
import dk.mikrolan.identity.Cpr;
import dk.mikrolan.identity.ParticipantId;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.BenefitType;
import dk.mikrolan.programme.BudgetCategory;
import dk.mikrolan.programme.BudgetItem;
import dk.mikrolan.programme.BusinessIdea;
import dk.mikrolan.programme.LoanApplication;
import dk.mikrolan.programme.Participant;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import java.util.List;

/**
 * Test-data builders for the programme: a participant and an application that are valid as they
 * stand, for tests that care about something else. The CPR number is fictitious (a birth date in
 * 1990 with serial 4000, which fails the modulus-11 check) and is masked wherever it is printed.
 */
public final class ProgrammeFixtures {

  private ProgrammeFixtures() {}

  /**
   * Returns a participant with a hairdresser's business idea and advisor {@code adv-1}.
   *
   * @param id the participant's id, not null
   * @param name the name, not null
   * @param benefit the benefit, not {@code OTHER}, not null
   * @return the participant, never null
   */
  public static Participant participant(String id, String name, BenefitType benefit) {
    return Participant.builder()
        .id(ParticipantId.of(id))
        .cpr(Cpr.parse("150390-4000"))
        .name(name)
        .benefit(benefit)
        .businessIdea(BusinessIdea.of("Frisørsalon", "Salon med fokus på børneklip", "Familier i lokalområdet",
            "Betaling pr. klipning"))
        .advisor(AdvisorId.of("adv-1"))
        .build();
  }

  /**
   * Returns an application whose budget (equipment and stock) covers the amount exactly.
   *
   * @param amount the amount applied for, at least DKK 0.02, not null
   * @param plan the wished plan, not null
   * @param frequency the wished frequency, not null
   * @return the application, never null
   */
  public static LoanApplication application(DkkAmount amount, RepaymentPlan plan, Frequency frequency) {
    DkkAmount equipment = DkkAmount.ofOre(amount.ore() / 2);
    return LoanApplication.of(amount, plan, frequency, List.of(
        BudgetItem.of(BudgetCategory.EQUIPMENT, "Frisørstol og spejl", equipment),
        BudgetItem.of(BudgetCategory.STOCK, "Shampoo og farver", amount.minus(equipment))));
  }
}
