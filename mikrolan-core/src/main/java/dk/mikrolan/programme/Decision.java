package dk.mikrolan.programme;

import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.ComplaintGuidance;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A written decision in a case: an approval (full or partial) or a rejection.
 *
 * <p>A decision that does not fully grant the request carries a justification (forvaltningsloven
 * § 22, § 24) and complaint guidance (§ 25) from the policy in force; every decision records the
 * policy version it applied.
 *
 * @param kind approval or rejection
 * @param extent how much of the request is granted
 * @param granted the granted amount, when approved
 * @param justification the justification, required unless fully granted
 * @param complaintGuidance the complaint guidance, required unless fully granted
 * @param aid the de minimis statement, for an approval
 * @param decidedBy who decided
 * @param date the date of the decision
 * @param policyVersion the {@code validFrom} of the policy version applied
 */
public record Decision(
    Kind kind,
    GrantExtent extent,
    Optional<DkkAmount> granted,
    Optional<Justification> justification,
    Optional<ComplaintGuidance> complaintGuidance,
    Optional<AidStatement> aid,
    String decidedBy,
    LocalDate date,
    LocalDate policyVersion) {

  /** What a decision decides. */
  public enum Kind {
    /** The loan is granted. */
    APPROVAL,
    /** The participant is refused. */
    REJECTION
  }

  /** Checks the legal requirements. */
  public Decision {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(extent, "extent");
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(policyVersion, "policyVersion");
    if ((kind == Kind.REJECTION) != (extent == GrantExtent.NONE)) {
      throw new IllegalArgumentException("A rejection grants nothing; an approval grants something");
    }
    if (extent != GrantExtent.FULL && (justification.isEmpty() || complaintGuidance.isEmpty())) {
      throw new IllegalArgumentException("A decision not fully granting the request needs a justification and complaint guidance");
    }
    if ((kind == Kind.APPROVAL) != granted.isPresent()) {
      throw new IllegalArgumentException("An approval states the granted amount; a rejection does not");
    }
  }
}
