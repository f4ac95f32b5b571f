package dk.mikrolan.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.mikrolan.aid.DeMinimisEvent;
import dk.mikrolan.aid.DeMinimisRecord;
import dk.mikrolan.aid.UndertakingId;
import dk.mikrolan.fund.FundPeriod;
import dk.mikrolan.fund.LoanFund;
import dk.mikrolan.fund.LoanFundEvent;
import dk.mikrolan.identity.AdvisorId;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.identity.ParticipantId;
import dk.mikrolan.loan.Arrears;
import dk.mikrolan.loan.LoanAccount;
import dk.mikrolan.loan.LoanEvent;
import dk.mikrolan.port.EventStore;
import dk.mikrolan.port.InMemoryEventStore;
import dk.mikrolan.programme.ProgrammeStreams;
import dk.mikrolan.programme.Stage;
import dk.mikrolan.read.ArrearsEntry;
import dk.mikrolan.read.CaseQuery;
import dk.mikrolan.read.CaseSummary;
import dk.mikrolan.read.InMemoryReads;
import dk.mikrolan.read.Page;
import dk.mikrolan.read.ProgrammeReads;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The read port on every store: the in-memory one and the JDBC adapter on H2, PostgreSQL and
 * MariaDB. Each subclass writes the same generated histories through the use cases, and every
 * query is checked against a model the test writes down (the plans, and the aggregates it replays
 * itself), against an in-memory store holding the same histories, and through every page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReadsContract {

  private static final long SEED = 20260105L;
  private static final List<Integer> LIMITS = List.of(1, 2, 7, ProgrammeReads.MAX_LIMIT);
  private static final List<Set<String>> SCOPES = List.of(Set.of("101"), Set.of("751"), Set.of("101", "751"));
  private static final List<LocalDate> DATES = List.of(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 8, 2),
      LocalDate.of(2026, 9, 10), LocalDate.of(2026, 10, 20), LocalDate.of(2026, 12, 5), LocalDate.of(2027, 3, 1),
      LocalDate.of(2028, 1, 1));

  /** The order the port documents, written out here: municipality, then case id, as Java strings. */
  private static final Comparator<CaseRef> BY_CASE = (a, b) -> {
    int m = a.municipalityCode().compareTo(b.municipalityCode());
    return m != 0 ? m : a.caseId().value().compareTo(b.caseId().value());
  };

  /** A store under test and its read port. */
  record Backend(EventStore store, ProgrammeReads reads, Optional<DataSource> dataSource, AutoCloseable closer) {}

  private Backend tested;
  private Backend reference;
  private List<ReadHistories.Plan> plans;

  /** Opens an empty store of the kind under test. */
  abstract Backend open();

  static Backend inMemory() {
    InMemoryEventStore store = new InMemoryEventStore();
    return new Backend(store, InMemoryReads.over(store, ReadHistories.CALENDAR), Optional.empty(), () -> { });
  }

  /** A fresh database of a dialect, migrated; {@code prepare} runs before anything is written. */
  static Backend jdbc(Dialect dialect, SqlStep prepare) {
    TestDatabase db = TestDatabase.create(dialect);
    try {
      MikrolanSchema.migrate(db.dataSource());
      prepare.run(db.dataSource());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    MikrolanJdbc jdbc = MikrolanJdbc.builder(db.dataSource(), CprTestKeys.single()).build();
    return new Backend(jdbc.eventStore(), jdbc.reads(), Optional.of(db.dataSource()), db);
  }

  /** Work on a test database before the histories are written. */
  @FunctionalInterface
  interface SqlStep {
    void run(DataSource dataSource) throws SQLException;
  }

  @BeforeAll
  void writeTheHistories() {
    plans = ReadHistories.plans(SEED);
    tested = open();
    reference = inMemory();
    for (ReadHistories.Plan plan : plans) {
      ReadHistories.write(tested.store(), plan);
      ReadHistories.write(reference.store(), plan);
    }
  }

  @AfterAll
  void close() throws Exception {
    if (tested != null) {
      tested.closer().close();
    }
  }

  ProgrammeReads reads() {
    return tested.reads();
  }

  Optional<DataSource> dataSource() {
    return tested.dataSource();
  }

  /** Every page of a list, from the first on. */
  private static <T> List<Page<T>> walk(Function<Optional<String>, Page<T>> next) {
    List<Page<T>> pages = new ArrayList<>();
    Optional<String> after = Optional.empty();
    do {
      Page<T> page = next.apply(after);
      pages.add(page);
      after = page.nextCursor();
      assertThat(pages).as("runaway paging").hasSizeLessThan(1_000);
    } while (after.isPresent());
    return pages;
  }

  private static <T> List<T> items(List<Page<T>> pages) {
    return pages.stream().flatMap(p -> p.items().stream()).toList();
  }

  /** Each page full but the last, a cursor exactly while rows remain, and every row once in order. */
  private static <T> void pagesThrough(List<Page<T>> pages, int limit, List<T> expected) {
    assertThat(items(pages)).isEqualTo(expected);
    int seen = 0;
    for (Page<T> page : pages) {
      assertThat(page.items()).hasSizeLessThanOrEqualTo(limit);
      seen += page.items().size();
      assertThat(page.nextCursor().isPresent()).as("a cursor while rows remain").isEqualTo(seen < expected.size());
      if (page.nextCursor().isPresent()) {
        assertThat(page.items()).hasSize(limit);
      }
    }
  }

  private List<CaseQuery> caseQueries() {
    List<CaseQuery> queries = new ArrayList<>();
    for (Set<String> scope : SCOPES) {
      CaseQuery all = CaseQuery.in(scope);
      queries.add(all);
      for (Stage stage : Stage.values()) {
        queries.add(all.withStage(stage));
      }
      queries.add(all.withCohort("H-1"));
      queries.add(all.withCohort("H-2").withStage(Stage.REPAYING));
      queries.add(all.withAdvisor(AdvisorId.of("adv-1")));
      queries.add(all.withAdvisor(AdvisorId.of("adv-2")).withCohort("H-1"));
      queries.add(all.withAdvisor(AdvisorId.of("nobody")));
    }
    return queries;
  }

  private List<CaseSummary> expectedCases(CaseQuery query) {
    return plans.stream().map(ReadHistories.Plan::expected)
        .filter(s -> query.municipalities().contains(s.ref().municipalityCode()))
        .filter(s -> query.stage().map(st -> st == s.stage()).orElse(true))
        .filter(s -> query.cohortId().map(c -> s.cohortId().equals(Optional.of(c))).orElse(true))
        .filter(s -> query.advisor().map(a -> a.equals(s.advisor())).orElse(true))
        .sorted((a, b) -> BY_CASE.compare(a.ref(), b.ref()))
        .toList();
  }

  @Test
  void theHistoriesReachEveryStageTheyAimForInBothMunicipalities() {
    // Guards the checks below against a generator that reaches too little.
    assertThat(plans).extracting(p -> p.expected().stage()).contains(Stage.REFERRED, Stage.SCREENING,
        Stage.COMPETENCE_DEVELOPMENT, Stage.FINAL_SEMINAR, Stage.APPROVED, Stage.DISBURSED, Stage.REPAYING,
        Stage.WITHDRAWN);
    assertThat(plans.stream().filter(p -> p.ref().municipalityCode().equals("101")).map(p -> p.ref().caseId()))
        .isNotEmpty()
        .allMatch(id -> plans.stream().anyMatch(p -> p.ref().equals(CaseRef.of("751", id))));
  }

  @Test
  void listsEveryCaseAQueryMatchesInTheDocumentedOrderThroughEveryPage() {
    for (CaseQuery query : caseQueries()) {
      List<CaseSummary> expected = expectedCases(query);
      for (int limit : LIMITS) {
        List<Page<CaseSummary>> pages = walk(after -> reads().cases(query, after, limit));
        pagesThrough(pages, limit, expected);
        assertThat(pages).as("the same pages and cursors as the in-memory store, %s", query)
            .isEqualTo(walk(after -> reference.reads().cases(query, after, limit)));
      }
    }
  }

  @Test
  void ordersCaseIdsAsJavaStringsWhateverTheCollation() {
    List<String> ids = items(walk(after -> reads().cases(CaseQuery.in(Set.of("751")), after, 3))).stream()
        .map(s -> s.ref().caseId().value()).filter(ReadHistories.COLLATION_IDS::contains).toList();
    assertThat(ids).containsExactly("A-2", "a-1", "a_3", "b");
  }

  @Test
  void aQueryForOneMunicipalityNeverReturnsAnothersRows() {
    for (String m : List.of("101", "751")) {
      assertThat(items(walk(after -> reads().cases(CaseQuery.in(Set.of(m)), after, 7))))
          .isNotEmpty().allSatisfy(s -> assertThat(s.ref().municipalityCode()).isEqualTo(m));
      for (LocalDate asOf : DATES) {
        assertThat(items(walk(after -> reads().loansInArrears(Set.of(m), asOf, after, 7))))
            .allSatisfy(e -> assertThat(e.ref().municipalityCode()).isEqualTo(m));
      }
    }
    assertThat(reads().cases(CaseQuery.in(Set.of("851")), Optional.empty(), 500).items()).isEmpty();
  }

  /** The arrears on a date as each loan's own account answers, replayed by the test from the store. */
  private List<ArrearsEntry> expectedArrears(Set<String> scope, LocalDate asOf) {
    List<ArrearsEntry> entries = new ArrayList<>();
    for (ReadHistories.Plan plan : plans) {
      if (!plan.hasLoan() || !scope.contains(plan.ref().municipalityCode())) {
        continue;
      }
      LoanAccount account = LoanAccount.replay(ReadHistories.CALENDAR,
          tested.store().load(ProgrammeStreams.loanStream(plan.ref()), LoanEvent.class));
      if (asOf.isBefore(LocalDate.of(2026, 6, 1))) {
        continue; // before the payout: no account yet
      }
      Arrears a = account.arrears(asOf);
      if (a.daysPastDue() > 0) {
        entries.add(new ArrearsEntry(plan.ref(), a));
      }
    }
    entries.sort(Comparator.comparingLong((ArrearsEntry e) -> -e.arrears().daysPastDue())
        .thenComparing(ArrearsEntry::ref, BY_CASE));
    return entries;
  }

  @Test
  void listsTheLoansInArrearsAsOfEveryDateAsTheAccountsThemselvesAnswer() {
    for (Set<String> scope : SCOPES) {
      for (LocalDate asOf : DATES) {
        List<ArrearsEntry> expected = expectedArrears(scope, asOf);
        for (int limit : LIMITS) {
          List<Page<ArrearsEntry>> pages = walk(after -> reads().loansInArrears(scope, asOf, after, limit));
          pagesThrough(pages, limit, expected);
          assertThat(pages).as("the same pages as the in-memory store, %s %s", scope, asOf)
              .isEqualTo(walk(after -> reference.reads().loansInArrears(scope, asOf, after, limit)));
        }
      }
    }
  }

  @Test
  void datesBeforeLaterPaymentsShowArrearsThoseLoansNoLongerHave() {
    // Guards the check above: some loan was behind on a date and caught up by a payment after it,
    // so an answer from the loans' latest state would differ from the answer as of the date.
    LocalDate asOf = LocalDate.of(2026, 9, 10);
    List<ArrearsEntry> onTheDate = items(walk(after -> reads().loansInArrears(Set.of("101", "751"), asOf, after, 500)));
    LocalDate late = LocalDate.of(2028, 1, 1);
    assertThat(plans).anySatisfy(p -> {
      assertThat(p.paymentDates()).anyMatch(d -> d.isAfter(asOf));
      assertThat(onTheDate).extracting(ArrearsEntry::ref).contains(p.ref());
    });
    assertThat(expectedArrears(Set.of("101", "751"), asOf)).isNotEqualTo(expectedArrears(Set.of("101", "751"), late));
  }

  @Test
  void aPageWalkSeesEveryRowOnceWhenRowsAreAddedAtTheEndMeanwhile() {
    // Rows of a municipality no other check reads, so the shared histories stay as planned.
    List<ReadHistories.Plan> extra = List.of("2026-0001", "2026-0002", "2026-0003", "2026-0004").stream()
        .map(id -> plan(CaseRef.of("461", id))).toList();
    extra.forEach(p -> ReadHistories.write(tested.store(), p));
    CaseQuery query = CaseQuery.in(Set.of("461"));
    List<CaseSummary> seen = new ArrayList<>();
    Optional<String> after = Optional.empty();
    int added = 0;
    do {
      Page<CaseSummary> page = reads().cases(query, after, 2);
      seen.addAll(page.items());
      after = page.nextCursor();
      if (added < 2) {
        ReadHistories.write(tested.store(), plan(CaseRef.of("461", "zz-" + added)));
        added++;
      }
    } while (after.isPresent());
    assertThat(seen).extracting(CaseSummary::ref).containsExactly(CaseRef.of("461", "2026-0001"),
        CaseRef.of("461", "2026-0002"), CaseRef.of("461", "2026-0003"), CaseRef.of("461", "2026-0004"),
        CaseRef.of("461", "zz-0"), CaseRef.of("461", "zz-1"));
  }

  private static ReadHistories.Plan plan(CaseRef ref) {
    return new ReadHistories.Plan(ref, "adv-1", "H-1", LocalDate.of(2026, 2, 2), ReadHistories.Target.SCREENING,
        false, UndertakingId.of(ref.municipalityCode(), ParticipantId.of("P-" + ref.caseId().value())), List.of());
  }

  @Test
  void aCaseHistoryIsTheStoresOwnLoadOfItsStream() {
    for (ReadHistories.Plan plan : plans) {
      List<Object> history = reads().caseHistory(plan.ref());
      assertThat(history).isNotEmpty()
          .isEqualTo(tested.store().load(ProgrammeStreams.caseStream(plan.ref()), Object.class))
          .isEqualTo(reference.reads().caseHistory(plan.ref()));
    }
    assertThat(reads().caseHistory(CaseRef.of("751", "never-referred"))).isEmpty();
  }

  @Test
  void theReportsInputsAreTheCasesInScopeWithTheirLoansAndGiveTheInMemoryReport() {
    String cohort = plans.get(plans.size() - 1).cohort();
    LocalDate from = LocalDate.of(2026, 1, 20);
    LocalDate to = LocalDate.of(2026, 2, 20);
    List<dk.mikrolan.report.ReportScope> reportScopes = List.of(dk.mikrolan.report.ReportScope.ALL,
        dk.mikrolan.report.ReportScope.municipality("751"),
        new dk.mikrolan.report.ReportScope(Optional.empty(), Optional.of(cohort), Optional.empty(), Optional.empty()),
        new dk.mikrolan.report.ReportScope(Optional.of("101"), Optional.empty(), Optional.of(from), Optional.of(to)));
    for (Set<String> municipalities : SCOPES) {
      for (dk.mikrolan.report.ReportScope scope : reportScopes) {
        List<String> expected = plans.stream().map(ReadHistories.Plan::expected)
            .filter(c -> municipalities.contains(c.ref().municipalityCode()))
            .filter(c -> scope.municipalityCode().map(m -> m.equals(c.ref().municipalityCode())).orElse(true))
            .filter(c -> scope.cohortId().map(k -> c.cohortId().equals(Optional.of(k))).orElse(true))
            .filter(c -> !c.referredOn().isBefore(scope.referredFrom().orElse(LocalDate.MIN)))
            .filter(c -> !c.referredOn().isAfter(scope.referredTo().orElse(LocalDate.MAX)))
            .map(c -> c.ref().caseId().value()).sorted().toList();
        List<dk.mikrolan.report.CaseRecord> inputs = reads().reportInputs(municipalities, scope);
        assertThat(inputs.stream().map(r -> r.id().value()).sorted().toList()).as("%s %s", municipalities, scope)
            .isEqualTo(expected);
        LocalDate asOf = LocalDate.of(2026, 12, 5);
        assertThat(dk.mikrolan.report.ProgrammeReports.of(inputs, scope, asOf))
            .isEqualTo(dk.mikrolan.report.ProgrammeReports.of(reference.reads().reportInputs(municipalities, scope),
                scope, asOf));
      }
    }
    assertThat(reads().reportInputs(Set.of("751"), dk.mikrolan.report.ReportScope.ALL)).isNotEmpty();
  }

  @Test
  void theFundRoomIsTheReplayedFundsAndEmptyForAPeriodNeverOpened() {
    for (String m : List.of("101", "751")) {
      LoanFund fund = LoanFund.replay(tested.store().load(LoanFund.streamId(m, ReadHistories.YEAR), LoanFundEvent.class));
      assertThat(reads().fundRoom(m, ReadHistories.YEAR)).contains(fund.remainingRoom())
          .isEqualTo(reference.reads().fundRoom(m, ReadHistories.YEAR));
      assertThat(fund.remainingRoom()).isNotEqualTo(fund.ceiling()); // some approvals took room
    }
    assertThat(reads().fundRoom("751", FundPeriod.ofYear(2025))).isEmpty();
    assertThat(reads().fundRoom("851", ReadHistories.YEAR)).isEmpty();
    assertThatThrownBy(() -> reads().fundRoom("75", ReadHistories.YEAR)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theDeMinimisTotalIsTheReplayedRecordsAcrossMunicipalities() {
    List<UndertakingId> undertakings = plans.stream().map(ReadHistories.Plan::undertaking).distinct().toList();
    for (UndertakingId u : undertakings) {
      DeMinimisRecord record = DeMinimisRecord.replay(u, tested.store().load(DeMinimisRecord.streamId(u),
          DeMinimisEvent.class));
      for (LocalDate end : List.of(LocalDate.of(2026, 5, 21), LocalDate.of(2026, 5, 22), LocalDate.of(2027, 1, 1),
          LocalDate.of(2029, 5, 22), LocalDate.of(2030, 1, 1))) {
        assertThat(reads().deMinimisTotalEur(u, end)).isEqualTo(record.aidEurInThreeYearsEndingOn(end))
            .isEqualTo(reference.reads().deMinimisTotalEur(u, end));
      }
    }
    // The shared business got aid from both municipalities, and the total counts both.
    DeMinimisRecord shared = DeMinimisRecord.replay(ReadHistories.SHARED_BUSINESS, tested.store().load(
        DeMinimisRecord.streamId(ReadHistories.SHARED_BUSINESS), DeMinimisEvent.class));
    assertThat(shared.grants()).extracting(DeMinimisEvent.AidGranted::grantingAuthority).contains("101", "751");
    assertThat(reads().deMinimisTotalEur(ReadHistories.SHARED_BUSINESS, LocalDate.of(2027, 1, 1))).isEqualTo(
        shared.grants().stream().map(DeMinimisEvent.AidGranted::ggeEur).reduce(new BigDecimal("0.00"), BigDecimal::add));
    assertThat(reads().deMinimisTotalEur(UndertakingId.of("751", ParticipantId.of("nobody")), LocalDate.of(2027, 1, 1)))
        .isEqualByComparingTo("0");
  }

  @Test
  void refusesMalformedCursorsAndCursorsOfAnotherQueryWithoutRepeatingThem() {
    CaseQuery aarhus = CaseQuery.in(Set.of("751"));
    LocalDate asOf = LocalDate.of(2026, 12, 5);
    String casesCursor = reads().cases(aarhus, Optional.empty(), 1).nextCursor().orElseThrow();
    String arrearsCursor = reads().loansInArrears(Set.of("751"), asOf, Optional.empty(), 1).nextCursor().orElseThrow();
    for (String bad : List.of("garbage!", "dGhpcyBpcyBub3QgYSBjdXJzb3I", casesCursor + "x", arrearsCursor)) {
      assertThatThrownBy(() -> reads().cases(aarhus, Optional.of(bad), 10))
          .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining(bad);
    }
    for (String bad : List.of("garbage!", casesCursor)) {
      assertThatThrownBy(() -> reads().loansInArrears(Set.of("751"), asOf, Optional.of(bad), 10))
          .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining(bad);
    }
    assertThatThrownBy(() -> reads().cases(aarhus.withStage(Stage.REPAYING), Optional.of(casesCursor), 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> reads().cases(CaseQuery.in(Set.of("101")), Optional.of(casesCursor), 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> reads().loansInArrears(Set.of("751"), asOf.plusDays(1), Optional.of(arrearsCursor), 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> reads().loansInArrears(Set.of("101", "751"), asOf, Optional.of(arrearsCursor), 10))
        .isInstanceOf(IllegalArgumentException.class);
    // A cursor of the in-memory store pages on through this one: the cursors are the same.
    assertThat(reads().cases(aarhus, reference.reads().cases(aarhus, Optional.empty(), 1).nextCursor(), 500))
        .isEqualTo(reference.reads().cases(aarhus, Optional.of(casesCursor), 500));
  }

  @Test
  void refusesALimitOutsideOneToFiveHundredAndAnEmptyScope() {
    for (int limit : List.of(0, -1, 501)) {
      assertThatThrownBy(() -> reads().cases(CaseQuery.in(Set.of("751")), Optional.empty(), limit))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> reads().loansInArrears(Set.of("751"), LocalDate.of(2027, 1, 1), Optional.empty(), limit))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> reads().loansInArrears(Set.of(), LocalDate.of(2027, 1, 1), Optional.empty(), 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> reads().loansInArrears(Set.of("7510"), LocalDate.of(2027, 1, 1), Optional.empty(), 10))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
