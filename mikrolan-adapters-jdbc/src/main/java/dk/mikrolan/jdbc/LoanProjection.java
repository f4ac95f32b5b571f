package dk.mikrolan.jdbc;

import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.loan.LoanAccount;
import dk.mikrolan.loan.LoanBalances;
import dk.mikrolan.loan.LoanEvent;
import dk.mikrolan.loan.ScheduledInstalment;
import dk.mikrolan.port.StreamId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Keeps {@code rm_loans} and {@code rm_loan_instalments} in step with the loan streams ({@code
 * loan/<kommunekode>:<id>}, the same id as the case): status, disbursed, outstanding (restgæld) and written-off
 * amounts and the next due date as of the stream's latest event date, and every instalment still
 * unpaid, from which the arrears (restance) of any later date follow in one query.
 *
 * <p>The unpaid instalments are the account's {@link LoanAccount#instalmentsStillDue(LocalDate)}:
 * for every date on or after the latest event, those due before it are exactly the ones {@link
 * LoanAccount#arrears(LocalDate)} counts — also for a loan whose payout was never closed, which the
 * account itself closes on its own terms. The projection only stores what the account answers.
 *
 * <p>The loan's row is updated, and inserted when the update finds none: the update always changes
 * {@code last_position}, which grows with every append, so it reports the row on MariaDB too (see
 * {@link CaseProjection}). The instalment rows are compared with those stored and only the ones
 * that differ are written: a payment usually settles or reduces one instalment, and rewriting
 * every unpaid instalment of the loan took most of an append's time. Plain statements only, so the
 * same SQL runs on H2, PostgreSQL and MariaDB.
 */
final class LoanProjection implements Projection {

  /** The stream type of {@link dk.mikrolan.programme.ProgrammeStreams#loanStream}. */
  static final String STREAM_TYPE = "loan";

  private final BankingCalendar calendar;
  private final String updateLoan;
  private final String insertLoan;
  private final String selectInstalments;
  private final String deleteInstalment;
  private final String updateInstalment;
  private final String insertInstalment;

  LoanProjection(JdbcOptions options) {
    this(options, BankingCalendar.danish());
  }

  LoanProjection(JdbcOptions options, BankingCalendar calendar) {
    Objects.requireNonNull(options, "options");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    String loans = options.table("rm_loans");
    String instalments = options.table("rm_loan_instalments");
    this.updateLoan = "UPDATE " + loans + " SET status = ?, disbursed_ore = ?, outstanding_ore = ?,"
        + " written_off_ore = ?, next_due_date = ?, last_position = ? WHERE municipality_code = ? AND case_id = ?";
    this.insertLoan = "INSERT INTO " + loans + " (status, disbursed_ore, outstanding_ore, written_off_ore,"
        + " next_due_date, last_position, municipality_code, case_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    String key = " WHERE municipality_code = ? AND case_id = ?";
    this.selectInstalments = "SELECT instalment_no, due_date, remaining_ore FROM " + instalments + key;
    this.deleteInstalment = "DELETE FROM " + instalments + key + " AND instalment_no = ?";
    this.updateInstalment = "UPDATE " + instalments + " SET due_date = ?, remaining_ore = ?" + key
        + " AND instalment_no = ?";
    this.insertInstalment = "INSERT INTO " + instalments + " (municipality_code, case_id, instalment_no, due_date,"
        + " remaining_ore) VALUES (?, ?, ?, ?, ?)";
  }

  @Override
  public boolean handles(StreamId stream) {
    return STREAM_TYPE.equals(stream.type());
  }

  @Override
  public Write prepare(Connection connection, StreamId stream, List<Object> events) throws SQLException {
    List<LoanEvent> loanEvents = loanEvents(stream, events);
    LoanAccount account = LoanAccount.replay(calendar, loanEvents);
    if (account.terms().isEmpty()) {
      throw new IllegalStateException("Loan stream " + stream + " is NOT_OPENED");
    }
    LocalDate asOf = latestDate(loanEvents);
    LoanBalances balances = account.balances(asOf);
    CaseRef ref = CaseRef.parse(stream.id());
    String caseId = ref.caseId().value();
    String municipality = ref.municipalityCode();

    String status = account.status(asOf).name();
    Optional<LocalDate> nextDue = account.nextDue(asOf).map(ScheduledInstalment::dueDate);
    Write instalments = instalmentWrites(connection, municipality, caseId, account.instalmentsStillDue(asOf));
    return (c, lastPosition) -> {
      writeLoan(c, municipality, caseId, status, balances, nextDue, lastPosition);
      instalments.write(c, lastPosition);
    };
  }

  private void writeLoan(Connection connection, String municipality, String caseId, String status,
      LoanBalances balances, Optional<LocalDate> nextDue, long lastPosition) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(updateLoan)) {
      setLoan(update, municipality, caseId, status, balances, nextDue, lastPosition);
      if (update.executeUpdate() == 1) {
        return;
      }
    }
    try (PreparedStatement insert = connection.prepareStatement(insertLoan)) {
      setLoan(insert, municipality, caseId, status, balances, nextDue, lastPosition);
      insert.executeUpdate();
    }
  }

  // The update's and the insert's parameters are in the same order.
  private static void setLoan(PreparedStatement s, String municipality, String caseId, String status,
      LoanBalances balances, Optional<LocalDate> nextDue, long lastPosition) throws SQLException {
    s.setString(1, status);
    s.setLong(2, balances.disbursed().ore());
    s.setLong(3, balances.outstanding().ore());
    s.setLong(4, balances.writtenOff().ore());
    if (nextDue.isPresent()) {
      s.setObject(5, nextDue.get());
    } else {
      s.setNull(5, Types.DATE);
    }
    s.setLong(6, lastPosition);
    s.setString(7, municipality);
    s.setString(8, caseId);
  }

  /** A stored instalment row: its due date and what remains of it. */
  private record StoredInstalment(LocalDate dueDate, long remainingOre) {}

  /** Compares the instalments still due with the stored rows; the write changes those that differ. */
  private Write instalmentWrites(Connection connection, String municipality, String caseId,
      List<ScheduledInstalment> stillDue) throws SQLException {
    Map<Integer, StoredInstalment> stored = new HashMap<>();
    try (PreparedStatement select = connection.prepareStatement(selectInstalments)) {
      select.setString(1, municipality);
      select.setString(2, caseId);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          stored.put(rs.getInt(1), new StoredInstalment(rs.getObject(2, LocalDate.class), rs.getLong(3)));
        }
      }
    }
    List<ScheduledInstalment> changed = new ArrayList<>();
    List<ScheduledInstalment> added = new ArrayList<>();
    for (ScheduledInstalment i : stillDue) {
      StoredInstalment row = stored.remove(i.number());
      if (row == null) {
        added.add(i);
      } else if (!row.equals(new StoredInstalment(i.dueDate(), i.remaining().ore()))) {
        changed.add(i);
      }
    }
    // What is left of the stored rows is no longer due: paid, written off or rescheduled away.
    List<Integer> gone = List.copyOf(new TreeSet<>(stored.keySet()));
    return (c, lastPosition) -> writeInstalments(c, municipality, caseId, gone, changed, added);
  }

  private void writeInstalments(Connection connection, String municipality, String caseId, List<Integer> gone,
      List<ScheduledInstalment> changed, List<ScheduledInstalment> added) throws SQLException {
    if (!gone.isEmpty()) {
      try (PreparedStatement delete = connection.prepareStatement(deleteInstalment)) {
        for (int number : gone) {
          delete.setString(1, municipality);
          delete.setString(2, caseId);
          delete.setInt(3, number);
          delete.addBatch();
        }
        delete.executeBatch();
      }
    }
    if (!changed.isEmpty()) {
      try (PreparedStatement update = connection.prepareStatement(updateInstalment)) {
        for (ScheduledInstalment i : changed) {
          update.setObject(1, i.dueDate());
          update.setLong(2, i.remaining().ore());
          update.setString(3, municipality);
          update.setString(4, caseId);
          update.setInt(5, i.number());
          update.addBatch();
        }
        update.executeBatch();
      }
    }
    if (!added.isEmpty()) {
      try (PreparedStatement insert = connection.prepareStatement(insertInstalment)) {
        for (ScheduledInstalment i : added) {
          insert.setString(1, municipality);
          insert.setString(2, caseId);
          insert.setInt(3, i.number());
          insert.setObject(4, i.dueDate());
          insert.setLong(5, i.remaining().ore());
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }
  }

  private static List<LoanEvent> loanEvents(StreamId stream, List<Object> events) {
    List<LoanEvent> result = new ArrayList<>(events.size());
    for (Object e : events) {
      if (!(e instanceof LoanEvent l)) {
        throw new IllegalStateException("Loan stream " + stream + " holds a " + e.getClass().getName());
      }
      result.add(l);
    }
    return result;
  }

  /** The account's own notion of "now": the latest business date among its events. */
  private static LocalDate latestDate(List<LoanEvent> events) {
    LocalDate latest = events.get(0).date();
    for (LoanEvent e : events) {
      if (e.date().isAfter(latest)) {
        latest = e.date();
      }
    }
    return latest;
  }
}
