package dk.mikrolan.loan;

import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.LoanPolicy;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.rules.Refusal;
import dk.mikrolan.schedule.RepaymentTerms;
import io.vavr.Lazy;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * A loan account after the grant: the fold of its {@link LoanEvent}s.
 *
 * <p>{@link #decide(LoanCommand, PolicyVersions)} answers a command with new events or a {@link
 * Refusal} naming the status and every reason; {@link #evolve(LoanEvent)} applies an event and
 * never refuses (events are facts). Dates are inputs: nothing here reads a clock.
 *
 * <p>The rules the account keeps:
 *
 * <ul>
 *   <li>Payout in one or several tranches up to the granted principal, each before the first due
 *       date. The schedule is on the granted principal; when payout closes — by command, or on the
 *       first command dated on or after the first due date — what was not paid out is cancelled
 *       and the schedule is recomputed on what was.
 *   <li>A payment settles unpaid instalments in due-date order up to and including the next one
 *       due on or after its value date. Only the excess is a prepayment: by default it shortens
 *       the term (taken from the last instalments); {@link PrepaymentHandling#REDUCE_INSTALMENTS}
 *       lowers the remaining instalments instead. Beyond every instalment it is an overpayment.
 *   <li>A reversal leaves the original payment in the history and makes the account exactly as if
 *       the payment had never been posted; a write-off of the rest and a reschedule of the
 *       balance are intents, re-applied on replay.
 *   <li>Days past due count from the banking-day due date; arrears buckets are 1–30, 31–60, 61–90
 *       and 90+ days.
 * </ul>
 *
 * <p>"As of" means as of: every query that takes a date answers from the events dated on or
 * before it, exactly as the same query on the history cut at that date would. A payment reversed
 * after the date still counts on it; a deferral granted after it has not moved anything yet;
 * before the opening date the account is {@link LoanStatus#NOT_OPENED}. Payout counts as closed
 * from the first due date whatever the events say. {@link #terms()}, {@link #events()} and {@link
 * #version()} describe the whole stream.
 *
 * <p>Loading an account from n events costs O(n): {@link #evolve(LoanEvent)} is constant time
 * and the balances are computed once, lazily, in one pass over the events and instalments. A
 * query dated before the latest event replays the events up to its date, also O(n), and the
 * account keeps that cut for the next query on the same cut.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LoanAccount {

  /** The account as it stood on a date before the latest event, and how many events it kept. */
  private record Cut(int events, LoanAccount account) {}

  private final BankingCalendar calendar;
  private final LoanHistory history;
  private final Lazy<Ledger> ledger;
  private final Lazy<Ledger> ledgerWithPayoutClosed;
  /** The last cut asked for: a memo that changes no answer, so a race only costs a recomputation. */
  private volatile @Nullable Cut lastCut;

  private LoanAccount(BankingCalendar calendar, LoanHistory history) {
    this.calendar = calendar;
    this.history = history;
    this.ledger = Lazy.of(() -> computeLedger(false));
    this.ledgerWithPayoutClosed = Lazy.of(() -> computeLedger(true));
  }

  /**
   * Returns the state before any event.
   *
   * @param calendar the banking calendar for due dates, not null
   * @return the empty account, never null
   */
  public static LoanAccount empty(BankingCalendar calendar) {
    return new LoanAccount(Objects.requireNonNull(calendar, "calendar"), LoanHistory.EMPTY);
  }

  /**
   * Loads an account from its events, in O(n).
   *
   * @param calendar the banking calendar, not null
   * @param events the events in order, not null
   * @return the account, never null
   */
  public static LoanAccount replay(BankingCalendar calendar, Iterable<? extends LoanEvent> events) {
    Objects.requireNonNull(calendar, "calendar");
    return new LoanAccount(calendar, LoanHistory.of(Objects.requireNonNull(events, "events")));
  }

  /**
   * Returns the account with one more event applied. Never refuses: events are facts.
   *
   * @param event the event, not null
   * @return the new state, never null
   */
  public LoanAccount evolve(LoanEvent event) {
    return new LoanAccount(calendar, history.append(Objects.requireNonNull(event, "event")));
  }

  /**
   * Applies events in order, as {@link #evolve} one at a time.
   *
   * @param events the events, not null
   * @return the new state, never null
   */
  public LoanAccount evolveAll(Iterable<? extends LoanEvent> events) {
    LoanAccount a = this;
    for (LoanEvent e : events) {
      a = a.evolve(e);
    }
    return a;
  }

  /**
   * Decides a command: the events it causes, or a refusal naming the status and every reason.
   *
   * @param command the command, not null
   * @param policies the loan policy versions (for reschedule limits), not null
   * @return the new events, unmodifiable, or the refusal, never null
   */
  public Either<Refusal, java.util.List<LoanEvent>> decide(LoanCommand command, PolicyVersions<LoanPolicy> policies) {
    return LoanDecider.decide(this, command, policies).map(List::asJava);
  }

  private Ledger computeLedger(boolean forceClose) {
    LoanEvent.Opened opened = Objects.requireNonNull(history.opened(), "opened");
    return Ledger.compute(calendar, opened.terms(), history.effective(), forceClose);
  }

  /**
   * The account as it stood on a date: the fold of the events dated on or before it, in their
   * order. The usual query, on or after the latest event, is this account itself.
   */
  private LoanAccount cutAt(LocalDate date) {
    if (!history.hasEventAfter(date)) {
      return this;
    }
    // The events kept only grow with the date, so their number names the cut.
    int count = history.countUpTo(date);
    Cut memo = lastCut;
    if (memo != null && memo.events() == count) {
      return memo.account();
    }
    LoanAccount cut = replay(calendar, history.upTo(date));
    lastCut = new Cut(count, cut);
    return cut;
  }

  private LoanAccount openedOn(LocalDate asOf) {
    LoanAccount at = cutAt(asOf);
    if (at.history.opened() == null) {
      throw new IllegalStateException("Loan account is NOT_OPENED on " + asOf);
    }
    return at;
  }

  /**
   * The ledger that answers for a date: the events dated on or before it, with payout closed when
   * it is over by that date ({@link Payout}).
   *
   * @throws IllegalStateException if the account is not opened on the date
   */
  Ledger ledgerAsOf(LocalDate asOf) {
    LoanAccount at = openedOn(asOf);
    boolean pastPayout = !at.history.isPayoutClosed() && Payout.isOverOn(at.terms().get(), asOf);
    return pastPayout ? at.ledgerWithPayoutClosed.get() : at.ledger.get();
  }

  /** The facts decisions read: the whole stream, whatever the date. */
  LoanHistory history() {
    return history;
  }

  // --- the stream ------------------------------------------------------------------------------

  /**
   * Returns the granted terms, once opened.
   *
   * @return the terms, or empty before opening, never null
   */
  public Optional<RepaymentTerms> terms() {
    return Optional.ofNullable(history.opened()).map(LoanEvent.Opened::terms);
  }

  /**
   * Returns every event in order, including reversed payments and their reversals.
   *
   * @return the events, unmodifiable, never null
   */
  public java.util.List<LoanEvent> events() {
    return history.events().asJava();
  }

  /**
   * Returns the number of events: the stream version an append expects.
   *
   * @return the version, zero for a new account
   */
  public int version() {
    return history.events().size();
  }

  /**
   * Returns the banking calendar the account's due dates follow.
   *
   * @return the calendar, never null
   */
  public BankingCalendar calendar() {
    return calendar;
  }

  // --- queries ---------------------------------------------------------------------------------

  /**
   * Returns the status on a date, from the events dated on or before it.
   *
   * @param asOf the date, not null
   * @return the status, {@link LoanStatus#NOT_OPENED} before the opening date, never null
   */
  public LoanStatus status(LocalDate asOf) {
    return cutAt(asOf).history.opened() == null ? LoanStatus.NOT_OPENED : ledgerAsOf(asOf).status();
  }

  /**
   * Returns the balances on a date, from the events dated on or before it: disbursed, paid,
   * refunded, written off and outstanding, with paid − refunded + written off + outstanding =
   * disbursed.
   *
   * @param asOf the date, not null
   * @return the balances, never null
   * @throws IllegalStateException if the account is not opened on the date
   */
  public LoanBalances balances(LocalDate asOf) {
    Ledger l = ledgerAsOf(asOf);
    return new LoanBalances(
        DkkAmount.ofOre(l.disbursedOre()),
        DkkAmount.ofOre(l.paidOre()),
        DkkAmount.ofOre(l.refundedOre()),
        DkkAmount.ofOre(l.writtenOffOre()),
        DkkAmount.ofOre(l.outstandingOre()));
  }

  /**
   * Returns the outstanding principal (restgæld) on a date, from the events dated on or before
   * it; negative while overpaid.
   *
   * @param asOf the date, not null
   * @return the amount in DKK, never null
   * @throws IllegalStateException if the account is not opened on the date
   */
  public MonetaryAmount outstanding(LocalDate asOf) {
    return DkkAmount.ofOre(ledgerAsOf(asOf).outstandingOre()).toMonetaryAmount();
  }

  /**
   * Returns the next unsettled instalment due on or after a date, from the events dated on or
   * before it.
   *
   * @param asOf the date, not null
   * @return the instalment, or empty when nothing more falls due, never null
   * @throws IllegalStateException if the account is not opened on the date
   */
  public Optional<ScheduledInstalment> nextDue(LocalDate asOf) {
    return Optional.ofNullable(ledgerAsOf(asOf).nextDue(asOf));
  }

  /**
   * Returns the arrears (restance) on a date, from the events dated on or before it.
   *
   * @param asOf the date, not null
   * @return the arrears, {@link Arrears#NONE} when nothing is overdue, never null
   * @throws IllegalStateException if the account is not opened on the date
   */
  public Arrears arrears(LocalDate asOf) {
    return ledgerAsOf(asOf).arrears(asOf);
  }

  /**
   * Returns the instalments as they stand on a date, in order, from the events dated on or before
   * it.
   *
   * @param asOf the date, not null
   * @return the instalments, never null
   * @throws IllegalStateException if the account is not opened on the date
   */
  public java.util.List<ScheduledInstalment> instalments(LocalDate asOf) {
    return ledgerAsOf(asOf).instalments();
  }

  /**
   * Returns the instalments still to be paid on a date, as they stand on it and on every later
   * date if no further event is posted. While payout is still open on the date, they are the
   * instalments as they will stand once payout ends of its own accord on the first due date
   * (nothing can be overdue before then). So for every date on or after {@code asOf} and on or
   * after the latest event, {@link #arrears(LocalDate)} is the sum of those due before that date,
   * counted from the oldest of them — which is what a read model needs to store.
   *
   * @param asOf the date, not null
   * @return the unsettled instalments in order, never null
   * @throws IllegalStateException if the account is not opened on the date
   */
  public java.util.List<ScheduledInstalment> instalmentsStillDue(LocalDate asOf) {
    LoanAccount at = openedOn(asOf);
    LocalDate closing = Payout.closingDate(at.terms().get());
    // The cut has no event after asOf, so asking it for a later date only closes payout.
    return at.ledgerAsOf(asOf.isBefore(closing) ? closing : asOf).instalments().stream()
        .filter(i -> !i.isSettled())
        .toList();
  }

  /** Two accounts are equal when they hold the same events on the same calendar. */
  @Override
  public boolean equals(Object o) {
    return o instanceof LoanAccount other && other.events().equals(events()) && other.calendar.equals(calendar);
  }

  @Override
  public int hashCode() {
    return events().hashCode();
  }

  @Override
  public String toString() {
    return "LoanAccount[version=" + version() + ", opened=" + terms().isPresent() + "]";
  }
}
