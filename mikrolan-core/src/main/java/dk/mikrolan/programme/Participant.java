package dk.mikrolan.programme;

import dk.mikrolan.ValueStyle;
import dk.mikrolan.identity.AdvisorId;
import dk.mikrolan.identity.Cpr;
import dk.mikrolan.identity.ParticipantId;
import dk.mikrolan.policy.BenefitType;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A participant (deltager) in the programme: a person on public support who wants to become
 * self-employed, with the business idea and the advisor (vejleder) who follows them.
 *
 * <p>The benefit type is the support the person receives now (forsørgelsesgrundlag); rough
 * sorting checks it against the policy's eligible types. {@link BenefitType#OTHER} needs a
 * description of the support, and only {@code OTHER} has one, so that a description never
 * outlives a change of type.
 *
 * <p>The CPR number is protected (databeskyttelsesloven § 11): {@link #toString()} shows neither
 * it nor the name, only the participant id, which exists so that logs and events can refer to the
 * person. Exceptions from building never carry personal data either.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class Participant {

  Participant() {}

  /**
   * Returns a builder; every attribute but the benefit description is required.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the id the host gives the person, used wherever the CPR number must not appear. */
  public abstract ParticipantId id();

  /** Returns the CPR number (personnummer); {@link Cpr#toString()} masks it. */
  public abstract Cpr cpr();

  /** Returns the name as letters address the person; not blank. */
  public abstract String name();

  /** Returns the public support the person receives (forsørgelsesgrundlag). */
  public abstract BenefitType benefit();

  /**
   * Returns the description of the support: present, and not blank, exactly when {@link
   * #benefit()} is {@link BenefitType#OTHER}.
   */
  public abstract Optional<String> benefitDescription();

  /** Returns the business idea (forretningsidé). */
  public abstract BusinessIdea businessIdea();

  /** Returns the advisor (vejleder) who follows the person. */
  public abstract AdvisorId advisor();

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("The participant's name must not be blank");
    }
    if (benefit() == BenefitType.OTHER && benefitDescription().filter(d -> !d.isBlank()).isEmpty()) {
      throw new IllegalArgumentException("Support of type OTHER needs a description");
    }
    if (benefit() != BenefitType.OTHER && benefitDescription().isPresent()) {
      throw new IllegalArgumentException(
          "Only support of type OTHER has a description, not " + benefit());
    }
  }

  /**
   * Returns the participant id, benefit type and advisor — never the CPR number or the name.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "Participant[id=" + id() + ", benefit=" + benefit() + ", advisor=" + advisor() + "]";
  }

  /** Builds a {@link Participant}. This class is mutable and not thread-safe. */
  public static final class Builder extends ImmutableParticipant.Builder {
    Builder() {}
  }
}
