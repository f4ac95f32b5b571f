package dk.mikrolan.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.identity.CaseId;
import dk.mikrolan.loan.LoanAccount;
import dk.mikrolan.loan.LoanCommand;
import dk.mikrolan.loan.LoanEvent;
import dk.mikrolan.loan.LoanStatus;
import dk.mikrolan.loan.ScheduledInstalment;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.schedule.RoundingUnit;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.programme.CaseEvent;
import dk.mikrolan.programme.ProgrammeStreams;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoanProjectionTest {

  private static final LocalDate OPENED = LocalDate.of(2026, 1, 15);
  private static final LocalDate FIRST_DUE = LocalDate.of(2026, 3, 2);

  private final ReadModelDatabase db;
  private final LoanProjection projection = new LoanProjection(ReadModelDatabase.OPTIONS);

  LoanProjectionTest() throws SQLException {
    db = new ReadModelDatabase();
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    db.close();
  }

  /** Twelve monthly instalments of DKK 1,000. */
  private static LoanJourney loan() {
    return LoanJourney.open("AAR-2026-0042", 1_000, 12, OPENED, FIRST_DUE);
  }

  @Test
  void rowsFollowTheAccountThroughPayoutPaymentsReversalAndWriteOff() throws SQLException {
    LoanJourney j = loan();
    projectAndCompare(j);
    j.disburse(DkkAmount.ofKroner(4_000), LocalDate.of(2026, 1, 20));
    projectAndCompare(j);
    j.disburse(DkkAmount.ofKroner(8_000), LocalDate.of(2026, 2, 3));
    projectAndCompare(j);
    j.payNextInstalmentWhenDue();
    projectAndCompare(j);
    j.pay(DkkAmount.ofKroner(400), LocalDate.of(2026, 4, 1));
    projectAndCompare(j);
    // Due 2 April 2026 nominally; Maundy Thursday to Easter Monday are closed, so the 7th.
    assertThat(instalments(j.caseId()).get(0)).containsExactly(2, LocalDate.of(2026, 4, 7), 60_000L);
    j.does(new LoanCommand.ReversePayment(j.lastPaymentId(), LocalDate.of(2026, 4, 8), "returned by the bank"));
    projectAndCompare(j);
    assertThat(instalments(j.caseId()).get(0)).containsExactly(2, LocalDate.of(2026, 4, 7), 100_000L);
    j.does(new LoanCommand.WriteOff(Optional.of(DkkAmount.ofKroner(2_000)), LocalDate.of(2026, 5, 4), "hardship",
        "head-1"));
    projectAndCompare(j);
    j.does(new LoanCommand.WriteOff(Optional.empty(), LocalDate.of(2026, 6, 1), "bankruptcy", "head-1"));
    projectAndCompare(j);
    assertThat(loan(j.caseId()).get(1)).isEqualTo(LoanStatus.WRITTEN_OFF.name());
    assertThat(instalments(j.caseId())).isEmpty();
  }

  @Test
  void rowsFollowTheAccountThroughADeferralAndReschedulesToFewerAndMoreInstalments() throws SQLException {
    LoanJourney j = loan().disburseAll(OPENED);
    projectAndCompare(j);
    j.payNextInstalmentWhenDue();
    projectAndCompare(j);
    assertThat(instalments(j.caseId())).hasSize(11);
    // Two periods' deferral moves every unpaid due date: each stored row is updated in place.
    j.does(new LoanCommand.Defer(2, LocalDate.of(2026, 3, 20), "illness", "head-1"));
    projectAndCompare(j);
    assertThat(instalments(j.caseId())).hasSize(11);
    j.does(new LoanCommand.Reschedule(LocalDate.of(2026, 7, 1), Frequency.MONTHLY, RepaymentPlan.byCount(3),
        RoundingUnit.ORE, LocalDate.of(2026, 4, 1), "higher income", "head-1"));
    projectAndCompare(j);
    assertThat(instalments(j.caseId())).hasSize(3);
    j.does(new LoanCommand.Reschedule(LocalDate.of(2026, 8, 3), Frequency.MONTHLY, RepaymentPlan.byCount(20),
        RoundingUnit.ORE, LocalDate.of(2026, 5, 4), "lower income", "head-1"));
    projectAndCompare(j);
    assertThat(instalments(j.caseId())).hasSize(20);
    assertThat(instalments(j.caseId()).stream().mapToLong(r -> (Long) r.get(2)).sum()).isEqualTo(1_100_000L);
  }

  @Test
  void rowsThatDriftedFromTheAccountAreMendedByTheNextAppend() throws SQLException {
    LoanJourney j = loan().disburseAll(OPENED);
    projectAndCompare(j);
    String table = ReadModelDatabase.OPTIONS.table("rm_loan_instalments");
    try (Connection c = db.dataSource().getConnection()) {
      try (PreparedStatement s = c.prepareStatement("UPDATE " + table + " SET remaining_ore = 1 WHERE instalment_no = 4")) {
        s.executeUpdate();
      }
      try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE instalment_no = 7")) {
        s.executeUpdate();
      }
      try (PreparedStatement s = c.prepareStatement("INSERT INTO " + table
          + " (municipality_code, case_id, instalment_no, due_date, remaining_ore) VALUES (?, ?, 99, ?, 5)")) {
        s.setString(1, "751");
        s.setString(2, j.caseId().value());
        s.setObject(3, LocalDate.of(2030, 1, 2));
        s.executeUpdate();
      }
    }
    j.payNextInstalmentWhenDue();
    projectAndCompare(j);
    assertThat(instalments(j.caseId())).hasSize(11);
  }

  @Test
  void storesNoInstalmentOnceTheLoanIsRepaid() throws SQLException {
    LoanJourney j = loan().disburseAll(OPENED);
    for (int i = 0; i < 12; i++) {
      j.payNextInstalmentWhenDue();
    }
    projectAndCompare(j);
    assertThat(loan(j.caseId()).get(1)).isEqualTo(LoanStatus.REPAID.name());
    assertThat(loan(j.caseId()).get(5)).isNull();
    assertThat(instalments(j.caseId())).isEmpty();
  }

  @Test
  void storesTheScheduleOfWhatWasPaidOutWhenPayoutWasNeverClosed() throws SQLException {
    LoanJourney j = loan().disburse(DkkAmount.ofKroner(3_000), LocalDate.of(2026, 1, 20));
    projectAndCompare(j);
    // On its first due date the account cancels what was not paid out: DKK 3,000 is what is owed.
    assertThat(instalments(j.caseId()).stream().mapToLong(r -> (Long) r.get(2)).sum()).isEqualTo(300_000L);
    for (LocalDate asOf : List.of(FIRST_DUE.plusDays(1), LocalDate.of(2026, 8, 15), LocalDate.of(2027, 6, 1))) {
      assertThat(arrearsFromRows(j.caseId(), asOf)).as("arrears on %s", asOf)
          .isEqualTo(List.of(j.account().arrears(asOf).overdue().ore(), j.account().arrears(asOf).daysPastDue()));
    }
  }

  @Test
  void storesNoInstalmentForALoanNothingWasPaidOutOf() throws SQLException {
    LoanJourney j = loan();
    projectAndCompare(j);
    assertThat(loan(j.caseId()).get(1)).isEqualTo(LoanStatus.AWAITING_DISBURSEMENT.name());
    assertThat(instalments(j.caseId())).isEmpty();
  }

  @Test
  void usesTheCalendarItIsGiven() throws SQLException {
    // 2 March 2026 is a Monday; as a closing day in this calendar the instalment falls due on the 3rd.
    BankingCalendar closedOnTheSecond = BankingCalendar.builder().addClosingDay(FIRST_DUE).build();
    LoanProjection withCalendar = new LoanProjection(ReadModelDatabase.OPTIONS, closedOnTheSecond);
    LoanJourney j = loan().disburseAll(OPENED);
    db.project(withCalendar, j.stream(), j.events());
    assertThat(instalments(j.caseId()).get(0)).containsExactly(1, LocalDate.of(2026, 3, 3), 100_000L);
  }

  @Test
  void handlesLoanStreamsOnly() {
    CaseId id = CaseId.of("AAR-2026-0042");
    assertThat(projection.handles(ProgrammeStreams.loanStream(dk.mikrolan.identity.CaseRef.of("751", id)))).isTrue();
    assertThat(projection.handles(ProgrammeStreams.caseStream(dk.mikrolan.identity.CaseRef.of("751", id)))).isFalse();
  }

  @Test
  void rejectsAStreamOfAnotherAggregateNamingIt() {
    List<Object> caseEvents = List.of(new CaseEvent.ScreeningStarted(OPENED, "cw-1"));
    assertThatThrownBy(() -> db.project(projection, ProgrammeStreams.loanStream(dk.mikrolan.identity.CaseRef.of("751", CaseId.of("X-1"))), caseEvents))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("loan/751:X-1")
        .hasMessageContaining("ScreeningStarted");
  }

  @Test
  void rejectsALoanStreamThatWasNeverOpened() {
    List<Object> notOpened = List.of(new LoanEvent.DisbursementClosed(OPENED));
    assertThatThrownBy(() -> db.project(projection, ProgrammeStreams.loanStream(dk.mikrolan.identity.CaseRef.of("751", CaseId.of("X-1"))), notOpened))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("NOT_OPENED");
  }

  /** Projects the journey's events and checks that the rows say what the account says. */
  private void projectAndCompare(LoanJourney j) throws SQLException {
    long position = db.project(projection, j.stream(), j.events());
    LoanAccount account = j.account();
    LocalDate asOf = j.events().stream().map(LoanEvent::date).max(LocalDate::compareTo).orElseThrow();
    assertThat(loan(j.caseId())).containsExactly(
        j.caseId().value(),
        account.status(asOf).name(),
        account.balances(asOf).disbursed().ore(),
        account.balances(asOf).outstanding().ore(),
        account.balances(asOf).writtenOff().ore(),
        account.nextDue(asOf).map(ScheduledInstalment::dueDate).orElse(null),
        position);
    LocalDate scheduleDate = asOf.isBefore(FIRST_DUE) ? FIRST_DUE : asOf;
    List<List<Object>> unsettled = new ArrayList<>();
    for (ScheduledInstalment i : account.instalments(scheduleDate)) {
      if (!i.isSettled()) {
        unsettled.add(List.of(i.number(), i.dueDate(), i.remaining().ore()));
      }
    }
    assertThat(instalments(j.caseId())).isEqualTo(unsettled);
  }

  private List<Object> loan(CaseId caseId) throws SQLException {
    String sql = "SELECT case_id, status, disbursed_ore, outstanding_ore, written_off_ore, next_due_date, last_position"
        + " FROM " + ReadModelDatabase.OPTIONS.table("rm_loans") + " WHERE case_id = ?";
    try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, caseId.value());
      try (ResultSet rs = s.executeQuery()) {
        assertThat(rs.next()).as("row of %s", caseId).isTrue();
        Object[] row = {rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
            rs.getObject(6, LocalDate.class), rs.getLong(7)};
        assertThat(rs.next()).isFalse();
        return Arrays.asList(row);
      }
    }
  }

  private List<List<Object>> instalments(CaseId caseId) throws SQLException {
    String sql = "SELECT instalment_no, due_date, remaining_ore FROM "
        + ReadModelDatabase.OPTIONS.table("rm_loan_instalments") + " WHERE case_id = ? ORDER BY instalment_no";
    List<List<Object>> rows = new ArrayList<>();
    try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, caseId.value());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          rows.add(List.of(rs.getInt(1), rs.getObject(2, LocalDate.class), rs.getLong(3)));
        }
      }
    }
    return rows;
  }

  /** The overdue øre and days past due on a date, from the stored rows alone. */
  private List<Long> arrearsFromRows(CaseId caseId, LocalDate asOf) throws SQLException {
    long overdue = 0;
    LocalDate oldest = null;
    for (List<Object> row : instalments(caseId)) {
      LocalDate due = (LocalDate) row.get(1);
      if (due.isBefore(asOf)) {
        overdue += (Long) row.get(2);
        oldest = oldest == null || due.isBefore(oldest) ? due : oldest;
      }
    }
    return List.of(overdue, oldest == null ? 0L : asOf.toEpochDay() - oldest.toEpochDay());
  }
}
