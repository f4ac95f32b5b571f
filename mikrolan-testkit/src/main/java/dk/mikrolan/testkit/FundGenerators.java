package dk.mikrolan.testkit;

import dk.mikrolan.fund.FundPeriod;
import dk.mikrolan.money.DkkAmount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators for loan funds (låneramme): command scripts over a few cases, so that
 * cases meet each other's commitments and the room runs out.
 *
 * <p>Every value is drawn from the randomness source, so QuickTheories shrinks failures towards
 * short scripts of small steps.
 */
public final class FundGenerators {

  private FundGenerators() {}

  /**
   * Returns scripts of up to 60 steps.
   *
   * @return the generator, never null
   * @see #scripts(int)
   */
  public static Gen<FundScript> scripts() {
    return scripts(60);
  }

  /**
   * Returns scripts for a fund of DKK 10,000–2,000,000 for 2026, revolving or not, opened up to a
   * month before the year, with up to {@code maxSteps} steps over eight cases. Commitments are
   * drawn most often; dates run past the period's end now and then.
   *
   * @param maxSteps the largest number of steps, at least 1
   * @return the generator, never null
   */
  public static Gen<FundScript> scripts(int maxSteps) {
    return in -> {
      FundPeriod period = FundPeriod.ofYear(2026);
      LocalDate opened = period.first().minusDays(draw(in, 0, 30));
      DkkAmount ceiling = DkkAmount.ofKroner(draw(in, 10_000, 2_000_000));
      boolean revolving = draw(in, 0, 1) == 1;
      FundScript.Kind[] kinds = FundScript.Kind.values();
      List<FundScript.Step> steps = new ArrayList<>();
      int count = (int) draw(in, 1, maxSteps);
      for (int i = 0; i < count; i++) {
        long k = draw(in, 0, kinds.length + 3);
        FundScript.Kind kind = k >= kinds.length ? FundScript.Kind.COMMIT : kinds[(int) k];
        steps.add(new FundScript.Step(kind, (int) draw(in, 0, 15), (int) draw(in, 0, 7), (int) draw(in, 0, 10_000)));
      }
      return new FundScript(ceiling, revolving, period, opened, steps);
    };
  }

  private static long draw(RandomnessSource in, long min, long max) {
    return in.next(Constraint.between(min, max));
  }
}
