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
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Seeds or adds to a municipality's policy history from policy files, in one append: a version
 * already adopted with the same content changes nothing; one that contradicts the adopted version
 * of its date is refused, naming the file and every key that differs; a new version is adopted.
 *
 * <p>Only the first seed of an empty history may state versions already in force: they record the
 * rules the municipality has applied, so each counts as adopted on its first day. Once the history
 * holds a version, a new one is adopted today and may not reach back before today (decisions taken
 * meanwhile applied the rules then in force).
 *
 * <p>This class is immutable and thread-safe.
 */
final class PolicySeed implements UseCase<PolicyHistory, java.util.List<ProgrammePolicy>> {

  private final String municipalityCode;
  private final Map<String, ProgrammePolicy> files;
  private final LocalDate today;
  private final String by;
  private final boolean fromFiles;

  /**
   * A seed of one municipality's files, by name ({@code fromFiles}), or an adoption, which is never
   * retroactive even into an empty history.
   *
   * @throws IllegalArgumentException if the files are of several municipalities, or none
   */
  PolicySeed(Map<String, ProgrammePolicy> files, LocalDate today, String by, boolean fromFiles) {
    this.fromFiles = fromFiles;
    this.files = new TreeMap<>(files);
    if (this.files.isEmpty() || this.files.values().stream().map(ProgrammePolicy::municipalityCode).distinct().count() != 1) {
      throw new IllegalArgumentException("A seed is one or more files of one municipality");
    }
    this.municipalityCode = this.files.values().iterator().next().municipalityCode();
    this.today = Objects.requireNonNull(today, "today");
    this.by = Objects.requireNonNull(by, "by");
  }

  String municipalityCode() {
    return municipalityCode;
  }

  @Override
  public OnConflict onConflict() {
    return OnConflict.REPORT;
  }

  @Override
  public PolicyHistory load(StreamReader reader) {
    return PolicyHistory.replay(municipalityCode, reader.read(PolicyHistory.streamId(municipalityCode), PolicyEvent.class));
  }

  @Override
  public Either<Refusal, Decided<java.util.List<ProgrammePolicy>>> decide(PolicyHistory loaded) {
    boolean bootstrap = fromFiles && loaded.versions().all().isEmpty();
    PolicyHistory history = loaded;
    Vector<Violation> reasons = Vector.empty();
    List<PolicyEvent> events = List.empty();
    // Oldest first, so a bootstrap records the versions in the order they took effect.
    for (Map.Entry<String, ProgrammePolicy> file : Vector.ofAll(files.entrySet())
        .sortBy(e -> e.getValue().validFrom())) {
      ProgrammePolicy policy = file.getValue();
      ProgrammePolicy adopted = history.versions().all().stream()
          .filter(v -> v.validFrom().equals(policy.validFrom())).findFirst().orElse(null);
      if (adopted != null) {
        reasons = reasons.appendAll(differences(file.getKey(), policy, adopted));
        continue;
      }
      LocalDate adoptedOn = bootstrap && policy.validFrom().isBefore(today) ? policy.validFrom() : today;
      Either<Refusal, java.util.List<PolicyEvent>> adoption = history.adopt(policy, by, adoptedOn);
      if (adoption.isLeft()) {
        reasons = reasons.appendAll(adoption.getLeft().reasons().map(v ->
            Violation.of(v.code(), file.getKey() + ": " + v.field(), v.danish(), v.english())));
      } else {
        events = events.appendAll(adoption.get());
        history = history.evolveAll(adoption.get());
      }
    }
    if (!reasons.isEmpty()) {
      return Either.left(new Refusal(loaded.versions().all().isEmpty() ? "NO_VERSIONS" : "ADOPTED", reasons));
    }
    return Either.right(Decided.of(history.versions().all())
        .write(PolicyHistory.streamId(municipalityCode), events.toJavaList()));
  }

  private static Vector<Violation> differences(String fileName, ProgrammePolicy policy, ProgrammePolicy adopted) {
    Properties mine = PolicyFile.write(policy);
    Properties theirs = PolicyFile.write(adopted);
    TreeSet<String> keys = new TreeSet<>(mine.stringPropertyNames());
    keys.addAll(theirs.stringPropertyNames());
    return Vector.ofAll(keys)
        .filter(k -> !Objects.equals(mine.getProperty(k), theirs.getProperty(k)))
        .map(k -> {
          Violation v = SeedRule.CONTRADICTS_ADOPTED.violation(fileName, k, policy.validFrom());
          return Violation.of(v.code(), fileName + ": " + k, v.danish(), v.english());
        });
  }
}
