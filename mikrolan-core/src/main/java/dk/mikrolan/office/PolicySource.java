package dk.mikrolan.office;

import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.policy.ProgrammePolicy;

/**
 * Where the entry point finds each municipality's programme policy versions: its policy history
 * stream ({@link StoredPolicies}), the one source of truth.
 */
@FunctionalInterface
interface PolicySource {

  /**
   * Returns a municipality's policy versions.
   *
   * @param municipalityCode the municipality (kommunekode), not null
   * @return its versions, empty when it has none, never null
   */
  PolicyVersions<ProgrammePolicy> policies(String municipalityCode);
}
