package dk.mikrolan.policy;

import dk.mikrolan.rules.Refusal;
import dk.mikrolan.rules.Violation;
import dk.mikrolan.rules.RuleText;
import dk.mikrolan.rules.ViolationKind;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;

/**
 * A municipality's policy versions as an event-sourced aggregate: the stream every case of the
 * municipality reads its rules from.
 *
 * <p>A version is adopted ahead of time or from the day of adoption, never retroactively: a
 * decision already taken records the version it applied, and a version reaching back would make
 * the record disagree with the rules in force at the time.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PolicyHistory {

  /** Why an adoption is refused. */
  public enum Rule implements ViolationKind {
    /** Another municipality's policy. */
    OTHER_MUNICIPALITY("municipalityCode", "Politikken gælder kommune %s, ikke %s.",
        "The policy is for municipality %s, not %s."),
    /** A version with that date exists. */
    DUPLICATE_VERSION("validFrom", "Der findes allerede en version gældende fra %s.",
        "A version valid from %s already exists."),
    /** A version reaching back before its adoption. */
    RETROACTIVE("validFrom", "En version kan ikke gælde fra %s, før den vedtages den %s.",
        "A version cannot be valid from %s, before its adoption on %s.");

    private final RuleText text;

    Rule(String field, String danish, String english) {
      this.text = new RuleText(field, danish, english);
    }

    @Override
    public RuleText text() {
      return text;
    }
  }

  private final String municipalityCode;
  private final Vector<PolicyEvent> events;
  private final PolicyVersions<ProgrammePolicy> versions;

  private PolicyHistory(String municipalityCode, Vector<PolicyEvent> events, PolicyVersions<ProgrammePolicy> versions) {
    this.municipalityCode = municipalityCode;
    this.events = events;
    this.versions = versions;
  }

  /**
   * Returns the stream id of a municipality's policy history, {@code policy/751}.
   *
   * @param municipalityCode the kommunekode, not null
   * @return the stream id, never null
   * @throws IllegalArgumentException if the code is not three digits
   */
  public static dk.mikrolan.port.StreamId streamId(String municipalityCode) {
    return dk.mikrolan.port.StreamId.of("policy", dk.mikrolan.identity.MunicipalityCode.require(municipalityCode));
  }

  /**
   * Returns the empty history of a municipality.
   *
   * @param municipalityCode the kommunekode, not null
   * @return the history, never null
   */
  public static PolicyHistory of(String municipalityCode) {
    return new PolicyHistory(municipalityCode, Vector.empty(), PolicyVersions.of());
  }

  /**
   * Loads a history from its events.
   *
   * @param municipalityCode the kommunekode, not null
   * @param events the events, not null
   * @return the history, never null
   */
  public static PolicyHistory replay(String municipalityCode, Iterable<? extends PolicyEvent> events) {
    PolicyHistory h = of(municipalityCode);
    for (PolicyEvent e : events) {
      h = h.evolve(e);
    }
    return h;
  }

  /**
   * Decides the adoption of a version.
   *
   * @param policy the version, not null
   * @param adoptedBy who adopts it, not null
   * @param date the adoption date, not null
   * @return the event, or a refusal with every reason, never null
   */
  public Either<Refusal, List<PolicyEvent>> adopt(ProgrammePolicy policy, String adoptedBy, LocalDate date) {
    Vector<Violation> problems = Vector.empty();
    if (!policy.municipalityCode().equals(municipalityCode)) {
      problems = problems.append(Rule.OTHER_MUNICIPALITY.violation(policy.municipalityCode(), municipalityCode));
    }
    if (versions.all().stream().anyMatch(v -> v.validFrom().equals(policy.validFrom()))) {
      problems = problems.append(Rule.DUPLICATE_VERSION.violation(policy.validFrom()));
    }
    if (policy.validFrom().isBefore(date)) {
      problems = problems.append(Rule.RETROACTIVE.violation(policy.validFrom(), date));
    }
    return problems.isEmpty()
        ? Either.right(List.<PolicyEvent>of(new PolicyEvent.VersionAdopted(policy, adoptedBy, date)))
        : Either.left(new Refusal(versions.all().isEmpty() ? "NO_VERSIONS" : "VERSIONS_" + versions.all().size(), problems));
  }

  /**
   * Applies an event.
   *
   * @param event the event, not null
   * @return the new history, never null
   */
  public PolicyHistory evolve(PolicyEvent event) {
    PolicyEvent.VersionAdopted adopted = (PolicyEvent.VersionAdopted) event;
    boolean known = versions.all().stream().anyMatch(v -> v.validFrom().equals(adopted.policy().validFrom()));
    return new PolicyHistory(municipalityCode, events.append(event), known ? versions : versions.with(adopted.policy()));
  }

  /**
   * Applies events in order, as {@link #evolve} one at a time.
   *
   * @param events the events, not null
   * @return the new history, never null
   */
  public PolicyHistory evolveAll(Iterable<? extends PolicyEvent> events) {
    PolicyHistory h = this;
    for (PolicyEvent e : events) {
      h = h.evolve(e);
    }
    return h;
  }

  /**
   * Returns the versions, for decisions.
   *
   * @return the versions, never null
   */
  public PolicyVersions<ProgrammePolicy> versions() {
    return versions;
  }

  /**
   * Returns the events in order.
   *
   * @return the events, unmodifiable, never null
   */
  public List<PolicyEvent> events() {
    return events.asJava();
  }

  /**
   * Returns the number of events, the version an append expects.
   *
   * @return the version
   */
  public int version() {
    return events.size();
  }
}
