package dk.mikrolan.testkit;

import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentTerms;
import dk.mikrolan.schedule.RoundingUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators for loan accounts: granted terms and command scripts.
 *
 * <p>Every value is drawn from the randomness source, so QuickTheories shrinks failures towards
 * short scripts of small steps.
 */
public final class LoanGenerators {

  private LoanGenerators() {}

  /**
   * Returns command scripts of up to 40 steps on granted terms of DKK 1,000–50,000 with up to 36
   * instalments, monthly or quarterly, first due one to three months after an opening date in
   * 2020–2030.
   *
   * @return the generator, never null
   */
  public static Gen<LoanScript> scripts() {
    return scripts(40);
  }

  /**
   * Returns command scripts of up to {@code maxSteps} steps: one to three tranches first, then any
   * mix of payments, reversals, deferrals, reschedules, write-offs and refunds (every kind up to
   * {@link LoanScript.Kind#REFUND}; the huge amounts are {@link #scriptsWithHugeAmounts()}'s).
   *
   * @param maxSteps the largest number of steps, at least 3
   * @return the generator, never null
   */
  public static Gen<LoanScript> scripts(int maxSteps) {
    return scripts(maxSteps, EnumSet.range(LoanScript.Kind.DISBURSE, LoanScript.Kind.REFUND));
  }

  /**
   * Returns command scripts of up to 40 steps that also pay amounts at and beyond the edge of
   * {@link DkkAmount#MAX_ABSOLUTE} and refund whole overpayments, for properties that every amount
   * stays in range.
   *
   * @return the generator, never null
   */
  public static Gen<LoanScript> scriptsWithHugeAmounts() {
    return scripts(40, EnumSet.allOf(LoanScript.Kind.class));
  }

  private static Gen<LoanScript> scripts(int maxSteps, EnumSet<LoanScript.Kind> drawn) {
    LoanScript.Kind[] kinds = drawn.toArray(new LoanScript.Kind[0]);
    return in -> {
      LocalDate opened = LocalDate.of(2020, 1, 1).plusDays(draw(in, 0, 3_650));
      boolean byCount = draw(in, 0, 3) > 0;
      RoundingUnit unit = draw(in, 0, 1) == 0 ? RoundingUnit.ORE : RoundingUnit.WHOLE_KRONER;
      long principalOre = draw(in, 100_000, 5_000_000);
      RepaymentPlan plan = byCount
          ? RepaymentPlan.byCount((int) draw(in, 1, 36))
          : RepaymentPlan.byAmount(DkkAmount.ofKroner(Math.max(1, principalOre / 100 / draw(in, 1, 36))));
      RepaymentTerms terms = RepaymentTerms.builder()
          .principal(DkkAmount.ofOre(principalOre))
          .firstDueDate(opened.plusMonths(draw(in, 1, 3)).plusDays(draw(in, 0, 27)))
          .frequency(draw(in, 0, 3) == 0 ? Frequency.QUARTERLY : Frequency.MONTHLY)
          .plan(plan)
          .roundingUnit(unit)
          .build();
      List<LoanScript.Step> steps = new ArrayList<>();
      int tranches = (int) draw(in, 1, 3);
      for (int i = 0; i < tranches; i++) {
        steps.add(new LoanScript.Step(LoanScript.Kind.DISBURSE, (int) draw(in, 0, 10), (int) draw(in, 2_000, 10_000)));
      }
      int more = (int) draw(in, 0, maxSteps - tranches);
      for (int i = 0; i < more; i++) {
        // Payments are drawn most often, as in a real account's life.
        long k = draw(in, 0, kinds.length + 5);
        LoanScript.Kind kind = k >= kinds.length ? LoanScript.Kind.PAY : kinds[(int) k];
        steps.add(new LoanScript.Step(kind, (int) draw(in, 0, 45), (int) draw(in, 0, 10_000)));
      }
      return new LoanScript(terms, opened, steps);
    };
  }

  private static long draw(RandomnessSource in, long min, long max) {
    return in.next(Constraint.between(min, max));
  }
}
