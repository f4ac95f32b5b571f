package dk.mikrolan.office;

import dk.mikrolan.policy.PolicyEvent;
import dk.mikrolan.policy.PolicyHistory;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.port.EventStore;
import java.util.Objects;

/**
 * The policies as each municipality's {@link PolicyHistory} stream holds them: the one source of
 * truth the entry point reads by default. Policy files only seed it ({@link PolicySeed}).
 *
 * <p>This class is immutable and thread-safe if its store is.
 */
public final class StoredPolicies implements PolicySource {

  private final EventStore store;

  private StoredPolicies(EventStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * Obtains the policies of a store.
   *
   * @param store the event store, not null
   * @return the source, never null
   */
  public static StoredPolicies of(EventStore store) {
    return new StoredPolicies(store);
  }

  @Override
  public PolicyVersions<ProgrammePolicy> policies(String municipalityCode) {
    return PolicyHistory.replay(municipalityCode,
        store.load(PolicyHistory.streamId(municipalityCode), PolicyEvent.class)).versions();
  }
}
