package dk.mikrolan.office;

import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.policy.ProgrammePolicy;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Where the entry point finds each municipality's programme policy versions. */
@FunctionalInterface
public interface PolicySource {

  /**
   * Returns a municipality's policy versions.
   *
   * @param municipalityCode the municipality (kommunekode), not null
   * @return its versions, empty when it has none, never null
   */
  PolicyVersions<ProgrammePolicy> policies(String municipalityCode);

  /**
   * Obtains a fixed source from versions of one or more municipalities, grouped by their code.
   *
   * @param versions the versions, not null
   * @return the source, never null
   * @throws IllegalArgumentException if one municipality's versions do not form valid versions
   */
  static PolicySource of(Iterable<ProgrammePolicy> versions) {
    Map<String, java.util.List<ProgrammePolicy>> byMunicipality = new HashMap<>();
    for (ProgrammePolicy p : versions) {
      byMunicipality.computeIfAbsent(p.municipalityCode(), k -> new java.util.ArrayList<>()).add(p);
    }
    Map<String, PolicyVersions<ProgrammePolicy>> table = new HashMap<>();
    byMunicipality.forEach((code, list) -> table.put(code, PolicyVersions.of(list.toArray(ProgrammePolicy[]::new))));
    return code -> table.getOrDefault(Objects.requireNonNull(code, "municipalityCode"), PolicyVersions.of());
  }
}
