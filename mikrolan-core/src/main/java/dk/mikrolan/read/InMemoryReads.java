package dk.mikrolan.read;

import dk.mikrolan.aid.UndertakingId;
import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.fund.FundPeriod;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.identity.MunicipalityCode;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.port.InMemoryEventStore;
import dk.mikrolan.port.StreamId;
import dk.mikrolan.programme.CaseEvent;
import dk.mikrolan.programme.ParticipantCase;
import dk.mikrolan.programme.ProgrammeStreams;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@link ProgrammeReads} over an {@link InMemoryEventStore}, for tests and for hosts that keep
 * nothing. Every query replays the streams it needs (every case, or every loan) on each call:
 * the answer is the aggregates' own, and the cost, linear in the store's events, is fine in memory.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InMemoryReads implements ProgrammeReads {

  private static final String CASE = "case";
  private static final String LOAN = "loan";

  private final InMemoryEventStore store;
  private final StreamReads streams;

  private InMemoryReads(InMemoryEventStore store, BankingCalendar calendar) {
    this.store = Objects.requireNonNull(store, "store");
    this.streams = StreamReads.of(store, calendar);
  }

  /**
   * Obtains the reads over a store.
   *
   * @param store the store, not null
   * @param calendar the banking calendar the loan accounts' due dates follow, not null
   * @return the reads, never null
   */
  public static InMemoryReads over(InMemoryEventStore store, BankingCalendar calendar) {
    return new InMemoryReads(store, calendar);
  }

  @Override
  public dk.mikrolan.calendar.BankingCalendar calendar() {
    return streams.calendar();
  }

  @Override
  public Page<CaseSummary> cases(CaseQuery query, Optional<String> after, int limit) {
    Objects.requireNonNull(query, "query");
    ProgrammeReads.requireLimit(limit);
    Optional<CaseRef> from = after.map(c -> PageCursor.casesAfter(query, c));
    List<CaseSummary> matching = new ArrayList<>();
    for (StreamId stream : store.streams(CASE)) {
      CaseRef ref = CaseRef.parse(stream.id());
      if (!query.municipalities().contains(ref.municipalityCode())
          || from.isPresent() && PageCursor.CASE_ORDER.compare(ref, from.get()) <= 0) {
        continue;
      }
      summary(ref).filter(query::matches).ifPresent(matching::add);
    }
    matching.sort((a, b) -> PageCursor.CASE_ORDER.compare(a.ref(), b.ref()));
    return Page.of(matching.subList(0, Math.min(matching.size(), limit + 1)), limit,
        s -> PageCursor.ofCases(query, s.ref()));
  }

  private Optional<CaseSummary> summary(CaseRef ref) {
    ParticipantCase kase = ParticipantCase.replay(store.load(ProgrammeStreams.caseStream(ref), CaseEvent.class));
    // Only the shell writes case streams, and it starts every one with the referral.
    return kase.events().stream().filter(CaseEvent.Referred.class::isInstance).findFirst()
        .map(CaseEvent.Referred.class::cast)
        .map(r -> new CaseSummary(ref, kase.stage(), kase.cohortId(), r.participant().advisor(),
            r.participant().id(), r.date()));
  }

  @Override
  public Page<ArrearsEntry> loansInArrears(
      Set<String> municipalities, LocalDate asOf, Optional<String> after, int limit) {
    Set<String> codes = scope(municipalities);
    List<CaseRef> loans = store.streams(LOAN).stream().map(s -> CaseRef.parse(s.id()))
        .filter(ref -> codes.contains(ref.municipalityCode())).toList();
    return streams.loansInArrears(loans, codes, asOf, after, limit);
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

  @Override
  public List<dk.mikrolan.report.CaseRecord> reportInputs(Set<String> municipalities,
      dk.mikrolan.report.ReportScope scope) {
    Set<String> codes = scope(municipalities);
    Objects.requireNonNull(scope, "scope");
    List<CaseRef> refs = new ArrayList<>();
    for (StreamId stream : store.streams(CASE)) {
      CaseRef ref = CaseRef.parse(stream.id());
      if (codes.contains(ref.municipalityCode())
          && summary(ref).filter(s -> scope.covers(ref.municipalityCode(), s.cohortId(), s.referredOn())).isPresent()) {
        refs.add(ref);
      }
    }
    refs.sort(PageCursor.CASE_ORDER);
    return refs.stream().map(streams::record).toList();
  }

  /** The municipalities a query is scoped to: at least one, each a valid code. */
  static Set<String> scope(Set<String> municipalities) {
    Set<String> codes = Set.copyOf(municipalities);
    if (codes.isEmpty()) {
      throw new IllegalArgumentException("A query needs the municipalities it is scoped to");
    }
    codes.forEach(MunicipalityCode::require);
    return codes;
  }
}
