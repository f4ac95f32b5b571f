package dk.mikrolan.office;

import dk.mikrolan.policy.PolicyEvent;
import dk.mikrolan.policy.PolicyHistory;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.port.EventStore;
import dk.mikrolan.port.StreamId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The policies as each municipality's {@link PolicyHistory} stream holds them: the one source of
 * truth the entry point reads by default. Policy files only seed it ({@link PolicySeed}).
 *
 * <p>Every command and query asks for the policies, and reading a policy stream means parsing
 * each version's policy file, so the versions last read are kept per municipality with the
 * stream's version they were read at: a read asks the store for the stream's version only, and
 * reads the stream again when it has moved. The memo never changes an answer (a policy appended
 * by another process moves the version, which every read checks).
 *
 * <p>This class is thread-safe if its store is.
 */
public final class StoredPolicies implements PolicySource {

  /** The versions of a municipality's policy as read at a version of its stream. */
  private record Read(long streamVersion, PolicyVersions<ProgrammePolicy> versions) {}

  private final EventStore store;
  private final ConcurrentMap<String, Read> lastRead = new ConcurrentHashMap<>();

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
    StreamId stream = PolicyHistory.streamId(municipalityCode);
    Read read = lastRead.get(municipalityCode);
    if (read != null && read.streamVersion() == store.version(stream)) {
      return read.versions();
    }
    // Stream versions count the events from 1, so the events loaded say which version they are.
    List<PolicyEvent> events = store.load(stream, PolicyEvent.class);
    PolicyVersions<ProgrammePolicy> versions = PolicyHistory.replay(municipalityCode, events).versions();
    lastRead.put(municipalityCode, new Read(events.size(), versions));
    return versions;
  }
}
