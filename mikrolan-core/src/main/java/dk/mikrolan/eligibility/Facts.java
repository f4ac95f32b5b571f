package dk.mikrolan.eligibility;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The facts a rule used: an unmodifiable map in the order the rule put them, with no null key or
 * value. A rule uses a handful of facts, so they are kept as one array of keys and values; an
 * evaluation makes one of these per rule (the eligibility benchmark evaluates a million times a
 * second), and a {@link java.util.LinkedHashMap} copied into an unmodifiable view would be several
 * times the size.
 */
final class Facts extends AbstractMap<String, String> {

  private final String[] pairs;
  private final int size;

  private Facts(String[] pairs, int size) {
    this.pairs = pairs;
    this.size = size;
  }

  /** Returns the facts of a map, in its iteration order; a key or value that is null is refused. */
  static Map<String, String> copyOf(Map<String, String> facts) {
    if (facts instanceof Facts) {
      return facts;
    }
    Builder builder = new Builder();
    facts.forEach(builder::put);
    return builder.build();
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public String get(Object key) {
    int i = indexOf(key);
    return i < 0 ? null : pairs[2 * i + 1];
  }

  private int indexOf(Object key) {
    for (int i = 0; i < size; i++) {
      if (pairs[2 * i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Iterator<Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public Entry<String, String> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>(pairs[2 * i], pairs[2 * i + 1]);
          }
        };
      }
    };
  }

  /** Collects facts in order; a key put again keeps its place and takes the new value. */
  static final class Builder {

    private String[] pairs = new String[16];
    private int size;
    // Set once build() has handed the array to a Facts: a later put works on a copy.
    private boolean shared;

    Builder put(String key, String value) {
      Objects.requireNonNull(key, "fact key");
      Objects.requireNonNull(value, key);
      if (shared) {
        pairs = pairs.clone();
        shared = false;
      }
      for (int i = 0; i < size; i++) {
        if (pairs[2 * i].equals(key)) {
          pairs[2 * i + 1] = value;
          return this;
        }
      }
      if (2 * size == pairs.length) {
        pairs = Arrays.copyOf(pairs, 2 * pairs.length);
      }
      pairs[2 * size] = key;
      pairs[2 * size + 1] = value;
      size++;
      return this;
    }

    Facts build() {
      shared = true;
      return new Facts(pairs, size);
    }
  }
}
