package dk.mikrolan.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.identity.AdvisorId;
import dk.mikrolan.identity.CaseId;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.loan.Arrears;
import dk.mikrolan.loan.ArrearsBucket;
import dk.mikrolan.loan.LoanCommand;
import dk.mikrolan.loan.LoanStatus;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.BenefitType;
import dk.mikrolan.port.StreamId;
import dk.mikrolan.programme.Participant;
import dk.mikrolan.programme.Stage;
import dk.mikrolan.testkit.ProgrammeFixtures;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JdbcQueriesTest {

  private static final Set<String> AARHUS = Set.of("751");

  private static final LocalDate OPENED = LocalDate.of(2025, 12, 1);
  private static final LocalDate FIRST_DUE = LocalDate.of(2026, 1, 5);
  /** The due date of the only instalment of loan B-1, a Monday. */
  private static final LocalDate DUE = LocalDate.of(2026, 2, 2);

  private final ReadModelDatabase db;
  private final JdbcQueries queries;
  private final List<Projection> projections = ReadModels.projections(ReadModelDatabase.OPTIONS, BankingCalendar.danish());
  private final List<CaseJourney> cases = new ArrayList<>();
  private final List<LoanJourney> loans = new ArrayList<>();

  JdbcQueriesTest() throws SQLException {
    db = new ReadModelDatabase();
    queries = db.queries();
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    db.close();
  }

  private void project(StreamId stream, List<?> events) throws SQLException {
    for (Projection p : projections) {
      if (p.handles(stream)) {
        db.project(p, stream, events);
      }
    }
  }

  private static Participant participant(String id, String advisor) {
    Participant p = ProgrammeFixtures.participant(id, "Deltager " + id, BenefitType.CASH_BENEFIT);
    return Participant.builder().id(p.id()).cpr(p.cpr()).name(p.name()).benefit(p.benefit())
        .businessIdea(p.businessIdea()).advisor(AdvisorId.of(advisor)).build();
  }

  // --- cases -----------------------------------------------------------------------------------

  /** Nine cases in two municipalities, three advisors, two cohorts and several stages. */
  private void givenCases() throws SQLException {
    add("751-A", "adv-1", "751", Stage.REFERRED, "-");
    add("751-B", "adv-2", "751", Stage.CAFE_MEETINGS, "-");
    add("751-C", "adv-1", "751", Stage.COMPETENCE_DEVELOPMENT, "H-1");
    add("751-D", "adv-2", "751", Stage.COMPETENCE_DEVELOPMENT, "H-1");
    add("751-E", "adv-1", "751", Stage.FINAL_SEMINAR, "H-1");
    add("751-F", "adv-1", "751", Stage.COMPETENCE_DEVELOPMENT, "H-2");
    CaseJourney withdrawn = CaseJourney.refer("751-G", participant("P-751-G", "adv-2"), "751", LocalDate.of(2026, 1, 5))
        .advanceTo(Stage.COMPETENCE_DEVELOPMENT, "H-1").withdraw();
    cases.add(withdrawn);
    project(withdrawn.stream(), withdrawn.events());
    add("101-A", "adv-3", "101", Stage.REFERRED, "-");
    add("101-B", "adv-3", "101", Stage.COMPETENCE_DEVELOPMENT, "H-1");
  }

  private void add(String caseId, String advisor, String municipality, Stage stage, String cohort)
      throws SQLException {
    CaseJourney j = CaseJourney.refer(caseId, participant("P-" + caseId, advisor), municipality,
        LocalDate.of(2026, 1, 5)).advanceTo(stage, cohort);
    cases.add(j);
    project(j.stream(), j.events());
  }

  private static List<String> ids(List<CaseRow> rows) {
    return rows.stream().map(r -> r.caseId().value()).toList();
  }

  @Test
  void findsAMunicipalitysCasesInAStage() throws SQLException {
    givenCases();
    assertThat(ids(queries.casesByStage("751", Stage.COMPETENCE_DEVELOPMENT))).containsExactly("751-C", "751-D", "751-F");
    assertThat(ids(queries.casesByStage("101", Stage.COMPETENCE_DEVELOPMENT))).containsExactly("101-B");
    assertThat(ids(queries.casesByStage("751", Stage.WITHDRAWN))).containsExactly("751-G");
    assertThat(queries.casesByStage("751", Stage.CLOSED)).isEmpty();
    assertThat(queries.casesByStage("999", Stage.REFERRED)).isEmpty();
  }

  @Test
  void findsACohortsCasesInEveryStageOrInOne() throws SQLException {
    givenCases();
    assertThat(ids(queries.casesByCohort("751", "H-1", Optional.empty())))
        .containsExactly("751-C", "751-D", "751-E", "751-G");
    assertThat(ids(queries.casesByCohort("101", "H-1", Optional.empty()))).containsExactly("101-B");
    assertThat(ids(queries.casesByCohort("751", "H-1", Optional.of(Stage.COMPETENCE_DEVELOPMENT))))
        .containsExactly("751-C", "751-D");
    assertThat(ids(queries.casesByCohort("751", "H-1", Optional.of(Stage.FINAL_SEMINAR)))).containsExactly("751-E");
    assertThat(queries.casesByCohort("751", "H-9", Optional.empty())).isEmpty();
  }

  @Test
  void findsAnAdvisorsCases() throws SQLException {
    givenCases();
    Set<String> both = Set.of("751", "101");
    assertThat(ids(queries.casesByAdvisor(both, AdvisorId.of("adv-2")))).containsExactly("751-B", "751-D", "751-G");
    assertThat(ids(queries.casesByAdvisor(both, AdvisorId.of("adv-3")))).containsExactly("101-A", "101-B");
    assertThat(queries.casesByAdvisor(AARHUS, AdvisorId.of("adv-3"))).isEmpty();
    assertThat(queries.casesByAdvisor(both, AdvisorId.of("adv-9"))).isEmpty();
  }

  @Test
  void returnsRowsThatSayWhatTheCasesSay() throws SQLException {
    givenCases();
    List<CaseRow> all = new ArrayList<>();
    for (Stage s : Stage.values()) {
      all.addAll(queries.casesByStage("751", s));
      all.addAll(queries.casesByStage("101", s));
    }
    assertThat(all).hasSameSizeAs(cases);
    for (CaseJourney j : cases) {
      CaseRow row = all.stream().filter(r -> r.caseId().equals(j.caseId())).findFirst().orElseThrow();
      assertThat(row).usingRecursiveComparison().ignoringFields("lastPosition").isEqualTo(new CaseRow(
          j.caseId(), j.state().municipalityCode(), j.state().stage(), j.state().cohortId(),
          j.state().participant().get().advisor(), j.state().participantId().get(),
          j.state().events().get(0).date(), 0));
      assertThat(row.lastPosition()).isPositive();
    }
  }

  // --- loans -----------------------------------------------------------------------------------

  /**
   * Loans L-0 to L-6 paid k of their twelve instalments on time and then stopped; one paid
   * half an instalment; one was written off; one paid out in part and never closed; one paid out
   * nothing. Every event is dated before 10 June 2026.
   */
  private void givenLoans() throws SQLException {
    for (int k = 0; k <= 6; k++) {
      LoanJourney j = LoanJourney.open("L-" + k, 1_000, 12, OPENED, FIRST_DUE).disburseAll(OPENED);
      for (int paid = 0; paid < k; paid++) {
        j.payNextInstalmentWhenDue();
      }
      loans.add(j);
    }
    loans.add(LoanJourney.open("L-half", 1_000, 12, OPENED, FIRST_DUE).disburseAll(OPENED)
        .pay(DkkAmount.ofKroner(500), FIRST_DUE));
    loans.add(LoanJourney.open("L-written-off", 1_000, 12, OPENED, FIRST_DUE).disburseAll(OPENED)
        .does(new LoanCommand.WriteOff(Optional.empty(), LocalDate.of(2026, 3, 2), "bankruptcy", "head-1")));
    loans.add(LoanJourney.open("L-part-paid-out", 1_000, 12, OPENED, LocalDate.of(2026, 2, 2))
        .disburse(DkkAmount.ofKroner(3_000), LocalDate.of(2025, 12, 10)));
    loans.add(LoanJourney.open("L-nothing-paid-out", 1_000, 12, OPENED, FIRST_DUE));
    for (LoanJourney j : loans) {
      project(j.stream(), j.events());
    }
  }

  private List<ArrearsRow> expectedArrears(LocalDate asOf) {
    List<ArrearsRow> rows = new ArrayList<>();
    for (LoanJourney j : loans) {
      Arrears a = j.account().arrears(asOf);
      if (a.bucket() != ArrearsBucket.NONE) {
        rows.add(new ArrearsRow(j.ref(), a.overdue(), a.daysPastDue(), a.bucket()));
      }
    }
    rows.sort(Comparator.comparingLong(ArrearsRow::daysPastDue).reversed()
        .thenComparing(r -> r.ref().caseId().value()));
    return rows;
  }

  @Test
  void listsTheLoansInArrearsAsTheAccountsComputeThem() throws SQLException {
    givenLoans();
    for (LocalDate asOf : List.of(LocalDate.of(2026, 6, 10), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 15),
        LocalDate.of(2027, 1, 4), LocalDate.of(2028, 3, 1))) {
      List<ArrearsRow> expected = expectedArrears(asOf);
      assertThat(queries.loansInArrears(AARHUS, asOf)).as("arrears on %s", asOf).containsExactlyElementsOf(expected);
    }
    assertThat(queries.loansInArrears(AARHUS, LocalDate.of(2026, 7, 1)))
        .extracting(ArrearsRow::bucket)
        .contains(ArrearsBucket.DAYS_1_30, ArrearsBucket.DAYS_31_60, ArrearsBucket.DAYS_61_90,
            ArrearsBucket.DAYS_90_PLUS);
  }

  @Test
  void countsTheLoansInArrearsByBucketAsTheAccountsDo() throws SQLException {
    givenLoans();
    for (LocalDate asOf : List.of(LocalDate.of(2026, 6, 10), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30),
        LocalDate.of(2027, 6, 1))) {
      Map<ArrearsBucket, Long> expected = new EnumMap<>(ArrearsBucket.class);
      for (ArrearsBucket b : ArrearsBucket.values()) {
        if (b != ArrearsBucket.NONE) {
          expected.put(b, 0L);
        }
      }
      for (ArrearsRow r : expectedArrears(asOf)) {
        expected.merge(r.bucket(), 1L, Long::sum);
      }
      assertThat(queries.arrearsSummary(AARHUS, asOf)).as("summary on %s", asOf).isEqualTo(expected);
    }
  }

  @Test
  void neverCountsALoanNothingWasPaidOutOfOrOneWrittenOff() throws SQLException {
    givenLoans();
    assertThat(queries.loansInArrears(AARHUS, LocalDate.of(2027, 6, 1))).extracting(r -> r.ref().caseId().value())
        .doesNotContain("L-nothing-paid-out", "L-written-off")
        .contains("L-part-paid-out", "L-half");
  }

  @Test
  void readsALoanAsItStoodOnItsLatestEvent() throws SQLException {
    givenLoans();
    LoanJourney j = loans.get(3);
    LocalDate asOf = j.events().get(j.events().size() - 1).date();
    LoanRow row = queries.loanRow(j.ref()).orElseThrow();
    assertThat(row.status()).isEqualTo(LoanStatus.ACTIVE);
    assertThat(row.disbursed()).isEqualTo(DkkAmount.ofKroner(12_000));
    assertThat(row.outstanding()).isEqualTo(j.account().balances(asOf).outstanding()).isEqualTo(DkkAmount.ofKroner(9_000));
    assertThat(row.writtenOff()).isEqualTo(DkkAmount.ZERO);
    assertThat(row.nextDueDate()).isEqualTo(Optional.of(j.account().nextDue(asOf).get().dueDate()));
    assertThat(queries.loanRow(CaseRef.of("751", "no-such-case"))).isEmpty();
    assertThat(queries.loanRow(CaseRef.of("751", "L-written-off")).orElseThrow())
        .extracting(LoanRow::status, LoanRow::nextDueDate)
        .containsExactly(LoanStatus.WRITTEN_OFF, Optional.empty());
  }

  // --- bucket boundaries -------------------------------------------------------------------------

  private void givenOneUnpaidInstalmentDueOnDue() throws SQLException {
    LoanJourney j = LoanJourney.open("B-1", 1_000, 1, LocalDate.of(2026, 1, 2), DUE).disburseAll(LocalDate.of(2026, 1, 2));
    project(j.stream(), j.events());
  }

  @Test
  void placesEachBoundaryDayInTheBucketArrearsBucketOfGivesIt() throws SQLException {
    givenOneUnpaidInstalmentDueOnDue();
    for (int days : new int[] {0, 1, 30, 31, 60, 61, 90, 91, 400}) {
      LocalDate asOf = DUE.plusDays(days);
      ArrearsBucket bucket = ArrearsBucket.of(days);
      Map<ArrearsBucket, Long> summary = queries.arrearsSummary(AARHUS, asOf);
      List<ArrearsRow> rows = queries.loansInArrears(AARHUS, asOf);
      if (bucket == ArrearsBucket.NONE) {
        assertThat(rows).isEmpty();
        assertThat(summary.values()).as("%d days", days).containsOnly(0L);
      } else {
        assertThat(rows).singleElement().isEqualTo(
            new ArrearsRow(CaseRef.of("751", "B-1"), DkkAmount.ofKroner(1_000), days, bucket));
        assertThat(summary.get(bucket)).as("%d days", days).isOne();
        assertThat(summary.values().stream().mapToLong(Long::longValue).sum()).isOne();
      }
    }
  }

  @Test
  void leavesNoneOutOfTheSummary() {
    assertThat(queries.arrearsSummary(AARHUS, DUE).keySet()).containsExactly(
        ArrearsBucket.DAYS_1_30, ArrearsBucket.DAYS_31_60, ArrearsBucket.DAYS_61_90, ArrearsBucket.DAYS_90_PLUS);
  }
}
