package dk.mikrolan.eligibility;

import dk.mikrolan.ValueStyle;
import dk.mikrolan.policy.BenefitType;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The facts rough sorting (grov sortering) decides on: the applicant's benefit type, the business
 * idea as stated, and the applicant's own answer whether they wish to be self-employed.
 *
 * <p>Everything may still be unknown: an empty builder gives facts on which the target group and
 * the wish are {@linkplain RuleStatus#NOT_ASSESSED not assessed} and no business idea is stated.
 * The business idea's texts are taken as given; blank means not stated. These facts are the
 * eligibility rules' own and do not depend on how a host stores participants.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class ScreeningFacts {

  ScreeningFacts() {}

  /**
   * Returns a builder; every attribute is optional (unknown, blank or {@link Answer#UNKNOWN}).
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the benefit the applicant receives (forsørgelsesgrundlag), when known. */
  public abstract Optional<BenefitType> benefitType();

  /**
   * Returns the description of the benefit, present exactly when the type is {@link
   * BenefitType#OTHER}, such as {@code ledighedsydelse}.
   */
  public abstract Optional<String> benefitDescription();

  /** Returns the business idea's title as stated, possibly blank (not stated). */
  @Value.Default
  public String businessIdeaTitle() {
    return "";
  }

  /** Returns how the business idea will earn money (indtjeningsmodel), possibly blank. */
  @Value.Default
  public String businessIdeaRevenueModel() {
    return "";
  }

  /** Returns the applicant's own answer whether they wish to be self-employed. */
  @Value.Default
  public Answer wishToBeSelfEmployed() {
    return Answer.UNKNOWN;
  }

  /**
   * Returns whether a business idea is stated: both its title and how it earns money are
   * non-blank.
   *
   * @return true if both are given
   */
  public boolean businessIdeaStated() {
    return !businessIdeaTitle().isBlank() && !businessIdeaRevenueModel().isBlank();
  }

  @Value.Check
  void check() {
    boolean other = benefitType().filter(t -> t == BenefitType.OTHER).isPresent();
    if (other && benefitDescription().filter(d -> !d.isBlank()).isEmpty()) {
      throw new IllegalArgumentException("Benefit type OTHER needs a non-blank description");
    }
    if (!other && benefitDescription().isPresent()) {
      throw new IllegalArgumentException(
          "Only benefit type OTHER takes a description, not " + benefitType().map(Enum::name).orElse("an unknown type"));
    }
  }

  /** Builds {@link ScreeningFacts}. This class is mutable and not thread-safe. */
  public static final class Builder extends ImmutableScreeningFacts.Builder {
    Builder() {}
  }
}
