package dk.mikrolan.read;

import dk.mikrolan.aid.UndertakingId;
import dk.mikrolan.fund.FundPeriod;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.money.DkkAmount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The read port: what lists and searches need. Core ships {@link InMemoryReads}; the JDBC adapter
 * implements it over its event store and read models. Both give the same answer to every query.
 *
 * <p><b>Scoping.</b> Every list takes the municipalities (kommunekoder) it may show — the caller
 * passes the acting user's, after {@code access.Permissions} allowed the read — and never returns
 * another municipality's rows. {@link #caseHistory} and {@link #fundRoom} name one municipality's
 * case or fund, which the caller checks the same way. {@link #deMinimisTotalEur} alone crosses
 * municipalities, by law.
 *
 * <p><b>Paging.</b> Lists come in pages of 1 to {@value #MAX_LIMIT} items. A page's {@code
 * nextCursor} is present only when more rows may follow; pass it as {@code after} to get them.
 * A cursor is opaque text that names the last row of its page and the query it belongs to (not
 * the query's values), so a cursor is refused by any other query: another list, other
 * municipalities, other filters or another date. It grants nothing: the rows still come only from
 * the municipalities asked for. Paging is by key, not offset: walking every page returns every
 * row that matched throughout exactly once, in order, even when rows are added meanwhile after
 * the position reached; a row that changes meanwhile (a case moving to another stage) is shown as
 * it stands when its page is read, or not at all if it no longer matches.
 *
 * <p>Implementations are thread-safe.
 */
public interface ProgrammeReads {

  /** The most items a page holds. */
  int MAX_LIMIT = 500;

  /**
   * Returns a page of the cases a query matches, ordered by municipality code and then case id,
   * each compared as Java strings ({@link String#compareTo}: by UTF-16 code unit, so {@code "A-2"}
   * before {@code "B-1"} before {@code "a-1"} before {@code "a_3"} before {@code "b"}) — whatever
   * the database's collation.
   *
   * @param query which cases, not null
   * @param after the {@code nextCursor} of the previous page, or empty for the first page, not null
   * @param limit the most items to return, 1 to {@value #MAX_LIMIT}
   * @return the page, never null
   * @throws IllegalArgumentException if the limit is out of range or the cursor is malformed or
   *     belongs to another query (the message does not repeat the cursor)
   */
  Page<CaseSummary> cases(CaseQuery query, Optional<String> after, int limit);

  /**
   * Returns a page of the loans in arrears (restance) on a date in some municipalities: those
   * with something overdue on that date, the longest overdue first (most days past due), then by
   * municipality code and case id as in {@link #cases}.
   *
   * <p>As of means as of: each loan's arrears are {@link dk.mikrolan.loan.LoanAccount#arrears}
   * on the date, which leaves out every event dated after it (a payment made later still shows as
   * unpaid; a loan opened later is not listed).
   *
   * @param municipalities the municipalities (kommunekoder) the list may show, not empty
   * @param asOf the date, not null
   * @param after the {@code nextCursor} of the previous page, or empty for the first page, not null
   * @param limit the most items to return, 1 to {@value #MAX_LIMIT}
   * @return the page, never null
   * @throws IllegalArgumentException if no municipality is given, a code is not three digits, the
   *     limit is out of range or the cursor is malformed or belongs to another query
   */
  Page<ArrearsEntry> loansInArrears(Set<String> municipalities, LocalDate asOf, Optional<String> after, int limit);

  /**
   * Returns every event of a case's stream, in order: the case's full record.
   *
   * @param ref the case, not null
   * @return the events, empty for a case never referred, never null
   */
  List<Object> caseHistory(CaseRef ref);

  /**
   * Returns the room left in a municipality's loan fund (låneramme) for a period: {@link
   * dk.mikrolan.fund.LoanFund#remainingRoom()}.
   *
   * @param municipalityCode the municipality (kommunekode), not null
   * @param period the fund's period, not null
   * @return the room, or empty when the period's fund was never opened, never null
   * @throws IllegalArgumentException if the code is not three digits
   */
  Optional<DkkAmount> fundRoom(String municipalityCode, FundPeriod period);

  /**
   * Returns the de minimis aid in euro an undertaking received in the three years ending on a day:
   * {@link dk.mikrolan.aid.DeMinimisRecord#aidEurInThreeYearsEndingOn(LocalDate)}.
   *
   * <p>This is the one query not scoped by municipality: Regulation (EU) 2023/2831 counts all de
   * minimis aid to the undertaking, from every authority, so the ceiling a municipality checks
   * before granting depends on what others granted. It returns a sum only, never another
   * municipality's cases.
   *
   * @param undertaking the undertaking, not null
   * @param end the last day of the three years, not null
   * @return the sum with scale 2, zero when nothing was granted, never null
   */
  BigDecimal deMinimisTotalEur(UndertakingId undertaking, LocalDate end);

  /**
   * Returns the inputs of the programme report: each case of the municipalities asked for that is
   * in the scope ({@link dk.mikrolan.report.ReportScope#covers}), with its loan account, in
   * (municipality, case id) order.
   *
   * @param municipalities the municipalities the report may cover, not empty
   * @param scope which cases, not null
   * @return the records, never null
   * @throws IllegalArgumentException if no municipality is given
   */
  List<dk.mikrolan.report.CaseRecord> reportInputs(Set<String> municipalities, dk.mikrolan.report.ReportScope scope);

  /**
   * Returns the banking calendar the loan accounts' due dates follow in these reads: configured
   * once, where the storage is configured, and the one the entry point built over this port uses.
   *
   * @return the calendar, never null
   */
  dk.mikrolan.calendar.BankingCalendar calendar();

  /**
   * Checks a page's limit.
   *
   * @param limit the limit asked for
   * @return the limit
   * @throws IllegalArgumentException if it is not 1 to {@value #MAX_LIMIT}
   */
  static int requireLimit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("A page's limit is 1 to " + MAX_LIMIT + ": " + limit);
    }
    return limit;
  }
}
