package dk.mikrolan.jdbc;

import dk.mikrolan.identity.AdvisorId;
import dk.mikrolan.identity.CaseId;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.identity.ParticipantId;
import dk.mikrolan.loan.Arrears;
import dk.mikrolan.loan.ArrearsBucket;
import dk.mikrolan.loan.LoanStatus;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.programme.Stage;
import dk.mikrolan.read.CaseQuery;
import dk.mikrolan.report.ReportScope;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the read models that {@link ReadModels#projections} keep: the case lists caseworkers
 * filter by stage, cohort (hold) and advisor (vejleder), one loan's balances, and the loans in
 * arrears (restance) on a date, one by one or counted by bucket. Every query is scoped to the
 * municipalities it is asked for: one municipality never sees another's cases or loans.
 *
 * <p>A case's full history is not here: it is the event store's {@link JdbcEventStore#load}.
 *
 * <p>Arrears are computed from the stored unpaid instalments: those due before the date, per loan,
 * summed, with the oldest due date giving the days past due — as {@link
 * dk.mikrolan.loan.LoanAccount#arrears(LocalDate)} does. The stored instalments are those unpaid
 * as of each loan's latest event, so an arrears query answers for that date or later; a date
 * before a loan's latest event is answered by loading the account and asking it. The buckets' limits come from {@link
 * ArrearsBucket#minDaysPastDue()} and {@link ArrearsBucket#maxDaysPastDue()} and are turned into
 * date bounds in Java, so the SQL restates no limit, holds no date arithmetic and runs unchanged on
 * H2, PostgreSQL and MariaDB.
 *
 * <p>This class is thread-safe.
 */
public final class JdbcQueries {

  private static final String CASE_COLUMNS =
      "case_id, municipality_code, stage, cohort_id, advisor_id, participant_id, referred_on, last_position";

  private static final List<ArrearsBucket> IN_ARREARS = ArrearsBucketSql.IN_ARREARS;

  private final ConnectionSource connections;
  private final String cases;
  private final String loans;
  private final String instalments;

  /**
   * Creates the queries.
   *
   * @param connections where connections come from, not null
   * @param options the table prefix, not null
   */
  JdbcQueries(ConnectionSource connections, JdbcOptions options) {
    this.connections = Objects.requireNonNull(connections, "connections");
    Objects.requireNonNull(options, "options");
    this.cases = options.table("rm_cases");
    this.loans = options.table("rm_loans");
    this.instalments = options.table("rm_loan_instalments");
  }

  /**
   * Returns a municipality's cases in a stage, ordered by case id.
   *
   * @param municipalityCode the municipality (kommunekode), not null
   * @param stage the stage, not null
   * @return the cases, never null
   * @throws EventStoreException if the database fails
   */
  public List<CaseRow> casesByStage(String municipalityCode, Stage stage) {
    Objects.requireNonNull(municipalityCode, "municipalityCode");
    Objects.requireNonNull(stage, "stage");
    return caseRows("list cases by stage",
        "SELECT " + CASE_COLUMNS + " FROM " + cases + " WHERE municipality_code = ? AND stage = ? ORDER BY case_id",
        municipalityCode, stage.name());
  }

  /**
   * Returns a municipality's cohort's cases, in one stage or all, ordered by case id.
   *
   * @param municipalityCode the municipality (kommunekode), not null
   * @param cohortId the cohort (hold), not null
   * @param stage the stage to keep, or empty for every stage, not null
   * @return the cases, never null
   * @throws EventStoreException if the database fails
   */
  public List<CaseRow> casesByCohort(String municipalityCode, String cohortId, Optional<Stage> stage) {
    Objects.requireNonNull(municipalityCode, "municipalityCode");
    Objects.requireNonNull(cohortId, "cohortId");
    Objects.requireNonNull(stage, "stage");
    String select = "SELECT " + CASE_COLUMNS + " FROM " + cases + " WHERE municipality_code = ? AND cohort_id = ?";
    return stage.isPresent()
        ? caseRows("list cases by cohort", select + " AND stage = ? ORDER BY case_id", municipalityCode, cohortId,
            stage.get().name())
        : caseRows("list cases by cohort", select + " ORDER BY case_id", municipalityCode, cohortId);
  }

  /**
   * Returns the cases an advisor follows in the municipalities asked for, ordered by municipality
   * and case id.
   *
   * @param municipalities the municipalities (kommunekoder), not empty
   * @param advisorId the advisor (vejleder), not null
   * @return the cases, never null
   * @throws IllegalArgumentException if no municipality is given
   * @throws EventStoreException if the database fails
   */
  public List<CaseRow> casesByAdvisor(Set<String> municipalities, AdvisorId advisorId) {
    Objects.requireNonNull(advisorId, "advisorId");
    List<String> codes = Municipalities.sorted(municipalities);
    List<Object> parameters = new ArrayList<>(codes);
    parameters.add(advisorId.value());
    return caseRows("list cases by advisor", "SELECT " + CASE_COLUMNS + " FROM " + cases + " WHERE municipality_code IN "
        + Municipalities.placeholders(codes.size()) + " AND advisor_id = ? ORDER BY municipality_code, case_id",
        parameters.toArray());
  }

  /**
   * Returns a loan as it stood on the date of its latest event.
   *
   * @param ref the case the loan belongs to, not null
   * @return the loan, or empty if the case has no loan account
   * @throws EventStoreException if the database fails
   */
  public Optional<LoanRow> loanRow(CaseRef ref) {
    Objects.requireNonNull(ref, "ref");
    String sql = "SELECT status, disbursed_ore, outstanding_ore, written_off_ore, next_due_date, last_position FROM "
        + loans + " WHERE municipality_code = ? AND case_id = ?";
    return query("read loan", sql, s -> {
      s.setString(1, ref.municipalityCode());
      s.setString(2, ref.caseId().value());
    }, rs -> {
      if (!rs.next()) {
        return Optional.empty();
      }
      return Optional.of(new LoanRow(ref, LoanStatus.valueOf(rs.getString(1)), DkkAmount.ofOre(rs.getLong(2)),
          DkkAmount.ofOre(rs.getLong(3)), DkkAmount.ofOre(rs.getLong(4)),
          Optional.ofNullable(rs.getObject(5, LocalDate.class)), rs.getLong(6)));
    });
  }

  /**
   * Returns the loans in arrears on a date in the municipalities asked for, the longest overdue
   * first (then by municipality and case id).
   *
   * @param municipalities the municipalities (kommunekoder), not empty
   * @param asOf the date, on or after the latest event of every loan, not null
   * @return the loans with something overdue, never null
   * @throws IllegalArgumentException if no municipality is given
   * @throws EventStoreException if the database fails
   */
  public List<ArrearsRow> loansInArrears(Set<String> municipalities, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<String> codes = Municipalities.sorted(municipalities);
    String sql = "SELECT municipality_code, case_id, MIN(due_date) AS oldest_due, SUM(remaining_ore) AS overdue_ore"
        + " FROM " + instalments + " WHERE municipality_code IN " + Municipalities.placeholders(codes.size())
        + " AND due_date < ? GROUP BY municipality_code, case_id ORDER BY oldest_due, municipality_code, case_id";
    return query("list loans in arrears", sql, s -> {
      Municipalities.bind(s, 1, codes);
      s.setObject(codes.size() + 1, asOf);
    }, rs -> {
      List<ArrearsRow> rows = new ArrayList<>();
      while (rs.next()) {
        Arrears a = Arrears.of(DkkAmount.ofOre(rs.getLong(4)), rs.getObject(3, LocalDate.class), asOf);
        rows.add(new ArrearsRow(CaseRef.of(rs.getString(1), rs.getString(2)), a.overdue(), a.daysPastDue(), a.bucket()));
      }
      return Collections.unmodifiableList(rows);
    });
  }

  /**
   * Counts the loans in arrears on a date by bucket, in one grouped query.
   *
   * @param municipalities the municipalities (kommunekoder), not empty
   * @param asOf the date, on or after the latest event of every loan, not null
   * @return the count of every bucket but {@link ArrearsBucket#NONE} (zero when empty), in bucket
   *     order, never null; loans with nothing overdue are not counted
   * @throws IllegalArgumentException if no municipality is given
   * @throws EventStoreException if the database fails
   */
  public Map<ArrearsBucket, Long> arrearsSummary(Set<String> municipalities, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<String> codes = Municipalities.sorted(municipalities);
    // The oldest due date of a loan places it, by the bounds ArrearsBucketSql takes from ArrearsBucket.
    String sql = "SELECT bucket, COUNT(*) FROM (SELECT " + ArrearsBucketSql.BUCKET_OF_OLDEST_DUE + " AS bucket FROM"
        + " (SELECT MIN(due_date) AS oldest_due FROM " + instalments + " WHERE municipality_code IN "
        + Municipalities.placeholders(codes.size()) + " AND due_date < ? GROUP BY municipality_code, case_id) oldest)"
        + " buckets GROUP BY bucket";
    return query("count loans in arrears", sql, s -> {
      int next = ArrearsBucketSql.bindBounds(s, 1, asOf);
      Municipalities.bind(s, next, codes);
      s.setObject(next + codes.size(), asOf);
    }, rs -> {
      Map<ArrearsBucket, Long> counts = new EnumMap<>(ArrearsBucket.class);
      for (ArrearsBucket b : IN_ARREARS) {
        counts.put(b, 0L);
      }
      while (rs.next()) {
        counts.put(IN_ARREARS.get(rs.getInt(1) - 1), rs.getLong(2));
      }
      return Collections.unmodifiableMap(counts);
    });
  }

  /**
   * Returns the cases a programme report covers in the municipalities asked for: a municipality, a
   * cohort and a referral period, each optional.
   *
   * @param municipalities the municipalities (kommunekoder) the report may cover, not empty
   * @param scope the scope, not null
   * @return the rows ordered by municipality and case id, never null
   * @throws IllegalArgumentException if no municipality is given
   * @throws EventStoreException if the database fails
   */
  public List<CaseRow> casesInScope(Set<String> municipalities, ReportScope scope) {
    List<String> codes = Municipalities.sorted(municipalities);
    StringBuilder where = new StringBuilder(" WHERE municipality_code IN " + Municipalities.placeholders(codes.size()));
    List<Object> parameters = new ArrayList<>(codes);
    scope.municipalityCode().ifPresent(m -> {
      where.append(" AND municipality_code = ?");
      parameters.add(m);
    });
    scope.cohortId().ifPresent(c -> {
      where.append(" AND cohort_id = ?");
      parameters.add(c);
    });
    scope.referredFrom().ifPresent(d -> {
      where.append(" AND referred_on >= ?");
      parameters.add(d);
    });
    scope.referredTo().ifPresent(d -> {
      where.append(" AND referred_on <= ?");
      parameters.add(d);
    });
    return caseRows("list cases in a report's scope",
        "SELECT " + CASE_COLUMNS + " FROM " + cases + where + " ORDER BY municipality_code, case_id",
        parameters.toArray());
  }

  /**
   * Returns up to {@code fetch} cases a query matches after a case, in the read port's order
   * (municipality code, then case id, as Java compares strings): one keyset page. The comparison
   * is spelt out rather than a row value, which H2, PostgreSQL and MariaDB all run; on each the
   * columns are compared as {@link Dialect#inJavaOrder} says.
   */
  List<CaseRow> casesPage(CaseQuery query, Optional<CaseRef> after, int fetch) {
    List<String> codes = Municipalities.sorted(query.municipalities());
    return Transactions.withConnection(connections, "list a page of cases", c -> {
      Dialect dialect = Dialect.of(c);
      String municipality = dialect.inJavaOrder("municipality_code");
      String caseId = dialect.inJavaOrder("case_id");
      StringBuilder sql = new StringBuilder("SELECT " + CASE_COLUMNS + " FROM " + cases + " WHERE municipality_code IN "
          + Municipalities.placeholders(codes.size()));
      List<Object> parameters = new ArrayList<>(codes);
      query.stage().ifPresent(s -> {
        sql.append(" AND stage = ?");
        parameters.add(s.name());
      });
      query.cohortId().ifPresent(h -> {
        sql.append(" AND cohort_id = ?");
        parameters.add(h);
      });
      query.advisor().ifPresent(a -> {
        sql.append(" AND advisor_id = ?");
        parameters.add(a.value());
      });
      after.ifPresent(r -> {
        sql.append(" AND (" + municipality + " > ? OR (" + municipality + " = ? AND " + caseId + " > ?))");
        parameters.add(r.municipalityCode());
        parameters.add(r.municipalityCode());
        parameters.add(r.caseId().value());
      });
      sql.append(" ORDER BY " + municipality + ", " + caseId);
      try (PreparedStatement s = c.prepareStatement(sql.toString())) {
        for (int i = 0; i < parameters.size(); i++) {
          s.setObject(i + 1, parameters.get(i));
        }
        s.setMaxRows(fetch);
        try (ResultSet rs = s.executeQuery()) {
          return readCaseRows(rs, fetch);
        }
      }
    });
  }

  /**
   * Returns the loans of the municipalities asked for: every case with a loan account, whatever
   * its status on the date of its latest event.
   */
  List<CaseRef> loans(Set<String> municipalities) {
    List<String> codes = Municipalities.sorted(municipalities);
    return query("list loans", "SELECT municipality_code, case_id FROM " + loans + " WHERE municipality_code IN "
        + Municipalities.placeholders(codes.size()), s -> Municipalities.bind(s, 1, codes), rs -> {
          List<CaseRef> refs = new ArrayList<>();
          while (rs.next()) {
            refs.add(CaseRef.of(rs.getString(1), rs.getString(2)));
          }
          return Collections.unmodifiableList(refs);
        });
  }

  private List<CaseRow> caseRows(String what, String sql, Object... parameters) {
    return query(what, sql, s -> {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
    }, rs -> readCaseRows(rs, Integer.MAX_VALUE));
  }

  private static List<CaseRow> readCaseRows(ResultSet rs, int most) throws SQLException {
    List<CaseRow> rows = new ArrayList<>();
    while (rows.size() < most && rs.next()) {
      rows.add(new CaseRow(CaseId.of(rs.getString(1)), rs.getString(2), Stage.valueOf(rs.getString(3)),
          Optional.ofNullable(rs.getString(4)), AdvisorId.of(rs.getString(5)), ParticipantId.of(rs.getString(6)),
          rs.getObject(7, LocalDate.class), rs.getLong(8)));
    }
    return Collections.unmodifiableList(rows);
  }

  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  @FunctionalInterface
  private interface Reader<T> {
    T read(ResultSet rows) throws SQLException;
  }

  private <T> T query(String what, String sql, Binder binder, Reader<T> reader) {
    return Transactions.withConnection(connections, what, c -> {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        binder.bind(s);
        try (ResultSet rs = s.executeQuery()) {
          return reader.read(rs);
        }
      }
    });
  }

}
