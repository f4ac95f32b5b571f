package dk.mikrolan.office;

import dk.mikrolan.policy.PolicyEvent;
import dk.mikrolan.policy.PolicyFile;
import dk.mikrolan.policy.PolicyHistory;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.rules.Refusal;
import dk.mikrolan.rules.Violation;
import dk.mikrolan.usecase.Decided;
import dk.mikrolan.usecase.OnConflict;
import dk.mikrolan.usecase.StreamReader;
import dk.mikrolan.usecase.UseCase;
import io.vavr.collection.List;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Seeds a municipality's policy history from a policy file: a version not yet adopted is adopted;
 * one already adopted with the same content changes nothing; one that contradicts the adopted
 * version of the same date is refused, naming the file and every key that differs.
 *
 * <p>A version that took effect before today is recorded as adopted on its first day (the file
 * records rules in force; when they were decided is the committee's minutes), so a seed never
 * reaches back before the rules it states.
 *
 * <p>This class is immutable and thread-safe.
 */
final class PolicySeed implements UseCase<PolicyHistory, ProgrammePolicy> {

  private final String fileName;
  private final ProgrammePolicy policy;
  private final LocalDate today;
  private final String by;
  private final boolean fromFile;

  /**
   * A seed from a file ({@code fromFile}: a version in force already counts as adopted on its
   * first day) or an adoption today (never retroactive).
   */
  PolicySeed(String fileName, ProgrammePolicy policy, LocalDate today, String by, boolean fromFile) {
    this.fromFile = fromFile;
    this.fileName = Objects.requireNonNull(fileName, "fileName");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.today = Objects.requireNonNull(today, "today");
    this.by = Objects.requireNonNull(by, "by");
  }

  @Override
  public OnConflict onConflict() {
    return OnConflict.REPORT;
  }

  @Override
  public PolicyHistory load(StreamReader reader) {
    return PolicyHistory.replay(policy.municipalityCode(),
        reader.read(PolicyHistory.streamId(policy.municipalityCode()), PolicyEvent.class));
  }

  @Override
  public Either<Refusal, Decided<ProgrammePolicy>> decide(PolicyHistory history) {
    ProgrammePolicy adopted = history.versions().all().find(v -> v.validFrom().equals(policy.validFrom())).getOrNull();
    if (adopted != null) {
      Properties mine = PolicyFile.write(policy);
      Properties theirs = PolicyFile.write(adopted);
      TreeSet<String> keys = new TreeSet<>(mine.stringPropertyNames());
      keys.addAll(theirs.stringPropertyNames());
      Vector<Violation> differ = Vector.ofAll(keys)
          .filter(k -> !Objects.equals(mine.getProperty(k), theirs.getProperty(k)))
          .map(k -> {
            Violation v = SeedRule.CONTRADICTS_ADOPTED.violation(fileName, k, policy.validFrom());
            return Violation.of(v.code(), fileName + ": " + k, v.danish(), v.english());
          });
      return differ.isEmpty()
          ? Either.right(Decided.of(adopted))
          : Either.left(new Refusal("ADOPTED", differ));
    }
    LocalDate adoptedOn = fromFile && policy.validFrom().isBefore(today) ? policy.validFrom() : today;
    Either<Refusal, List<PolicyEvent>> events = history.adopt(policy, by + " (" + fileName + ")", adoptedOn);
    return events.map(e -> Decided.of(policy).write(PolicyHistory.streamId(policy.municipalityCode()), e.toJavaList()));
  }
}
