package dk.mikrolan.aid;

import dk.mikrolan.identity.CaseId;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.port.StreamId;
import dk.mikrolan.rules.Refusal;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An undertaking's de minimis record: the fold of its {@link DeMinimisEvent}s, the aid granted to
 * it through the programme and not cancelled.
 *
 * <p>Regulation (EU) 2023/2831 art. 3(2): the de minimis aid granted to a single undertaking must
 * not exceed EUR 300,000 (the policy's {@link ProgrammePolicy#deMinimisCeilingEur()}) "over any
 * period of three years"; unlike Regulation 1407/2013 the period is rolling, not fiscal years.
 * The record therefore counts, for a grant on day G, the aid granted in the three years ending on
 * G: from G minus three years, <em>exclusive</em>, to G inclusive. The start is exclusive because
 * a grant exactly three years before G and one on G do not fall in one period of three years (that
 * would be three years and a day). {@link LocalDate#minusYears(long)} clamps 29 February to 28
 * February.
 *
 * <p>A grant on G must also fit the windows of every later grant within three years after it (a
 * grant recorded late, with an earlier date, must not push a later one over the ceiling), so a new
 * grant is refused when any window containing it would pass the ceiling. Only aid recorded here
 * counts: aid from other authorities in the central register is the caller's to check.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DeMinimisRecord {

  /** The regulation aid is granted under, as recorded on each grant. */
  public static final String REGULATION = "Regulation (EU) 2023/2831";

  /** The length of the rolling period, in years (art. 3(2)). */
  public static final int PERIOD_YEARS = 3;

  private final UndertakingId undertaking;
  private final Vector<DeMinimisEvent> events;
  private final Map<String, DeMinimisEvent.AidGranted> grants;

  private DeMinimisRecord(
      UndertakingId undertaking, Vector<DeMinimisEvent> events, Map<String, DeMinimisEvent.AidGranted> grants) {
    this.undertaking = undertaking;
    this.events = events;
    this.grants = grants;
  }

  /**
   * Returns the stream id of an undertaking's record, such as {@code de-minimis/cvr-13748136}.
   *
   * @param undertaking the undertaking, not null
   * @return the stream id, never null
   */
  public static StreamId streamId(UndertakingId undertaking) {
    return StreamId.of("de-minimis", undertaking.streamKey());
  }

  /**
   * Returns an undertaking's record before any event.
   *
   * @param undertaking the undertaking, not null
   * @return the empty record, never null
   */
  public static DeMinimisRecord empty(UndertakingId undertaking) {
    return new DeMinimisRecord(Objects.requireNonNull(undertaking, "undertaking"), Vector.empty(), LinkedHashMap.empty());
  }

  /**
   * Loads an undertaking's record from its events, in O(n).
   *
   * @param undertaking the undertaking, not null
   * @param events the events in order, not null
   * @return the record, never null
   */
  public static DeMinimisRecord replay(UndertakingId undertaking, Iterable<? extends DeMinimisEvent> events) {
    DeMinimisRecord record = empty(undertaking);
    for (DeMinimisEvent e : events) {
      record = record.evolve(e);
    }
    return record;
  }

  /**
   * Returns whether a grant date falls in the three years ending on a day: after that day minus
   * three years, and not after the day.
   *
   * @param grantDate the grant date, not null
   * @param end the last day of the period, not null
   * @return true if the grant counts in the period
   */
  public static boolean inThreeYearsEndingOn(LocalDate grantDate, LocalDate end) {
    return grantDate.isAfter(end.minusYears(PERIOD_YEARS)) && !grantDate.isAfter(end);
  }

  /**
   * Returns the record with one more event applied. Never refuses: events are facts.
   *
   * @param event the event, not null
   * @return the new state, never null
   */
  public DeMinimisRecord evolve(DeMinimisEvent event) {
    Map<String, DeMinimisEvent.AidGranted> g = grants;
    if (event instanceof DeMinimisEvent.AidGranted granted) {
      g = g.put(key(granted.grantingAuthority(), granted.caseId()), granted);
    } else if (event instanceof DeMinimisEvent.AidCancelled cancelled) {
      // A case id is the granting municipality's own; a cancellation written before it named the
      // authority (schema version 1, when case ids were unique) cancels the case's grant wherever.
      g = cancelled.grantingAuthority().isPresent()
          ? g.remove(key(cancelled.grantingAuthority().get(), cancelled.caseId()))
          : g.filter((k, v) -> !v.caseId().equals(cancelled.caseId()));
    }
    return new DeMinimisRecord(undertaking, events.append(event), g);
  }

  /**
   * Applies events in order, as {@link #evolve} one at a time.
   *
   * @param events the events, not null
   * @return the new state, never null
   */
  public DeMinimisRecord evolveAll(Iterable<? extends DeMinimisEvent> events) {
    DeMinimisRecord r = this;
    for (DeMinimisEvent e : events) {
      r = r.evolve(e);
    }
    return r;
  }

  /**
   * Decides a command: the events it causes, or a refusal naming the state and every reason.
   *
   * @param command the command, not null
   * @param policies the programme policy versions; the one in force on the grant date gives the
   *     ceiling, not null
   * @return the new events, unmodifiable, or the refusal, never null
   */
  public Either<Refusal, java.util.List<DeMinimisEvent>> decide(
      DeMinimisCommand command, PolicyVersions<ProgrammePolicy> policies) {
    return DeMinimisDecider.decide(this, command, policies).map(List::asJava);
  }

  /**
   * Returns the undertaking.
   *
   * @return the undertaking, never null
   */
  public UndertakingId undertaking() {
    return undertaking;
  }

  /**
   * Returns the state a refusal names: {@code NO_AID} or {@code HOLDS_AID}.
   *
   * @return the state, never null
   */
  public String state() {
    return grants.isEmpty() ? "NO_AID" : "HOLDS_AID";
  }

  /**
   * Returns the aid granted and not cancelled, by grant date (same day: order recorded).
   *
   * @return the grants, unmodifiable, never null
   */
  public java.util.List<DeMinimisEvent.AidGranted> grants() {
    return List.ofAll(grants.values()).sortBy(DeMinimisEvent.AidGranted::grantDate).asJava();
  }

  /**
   * Returns a case's grant, unless cancelled. A case is known by the granting municipality and its
   * case id: two municipalities may use the same id.
   *
   * @param grantingAuthority the granting municipality's code, not null
   * @param caseId the case, not null
   * @return the grant, or empty, never null
   */
  public Optional<DeMinimisEvent.AidGranted> grantOf(String grantingAuthority, CaseId caseId) {
    return grants.get(key(grantingAuthority, caseId)).toJavaOptional();
  }

  private static String key(String grantingAuthority, CaseId caseId) {
    return grantingAuthority + ":" + caseId.value();
  }

  /**
   * Returns the aid in euro granted in the three years ending on a day (see the class comment).
   *
   * @param end the last day of the period, not null
   * @return the sum with scale 2, never null
   */
  public BigDecimal aidEurInThreeYearsEndingOn(LocalDate end) {
    return grants.values()
        .filter(g -> inThreeYearsEndingOn(g.grantDate(), end))
        .foldLeft(BigDecimal.ZERO.setScale(EurConversion.EUR_SCALE), (sum, g) -> sum.add(g.ggeEur()));
  }

  /**
   * Returns every event in order.
   *
   * @return the events, unmodifiable, never null
   */
  public java.util.List<DeMinimisEvent> events() {
    return events.asJava();
  }

  /**
   * Returns the number of events: the stream version an append expects.
   *
   * @return the version, zero for a new record
   */
  public int version() {
    return events.size();
  }

  /** Two records are equal when they belong to the same undertaking and hold the same events. */
  @Override
  public boolean equals(Object o) {
    return o instanceof DeMinimisRecord other && other.undertaking.equals(undertaking) && other.events.equals(events);
  }

  @Override
  public int hashCode() {
    return undertaking.hashCode() * 31 + events.hashCode();
  }

  @Override
  public String toString() {
    return "DeMinimisRecord[" + undertaking.streamKey() + ", version=" + version() + ", grants=" + grants.size() + "]";
  }
}
