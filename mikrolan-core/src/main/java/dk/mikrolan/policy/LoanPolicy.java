package dk.mikrolan.policy;

import dk.mikrolan.ValueStyle;
import dk.mikrolan.money.DanishFormat;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.rules.InvalidInputException;
import dk.mikrolan.rules.Violation;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The loan limits of one version of a municipality's programme policy.
 *
 * <p>Every value is a default that a municipality may change:
 *
 * <ul>
 *   <li>{@link #loanFloor()} DKK 1,000 and {@link #loanCeiling()} DKK 50,000, both inclusive —
 *       the memo's range ("lån på 1.000-50.000 kr."). Copenhagen's floor of DKK 5,000 is a
 *       policy version, not code.
 *   <li>{@link #maxInstalments()} 250 — the longest plan that published practice needs:
 *       Copenhagen's "for example 200 kr a month" on the DKK 50,000 ceiling is exactly 250 monthly
 *       instalments (about 21 years). A longer plan is a municipality's deliberate choice.
 *   <li>{@link #maxGraceMonths()} 12 — a business's first year (the memo's loan is for
 *       establishing the business, and Danish start-ups file their first annual accounts after a
 *       year), well beyond Copenhagen's six months of rehabilitation benefit after the loan.
 * </ul>
 *
 * <p>Building refuses inconsistent limits with an {@link InvalidInputException} that lists every
 * {@link PolicyViolation}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class LoanPolicy implements Dated {

  /** The memo's smallest loan, DKK 1,000. */
  public static final DkkAmount DEFAULT_FLOOR = DkkAmount.ofKroner(1_000);

  /** The memo's largest loan, DKK 50,000. */
  public static final DkkAmount DEFAULT_CEILING = DkkAmount.ofKroner(50_000);

  /** Default maximum number of instalments (see the class comment). */
  public static final int DEFAULT_MAX_INSTALMENTS = 250;

  /** Default maximum grace period in whole months (see the class comment). */
  public static final int DEFAULT_MAX_GRACE_MONTHS = 12;

  LoanPolicy() {}

  /**
   * Returns a builder; every limit not set takes its default.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains the default limits in force from a date.
   *
   * @param validFrom the first day in force, not null
   * @return the policy, never null
   */
  public static LoanPolicy defaults(LocalDate validFrom) {
    return builder().validFrom(validFrom).build();
  }

  @Override
  public abstract LocalDate validFrom();

  /** Returns the smallest loan (inclusive). */
  @Value.Default
  public DkkAmount loanFloor() {
    return DEFAULT_FLOOR;
  }

  /** Returns the largest loan (inclusive). */
  @Value.Default
  public DkkAmount loanCeiling() {
    return DEFAULT_CEILING;
  }

  /** Returns the largest number of instalments a plan may have. */
  @Value.Default
  public int maxInstalments() {
    return DEFAULT_MAX_INSTALMENTS;
  }

  /** Returns the longest grace period (afdragsfrihed) in whole months. */
  @Value.Default
  public int maxGraceMonths() {
    return DEFAULT_MAX_GRACE_MONTHS;
  }

  @Value.Check
  void check() {
    Seq<Violation> problems = violations(loanFloor(), loanCeiling(), maxInstalments(), maxGraceMonths());
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /**
   * Returns every way a set of loan limits is inconsistent; {@link ProgrammePolicy} applies the
   * same rules to its own copy of the limits.
   */
  static Seq<Violation> violations(DkkAmount floor, DkkAmount ceiling, int maxInstalments, int maxGraceMonths) {
    Vector<Violation> problems = Vector.empty();
    if (!floor.isPositive()) {
      problems = problems.append(amountViolation(PolicyViolation.LOAN_FLOOR_NOT_POSITIVE, floor));
    } else if (ceiling.isLessThan(floor)) {
      problems = problems.append(amountViolation(PolicyViolation.LOAN_CEILING_BELOW_FLOOR, ceiling, floor));
    }
    if (maxInstalments < 1) {
      problems = problems.append(PolicyViolation.MAX_INSTALMENTS_NOT_POSITIVE.violation(maxInstalments));
    }
    if (maxGraceMonths < 0) {
      problems = problems.append(PolicyViolation.MAX_GRACE_MONTHS_NEGATIVE.violation(maxGraceMonths));
    }
    return problems;
  }

  /** Creates a violation with the amounts written the Danish way in Danish and canonically in English. */
  static Violation amountViolation(PolicyViolation kind, DkkAmount... amounts) {
    Object[] danish = new Object[amounts.length];
    for (int i = 0; i < amounts.length; i++) {
      danish[i] = DanishFormat.format(amounts[i]);
    }
    return kind.violation(danish, amounts);
  }

  /** Builds a {@link LoanPolicy}. This class is mutable and not thread-safe. */
  public static final class Builder extends ImmutableLoanPolicy.Builder {
    Builder() {}
  }
}
