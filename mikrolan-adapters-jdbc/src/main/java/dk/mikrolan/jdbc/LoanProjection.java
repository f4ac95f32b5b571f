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
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
 * <p>Rows are replaced (delete, then insert), which runs unchanged on H2, PostgreSQL and MariaDB;
 * see {@link CaseProjection} for why not an update.
 */
final class LoanProjection implements Projection {

  /** The stream type of {@link dk.mikrolan.programme.ProgrammeStreams#loanStream}. */
  static final String STREAM_TYPE = "loan";

  private final BankingCalendar calendar;
  private final String deleteLoan;
  private final String insertLoan;
  private final String deleteInstalments;
  private final String insertInstalment;

  LoanProjection(JdbcOptions options) {
    this(options, BankingCalendar.danish());
  }

  LoanProjection(JdbcOptions options, BankingCalendar calendar) {
    Objects.requireNonNull(options, "options");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    String loans = options.table("rm_loans");
    String instalments = options.table("rm_loan_instalments");
    this.deleteLoan = "DELETE FROM " + loans + " WHERE municipality_code = ? AND case_id = ?";
    this.insertLoan = "INSERT INTO " + loans + " (case_id, status, disbursed_ore, outstanding_ore, written_off_ore,"
        + " next_due_date, last_position, municipality_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    this.deleteInstalments = "DELETE FROM " + instalments + " WHERE municipality_code = ? AND case_id = ?";
    this.insertInstalment = "INSERT INTO " + instalments + " (case_id, instalment_no, due_date, remaining_ore,"
        + " municipality_code) VALUES (?, ?, ?, ?, ?)";
  }

  @Override
  public boolean handles(StreamId stream) {
    return STREAM_TYPE.equals(stream.type());
  }

  @Override
  public void project(Connection connection, StreamId stream, List<Object> events, long lastPosition)
      throws SQLException {
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

    try (PreparedStatement d = connection.prepareStatement(deleteLoan)) {
      d.setString(1, municipality);
      d.setString(2, caseId);
      d.executeUpdate();
    }
    try (PreparedStatement s = connection.prepareStatement(insertLoan)) {
      s.setString(1, caseId);
      s.setString(2, account.status(asOf).name());
      s.setLong(3, balances.disbursed().ore());
      s.setLong(4, balances.outstanding().ore());
      s.setLong(5, balances.writtenOff().ore());
      if (account.nextDue(asOf).isPresent()) {
        s.setObject(6, account.nextDue(asOf).get().dueDate());
      } else {
        s.setNull(6, Types.DATE);
      }
      s.setLong(7, lastPosition);
      s.setString(8, municipality);
      s.executeUpdate();
    }
    try (PreparedStatement d = connection.prepareStatement(deleteInstalments)) {
      d.setString(1, municipality);
      d.setString(2, caseId);
      d.executeUpdate();
    }
    boolean any = false;
    try (PreparedStatement s = connection.prepareStatement(insertInstalment)) {
      for (ScheduledInstalment i : account.instalmentsStillDue(asOf)) {
        s.setString(1, caseId);
        s.setInt(2, i.number());
        s.setObject(3, i.dueDate());
        s.setLong(4, i.remaining().ore());
        s.setString(5, municipality);
        s.addBatch();
        any = true;
      }
      if (any) {
        s.executeBatch();
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
