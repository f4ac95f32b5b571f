package dk.mikrolan.jdbc;

import dk.mikrolan.aid.UndertakingId;
import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.fund.FundPeriod;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.read.ArrearsEntry;
import dk.mikrolan.read.CaseQuery;
import dk.mikrolan.read.CaseSummary;
import dk.mikrolan.read.Page;
import dk.mikrolan.read.PageCursor;
import dk.mikrolan.read.ProgrammeReads;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@link ProgrammeReads} on the JDBC adapter: case lists from the {@code rm_cases} read model,
 * one keyset page per query; everything else from the event store, replayed by core's aggregates.
 *
 * <p>Loans in arrears are answered by loading the loans of the municipalities asked for and asking
 * each account for its arrears on the date. The {@code rm_loan_instalments} read model holds the
 * instalments unpaid as of each loan's latest event, so it answers only for dates on or after that
 * event — and the read models do not record that date, so a query cannot tell which loans it
 * would answer wrongly for (a payment made after the date would hide arrears the loan had on it).
 * As of means as of, so every date is answered from the events; the cost is linear in the events
 * of those municipalities' loans, per page.
 *
 * <p>Cursors and orders are core's {@link PageCursor}, so a cursor of one implementation pages
 * through the same list of another.
 *
 * <p>This class is thread-safe.
 */
final class JdbcReads implements ProgrammeReads {

  private final JdbcQueries queries;
  private final JdbcEventStore store;
  private final dk.mikrolan.read.StreamReads streams;

  JdbcReads(JdbcQueries queries, JdbcEventStore store, BankingCalendar calendar) {
    this.queries = Objects.requireNonNull(queries, "queries");
    this.store = Objects.requireNonNull(store, "store");
    this.streams = dk.mikrolan.read.StreamReads.of(store, calendar);
  }

  @Override
  public dk.mikrolan.calendar.BankingCalendar calendar() {
    return streams.calendar();
  }

  @Override
  public List<dk.mikrolan.report.CaseRecord> reportInputs(Set<String> municipalities,
      dk.mikrolan.report.ReportScope scope) {
    return queries.casesInScope(municipalities, scope).stream().map(row -> streams.record(row.ref())).toList();
  }

  @Override
  public Page<CaseSummary> cases(CaseQuery query, Optional<String> after, int limit) {
    Objects.requireNonNull(query, "query");
    ProgrammeReads.requireLimit(limit);
    Optional<CaseRef> from = after.map(c -> PageCursor.casesAfter(query, c));
    List<CaseSummary> rows = queries.casesPage(query, from, limit + 1).stream()
        .map(r -> new CaseSummary(r.ref(), r.stage(), r.cohortId(), r.advisorId(), r.participantId(), r.referredOn()))
        .toList();
    return Page.of(rows, limit, s -> PageCursor.ofCases(query, s.ref()));
  }

  @Override
  public Page<ArrearsEntry> loansInArrears(
      Set<String> municipalities, LocalDate asOf, Optional<String> after, int limit) {
    Set<String> codes = Set.copyOf(municipalities);
    return streams.loansInArrears(queries.loans(codes), codes, asOf, after, limit); // loans() checks the codes
  }

  @Override
  public List<Object> caseHistory(CaseRef ref) {
    return streams.caseHistory(ref);
  }

  @Override
  public Optional<DkkAmount> fundRoom(String municipalityCode, FundPeriod period) {
    return streams.fundRoom(municipalityCode, period);
  }

  @Override
  public BigDecimal deMinimisTotalEur(UndertakingId undertaking, LocalDate end) {
    return streams.deMinimisTotalEur(undertaking, end);
  }
}
