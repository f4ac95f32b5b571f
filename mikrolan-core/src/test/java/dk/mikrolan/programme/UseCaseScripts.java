package dk.mikrolan.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/** QuickTheories generators for use-case scripts: a few cases, one fund, steps that shrink away. */
final class UseCaseScripts {

  /**
   * How often each kind is drawn. Payout and payments come more often than the rest, so that
   * scripts get past approval to repayment and closing; approvals come often enough that a second
   * decider meets a first; the rest poke at every stage.
   */
  private static final UseCaseScript.Kind[] WEIGHTED = {
    UseCaseScript.Kind.APPROVE, UseCaseScript.Kind.APPROVE, UseCaseScript.Kind.APPROVE, UseCaseScript.Kind.APPROVE,
    UseCaseScript.Kind.DISBURSE, UseCaseScript.Kind.DISBURSE, UseCaseScript.Kind.DISBURSE,
    UseCaseScript.Kind.PAY, UseCaseScript.Kind.PAY, UseCaseScript.Kind.PAY, UseCaseScript.Kind.PAY,
    UseCaseScript.Kind.PAY,
    UseCaseScript.Kind.REVERSE, UseCaseScript.Kind.DEFER, UseCaseScript.Kind.WRITE_OFF,
    UseCaseScript.Kind.REJECT, UseCaseScript.Kind.WITHDRAW,
    UseCaseScript.Kind.NOTE, UseCaseScript.Kind.NOTE, UseCaseScript.Kind.RECOMMEND,
    UseCaseScript.Kind.DISPATCH, UseCaseScript.Kind.DISPATCH
  };

  private static final long[] CEILINGS = {30_000, 60_000, 120_000};

  private UseCaseScripts() {}

  /**
   * Returns scripts for two or three cases of DKK 2,000–40,000 in 6–36 instalments, sharing a
   * revolving or non-revolving fund whose ceiling is sometimes below their sum, under a policy whose
   * delegation limit is none, the smallest principal (that loan is at the limit, larger ones above),
   * DKK 1,000 below it (the smallest loan reduced by DKK 1,000 is at the limit), or DKK 40,000 (at
   * or above every loan), with up to {@code maxSteps} steps of 0–6 days each.
   *
   * @param maxSteps the largest number of steps
   * @return the generator, never null
   */
  static Gen<UseCaseScript> scripts(int maxSteps) {
    return in -> {
      boolean revolving = in.next(Constraint.between(0, 1)) == 1;
      long ceiling = CEILINGS[(int) in.next(Constraint.between(0, CEILINGS.length - 1))];
      int caseCount = (int) in.next(Constraint.between(2, 3));
      List<UseCaseScript.Loan> cases = new ArrayList<>();
      for (int i = 0; i < caseCount; i++) {
        cases.add(new UseCaseScript.Loan(1_000L * in.next(Constraint.between(2, 40)),
            (int) in.next(Constraint.between(6, 36))));
      }
      long smallest = cases.stream().mapToLong(UseCaseScript.Loan::kroner).min().orElseThrow();
      Optional<Long> limit = switch ((int) in.next(Constraint.between(0, 3))) {
        case 0 -> Optional.empty();
        case 1 -> Optional.of(smallest);
        case 2 -> Optional.of(smallest - 1_000);
        default -> Optional.of(40_000L);
      };
      int n = (int) in.next(Constraint.between(0, maxSteps));
      List<UseCaseScript.Step> steps = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        UseCaseScript.Kind kind = WEIGHTED[(int) in.next(Constraint.between(0, WEIGHTED.length - 1))];
        steps.add(new UseCaseScript.Step(kind, (int) in.next(Constraint.between(0, 2)),
            (int) in.next(Constraint.between(0, 6)), (int) in.next(Constraint.between(0, 999))));
      }
      return new UseCaseScript(revolving, ceiling, limit, cases, steps);
    };
  }
}
