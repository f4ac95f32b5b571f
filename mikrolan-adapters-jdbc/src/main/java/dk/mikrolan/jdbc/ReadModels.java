package dk.mikrolan.jdbc;

import dk.mikrolan.calendar.BankingCalendar;
import java.util.List;
import java.util.Objects;

/**
 * The read models mikrolan keeps beside its events: cases by municipality, stage, cohort and
 * advisor ({@code rm_cases}), and loans with their balances, next due date and unpaid
 * instalments ({@code rm_loans}, {@code rm_loan_instalments}). Hand the list to {@link
 * JdbcEventStore} and it updates them in the same transaction as the events; {@link JdbcQueries}
 * reads them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReadModels {

  private ReadModels() {}

  /**
   * Obtains the projections of cases and loans, with the Danish banking calendar for due dates.
   *
   * @param options the table prefix, not null
   * @return the projections, never null
   */
  public static List<Projection> projections(JdbcOptions options) {
    return projections(options, BankingCalendar.danish());
  }

  /**
   * Obtains the projections of cases and loans.
   *
   * @param options the table prefix, not null
   * @param calendar the banking calendar the loan accounts' due dates follow (the one the host
   *     replays its accounts with), not null
   * @return the projections, never null
   */
  public static List<Projection> projections(JdbcOptions options, BankingCalendar calendar) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(calendar, "calendar");
    return List.of(new CaseProjection(options), new LoanProjection(options, calendar));
  }
}
