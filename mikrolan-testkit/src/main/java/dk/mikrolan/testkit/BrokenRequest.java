package dk.mikrolan.testkit;

import dk.mikrolan.schedule.RepaymentRequest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A repayment request broken in one or more independent ways, and so the violation codes a
 * validator must report for it (at least these; a breakage may cause more).
 *
 * @param request the broken request, not null
 * @param breakages the ways it is broken, pairwise combinable, not null nor empty
 */
public record BrokenRequest(RepaymentRequest request, List<RequestBreakage> breakages) {

  /**
   * Checks and copies the breakages.
   *
   * @throws IllegalArgumentException if there are none, or two of them do not combine
   */
  public BrokenRequest {
    Objects.requireNonNull(request, "request");
    breakages = List.copyOf(breakages);
    if (breakages.isEmpty()) {
      throw new IllegalArgumentException("A broken request needs at least one breakage");
    }
    for (RequestBreakage a : breakages) {
      for (RequestBreakage b : breakages) {
        if (a != b && !a.canCombineWith(b)) {
          throw new IllegalArgumentException(a + " and " + b + " do not combine");
        }
      }
    }
  }

  /**
   * Returns the codes the validator must report, one per breakage.
   *
   * @return the codes in breakage order, never null nor empty
   */
  public Set<String> expectedCodes() {
    Set<String> codes = new LinkedHashSet<>();
    breakages.forEach(b -> codes.add(b.code()));
    return codes;
  }
}
