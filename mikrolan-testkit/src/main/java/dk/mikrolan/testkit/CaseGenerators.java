package dk.mikrolan.testkit;

import dk.mikrolan.policy.BenefitType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/** QuickTheories generators for participant cases: command scripts that shrink to short ones. */
public final class CaseGenerators {

  private CaseGenerators() {}

  /**
   * Returns scripts of up to {@code maxSteps} steps, about half of them {@link CaseScript.Kind#ADVANCE}.
   *
   * @param maxSteps the largest number of steps
   * @return the generator, never null
   */
  public static Gen<CaseScript> scripts(int maxSteps) {
    return in -> {
      BenefitType benefit = BenefitType.values()[(int) in.next(Constraint.between(0, 3))];
      LocalDate referred = LocalDate.of(2026, 1, 1).plusDays(in.next(Constraint.between(0, 700)));
      int n = (int) in.next(Constraint.between(0, maxSteps));
      CaseScript.Kind[] kinds = CaseScript.Kind.values();
      List<CaseScript.Step> steps = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        long k = in.next(Constraint.between(0, 2L * kinds.length - 2));
        CaseScript.Kind kind = k >= kinds.length ? CaseScript.Kind.ADVANCE : kinds[(int) k];
        steps.add(new CaseScript.Step(kind, (int) in.next(Constraint.between(0, 40)),
            (int) in.next(Constraint.between(0, 3)), (int) in.next(Constraint.between(0, 1_000))));
      }
      return new CaseScript(benefit, referred, steps);
    };
  }
}
