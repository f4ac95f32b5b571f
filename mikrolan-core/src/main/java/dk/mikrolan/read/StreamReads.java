package dk.mikrolan.read;

import dk.mikrolan.aid.DeMinimisEvent;
import dk.mikrolan.aid.DeMinimisRecord;
import dk.mikrolan.aid.UndertakingId;
import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.fund.FundPeriod;
import dk.mikrolan.fund.LoanFund;
import dk.mikrolan.fund.LoanFundEvent;
import dk.mikrolan.fund.LoanFundStatus;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.identity.MunicipalityCode;
import dk.mikrolan.loan.Arrears;
import dk.mikrolan.loan.LoanAccount;
import dk.mikrolan.loan.LoanEvent;
import dk.mikrolan.loan.LoanStatus;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.port.EventStore;
import dk.mikrolan.programme.ProgrammeStreams;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The queries every read port answers from the streams themselves, whatever store holds them: a
 * case's history, a fund's room, an undertaking's de minimis total, and the loans in arrears as of
 * a date (each account asked as of the date, so later events never count). One implementation for
 * the in-memory and the JDBC read ports.
 *
 * <p>This class is immutable and thread-safe if its store is.
 */
public final class StreamReads {

  private final EventStore store;
  private final BankingCalendar calendar;

  private StreamReads(EventStore store, BankingCalendar calendar) {
    this.store = Objects.requireNonNull(store, "store");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  /**
   * Obtains the stream queries of a store.
   *
   * @param store the event store, not null
   * @param calendar the loan accounts' banking calendar, not null
   * @return the queries, never null
   */
  public static StreamReads of(EventStore store, BankingCalendar calendar) {
    return new StreamReads(store, calendar);
  }

  /**
   * Returns the banking calendar the loan accounts are replayed with.
   *
   * @return the calendar, never null
   */
  public BankingCalendar calendar() {
    return calendar;
  }

  /**
   * Returns a case with its loan account, as the programme report takes it.
   *
   * @param ref the case, not null
   * @return the record, never null
   */
  public dk.mikrolan.report.CaseRecord record(CaseRef ref) {
    dk.mikrolan.programme.ParticipantCase kase = dk.mikrolan.programme.ParticipantCase.replay(
        store.load(dk.mikrolan.programme.ProgrammeStreams.caseStream(ref), dk.mikrolan.programme.CaseEvent.class));
    List<dk.mikrolan.loan.LoanEvent> loan = store.load(dk.mikrolan.programme.ProgrammeStreams.loanStream(ref),
        dk.mikrolan.loan.LoanEvent.class);
    return new dk.mikrolan.report.CaseRecord(ref.caseId(), kase,
        loan.isEmpty() ? Optional.empty() : Optional.of(dk.mikrolan.loan.LoanAccount.replay(calendar, loan)));
  }

  /**
   * Returns a page of the loans in arrears on a date among the given loans.
   *
   * @param loans the loans to look at, of the municipalities asked for, not null
   * @param municipalities the municipalities asked for (they key the cursor), not null
   * @param asOf the date, not null
   * @param after the cursor of the previous page, if any
   * @param limit the page size, 1–500
   * @return the page, never null
   */
  public Page<ArrearsEntry> loansInArrears(Iterable<CaseRef> loans, Set<String> municipalities, LocalDate asOf,
      Optional<String> after, int limit) {
    Objects.requireNonNull(asOf, "asOf");
    ProgrammeReads.requireLimit(limit);
    Optional<PageCursor.ArrearsPosition> from = after.map(c -> PageCursor.arrearsAfter(municipalities, asOf, c));
    List<ArrearsEntry> entries = new ArrayList<>();
    for (CaseRef ref : loans) {
      LoanAccount account = LoanAccount.replay(calendar, store.load(ProgrammeStreams.loanStream(ref), LoanEvent.class));
      if (account.status(asOf) == LoanStatus.NOT_OPENED) {
        continue; // opened after the date: on the date there was no loan to be behind on
      }
      Arrears arrears = account.arrears(asOf);
      if (arrears.daysPastDue() > 0) {
        ArrearsEntry entry = new ArrearsEntry(ref, arrears);
        if (from.map(p -> p.precedes(entry)).orElse(true)) {
          entries.add(entry);
        }
      }
    }
    entries.sort(PageCursor.ARREARS_ORDER);
    return Page.of(entries.subList(0, Math.min(entries.size(), limit + 1)), limit,
        e -> PageCursor.ofArrears(municipalities, asOf, e));
  }

  /**
   * Returns every event of a case, in order.
   *
   * @param ref the case, not null
   * @return the events, empty for an unknown case, never null
   */
  public List<Object> caseHistory(CaseRef ref) {
    return store.load(ProgrammeStreams.caseStream(Objects.requireNonNull(ref, "ref")), Object.class);
  }

  /**
   * Returns the room left in a fund.
   *
   * @param municipalityCode the municipality, not null
   * @param period the period, not null
   * @return the room, empty when the period's fund was never opened
   */
  public Optional<DkkAmount> fundRoom(String municipalityCode, FundPeriod period) {
    MunicipalityCode.require(municipalityCode);
    LoanFund fund = LoanFund.replay(store.load(LoanFund.streamId(municipalityCode, period), LoanFundEvent.class));
    return fund.status() == LoanFundStatus.OPEN ? Optional.of(fund.remainingRoom()) : Optional.empty();
  }

  /**
   * Returns an undertaking's de minimis aid in euro in the three years ending on a day.
   *
   * @param undertaking the undertaking, not null
   * @param end the last day, not null
   * @return the total, never null
   */
  public BigDecimal deMinimisTotalEur(UndertakingId undertaking, LocalDate end) {
    Objects.requireNonNull(end, "end");
    return DeMinimisRecord.replay(undertaking, store.load(DeMinimisRecord.streamId(undertaking), DeMinimisEvent.class))
        .aidEurInThreeYearsEndingOn(end);
  }
}
