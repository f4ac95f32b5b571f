package dk.mikrolan.jdbc;

import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.loan.LoanAccount;
import dk.mikrolan.loan.LoanEvent;
import dk.mikrolan.programme.CaseEvent;
import dk.mikrolan.programme.ParticipantCase;
import dk.mikrolan.programme.ProgrammeStreams;
import dk.mikrolan.read.ProgrammeReads;
import dk.mikrolan.report.CaseRecord;
import dk.mikrolan.report.ReportScope;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The adapter, assembled: the event store (with the JSON codec, CPR protection and every read
 * model), the queries, the read port and the participant directory, over the host's data source or
 * transaction.
 *
 * <pre>{@code
 * MikrolanSchema.migrate(dataSource);                        // when the host decides
 * MikrolanJdbc jdbc = MikrolanJdbc.builder(dataSource, cprKeys).calendar(calendar).build();
 * Mikrolan office = jdbc.entryPoint(letterPort, clock).build(); // every use case and query
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MikrolanJdbc {

  private final JdbcEventStore eventStore;
  private final JdbcQueries queries;
  private final ParticipantDirectory participants;
  private final JdbcReads reads;

  private MikrolanJdbc(Builder b) {
    CprProtector protector = AesGcmCprProtector.of(b.keys);
    this.participants = new ParticipantDirectory(b.connections, b.options, protector);
    List<Projection> projections = new ArrayList<>(ReadModels.projections(b.options, b.calendar));
    projections.add(participants.projection());
    this.eventStore = new JdbcEventStore(b.connections, b.options, new JacksonEventCodec(protector), projections);
    this.queries = new JdbcQueries(b.connections, b.options);
    this.reads = new JdbcReads(queries, eventStore, b.calendar);
  }

  /**
   * Returns a builder over the host's data source: each operation borrows a connection and runs
   * in a transaction of its own.
   *
   * @param dataSource the host's data source, not null
   * @param keys the host's CPR keys, not null
   * @return a builder, never null
   */
  public static Builder builder(DataSource dataSource, CprKeys keys) {
    return new Builder(ConnectionSource.of(dataSource), keys);
  }

  /**
   * Returns a builder that joins the host's transaction: every write happens in it (under a
   * savepoint) and commits or rolls back with it.
   *
   * @param current the host's transaction-bound connection, not null
   * @param keys the host's CPR keys, not null
   * @return a builder, never null
   */
  public static Builder joining(Supplier<Connection> current, CprKeys keys) {
    return new Builder(ConnectionSource.joining(current), keys);
  }

  /**
   * Returns the event store, for core's use cases.
   *
   * @return the store, never null
   */
  public JdbcEventStore eventStore() {
    return eventStore;
  }

  /**
   * Returns the read-model queries.
   *
   * @return the queries, never null
   */
  public JdbcQueries queries() {
    return queries;
  }

  /**
   * Returns the read port: the lists and searches of core's {@link ProgrammeReads}, each scoped by
   * the municipalities it is asked for, with the same answers and cursors as the in-memory one.
   *
   * @return the reads, never null
   */
  public ProgrammeReads reads() {
    return reads;
  }

  /**
   * Returns the participant directory: lookup by CPR, and the logged way to read a full CPR.
   *
   * @return the directory, never null
   */
  public ParticipantDirectory participants() {
    return participants;
  }

  /**
   * Starts building the entry point over this adapter: its event store, its read port (whose
   * banking calendar, set on this adapter's builder, is the entry point's too) and its participant
   * directory.
   *
   * @param letters the host's letter port, not null
   * @param clock the boundary's clock, not null
   * @return the entry point's builder, never null
   */
  public dk.mikrolan.office.Mikrolan.Builder entryPoint(dk.mikrolan.programme.LetterPort letters,
      java.time.Clock clock) {
    return dk.mikrolan.office.Mikrolan.builder(eventStore, letters, clock).reads(reads).directory(participants);
  }

  /** Builds {@link MikrolanJdbc}. This class is mutable and not thread-safe. */
  public static final class Builder {
    private final ConnectionSource connections;
    private final CprKeys keys;
    private JdbcOptions options = JdbcOptions.DEFAULTS;
    private BankingCalendar calendar = BankingCalendar.danish();

    private Builder(ConnectionSource connections, CprKeys keys) {
      this.connections = Objects.requireNonNull(connections, "connections");
      this.keys = Objects.requireNonNull(keys, "keys");
    }

    /**
     * Sets the table prefix and clock.
     *
     * @param options the options, not null
     * @return this builder, never null
     */
    public Builder options(JdbcOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * Sets the banking calendar (default: Danish): the read models and the read port use it, and
     * so does the entry point built by {@link MikrolanJdbc#entryPoint}, so a JDBC host configures it
     * here only.
     *
     * @param calendar the calendar, not null
     * @return this builder, never null
     */
    public Builder calendar(BankingCalendar calendar) {
      this.calendar = Objects.requireNonNull(calendar, "calendar");
      return this;
    }

    /**
     * Builds the adapter.
     *
     * @return the adapter, never null
     */
    public MikrolanJdbc build() {
      return new MikrolanJdbc(this);
    }
  }
}
