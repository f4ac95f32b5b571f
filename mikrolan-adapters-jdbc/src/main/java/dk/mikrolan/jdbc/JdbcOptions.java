package dk.mikrolan.jdbc;

import java.time.Clock;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How the adapter names its tables and stamps its rows.
 *
 * @param tablePrefix the prefix of every table (and the Flyway history table), lower-case letters,
 *     digits and underscores, such as the default {@code mikrolan_}
 * @param clock the clock for {@code recorded_at} stamps (storage metadata, never business dates)
 */
public record JdbcOptions(String tablePrefix, Clock clock) {

  private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,19}");

  /** The defaults: prefix {@code mikrolan_}, the system clock in UTC. */
  public static final JdbcOptions DEFAULTS = new JdbcOptions("mikrolan_", Clock.systemUTC());

  /** Checks the options. */
  public JdbcOptions {
    Objects.requireNonNull(tablePrefix, "tablePrefix");
    Objects.requireNonNull(clock, "clock");
    if (!PREFIX.matcher(tablePrefix).matches()) {
      throw new IllegalArgumentException("Table prefix must be lower-case letters, digits and _: " + tablePrefix);
    }
  }

  /**
   * Returns a copy with another table prefix.
   *
   * @param prefix the prefix, not null
   * @return the options, never null
   */
  public JdbcOptions withTablePrefix(String prefix) {
    return new JdbcOptions(prefix, clock);
  }

  /**
   * Returns a table's full name.
   *
   * @param table the table's name without prefix, such as {@code events}
   * @return the prefixed name, never null
   */
  public String table(String table) {
    return tablePrefix + table;
  }
}
