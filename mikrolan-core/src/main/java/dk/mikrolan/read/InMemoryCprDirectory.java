package dk.mikrolan.read;

import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.identity.Cpr;
import dk.mikrolan.identity.ParticipantRef;
import dk.mikrolan.port.CprAccess;
import dk.mikrolan.port.CprDirectory;
import dk.mikrolan.port.InMemoryEventStore;
import dk.mikrolan.port.StreamId;
import dk.mikrolan.programme.CaseEvent;
import dk.mikrolan.programme.Participant;
import dk.mikrolan.programme.ProgrammeStreams;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The CPR directory over an {@link InMemoryEventStore}, for tests and demonstrations: participants
 * are found in the referrals of the case streams, and the access log is kept in memory (it is lost
 * with the process; the JDBC adapter's is a table).
 *
 * <p>This class is thread-safe.
 */
public final class InMemoryCprDirectory implements CprDirectory {

  private final InMemoryEventStore store;
  private final List<CprAccess> log = new ArrayList<>();

  private InMemoryCprDirectory(InMemoryEventStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * Obtains the directory over a store.
   *
   * @param store the store, not null
   * @return the directory, never null
   */
  public static InMemoryCprDirectory over(InMemoryEventStore store) {
    return new InMemoryCprDirectory(store);
  }

  @Override
  public List<ParticipantRef> findByCpr(Set<String> municipalities, Cpr cpr) {
    Objects.requireNonNull(cpr, "cpr");
    Set<String> codes = InMemoryReads.scope(municipalities);
    return participants().entrySet().stream()
        .filter(e -> codes.contains(e.getKey().municipalityCode()) && e.getValue().cpr().equals(cpr))
        .map(java.util.Map.Entry::getKey).toList();
  }

  @Override
  public boolean registeredWithAnother(ParticipantRef participant, Cpr cpr) {
    Participant known = participants().get(Objects.requireNonNull(participant, "participant"));
    return known != null && !known.cpr().equals(Objects.requireNonNull(cpr, "cpr"));
  }

  @Override
  public Cpr revealCpr(ParticipantRef participant, String actor, String purpose, String correlationId,
      Instant accessedAt) {
    Objects.requireNonNull(participant, "participant");
    Objects.requireNonNull(accessedAt, "accessedAt");
    CprDirectory.requireReading(actor, purpose, correlationId);
    Participant p = participants().get(participant);
    if (p == null) {
      throw new NoSuchElementException("No participant " + participant);
    }
    synchronized (log) {
      log.add(new CprAccess(Optional.of(participant.municipalityCode()), participant.participantId(), actor, purpose,
          correlationId, accessedAt));
    }
    return p.cpr();
  }

  @Override
  public List<CprAccess> accessLog(Set<String> municipalities, Instant from, Instant to, int limit) {
    Set<String> codes = InMemoryReads.scope(municipalities);
    CprDirectory.requireLogRange(from, to, limit);
    synchronized (log) {
      return log.stream()
          .filter(a -> a.municipalityCode().map(codes::contains).orElse(false))
          .filter(a -> !a.accessedAt().isBefore(from) && a.accessedAt().isBefore(to))
          .limit(limit).toList();
    }
  }

  @Override
  public List<CprAccess> accessLogOf(ParticipantRef participant, int limit) {
    Objects.requireNonNull(participant, "participant");
    CprDirectory.requireLogLimit(limit);
    synchronized (log) {
      return log.stream()
          .filter(a -> a.participantId().equals(participant.participantId())
              && a.municipalityCode().map(participant.municipalityCode()::equals).orElse(true))
          .limit(limit).toList();
    }
  }

  /** Every referred participant, keyed and ordered as the directory keys them. */
  private TreeMap<ParticipantRef, Participant> participants() {
    TreeMap<ParticipantRef, Participant> found = new TreeMap<>(
        java.util.Comparator.comparing(ParticipantRef::municipalityCode)
            .thenComparing(r -> r.participantId().value()));
    for (StreamId stream : store.streams("case")) {
      CaseRef ref = CaseRef.parse(stream.id());
      for (CaseEvent e : store.load(ProgrammeStreams.caseStream(ref), CaseEvent.class)) {
        if (e instanceof CaseEvent.Referred r) {
          found.putIfAbsent(new ParticipantRef(ref.municipalityCode(), r.participant().id()), r.participant());
        }
      }
    }
    return found;
  }
}
