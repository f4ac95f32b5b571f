package dk.mikrolan.policy;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The dated versions of a policy: on any date, the version with the latest {@code validFrom} on
 * or before that date is in force.
 *
 * <p>Decisions record which version applied, so a later version never changes how an earlier
 * decision reads.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <P> the kind of policy
 */
public final class PolicyVersions<P extends Dated> {

  private final NavigableMap<LocalDate, P> byDate;

  private PolicyVersions(NavigableMap<LocalDate, P> byDate) {
    this.byDate = Collections.unmodifiableNavigableMap(byDate);
  }

  /**
   * Obtains the versions from a list.
   *
   * @param versions the versions, not null, no two with the same {@code validFrom}
   * @param <P> the kind of policy
   * @return the versions, never null
   * @throws IllegalArgumentException if two versions share a {@code validFrom}
   */
  @SafeVarargs
  public static <P extends Dated> PolicyVersions<P> of(P... versions) {
    NavigableMap<LocalDate, P> map = new TreeMap<>();
    for (P p : versions) {
      Objects.requireNonNull(p, "version");
      if (map.putIfAbsent(p.validFrom(), p) != null) {
        throw new IllegalArgumentException("Two policy versions are valid from " + p.validFrom());
      }
    }
    return new PolicyVersions<>(map);
  }

  /**
   * Returns a copy with one more version.
   *
   * @param version the new version, not null
   * @return the versions, never null
   * @throws IllegalArgumentException if a version with the same {@code validFrom} exists
   */
  public PolicyVersions<P> with(P version) {
    if (byDate.containsKey(version.validFrom())) {
      throw new IllegalArgumentException("A policy version is already valid from " + version.validFrom());
    }
    NavigableMap<LocalDate, P> map = new TreeMap<>(byDate);
    map.put(version.validFrom(), version);
    return new PolicyVersions<>(map);
  }

  /**
   * Returns the version in force on a date.
   *
   * @param date the date, not null
   * @return the version, never null; empty if the date is before the first version
   */
  public Optional<P> inForceOn(LocalDate date) {
    return Optional.ofNullable(byDate.floorEntry(date)).map(e -> e.getValue());
  }

  /**
   * Returns every version in date order.
   *
   * @return the versions, unmodifiable, never null
   */
  public List<P> all() {
    return List.copyOf(byDate.values());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PolicyVersions<?> other && other.byDate.equals(byDate);
  }

  @Override
  public int hashCode() {
    return byDate.hashCode();
  }

  @Override
  public String toString() {
    return "PolicyVersions" + byDate.keySet();
  }
}
