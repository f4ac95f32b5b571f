package dk.mikrolan.loan;

import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.LoanPolicy;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.rules.Refusal;
import dk.mikrolan.schedule.RepaymentTerms;
import io.vavr.Lazy;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Objects;
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
 * <p>Loading an account from n events costs O(n): {@link #evolve(LoanEvent)} is constant time
 * and the balances are computed once, lazily, in one pass over the events and instalments.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LoanAccount {

  private final BankingCalendar calendar;
  private final LoanEvent.@Nullable Opened opened;
  private final Vector<LoanEvent> events;
  private final Map<String, LoanEvent.PaymentReceived> payments;
  private final Set<String> reversed;
  private final long disbursed;
  private final boolean payoutClosed;
  private final @Nullable LocalDate lastDate;
  private final Lazy<Ledger> ledger;
  private final Lazy<Ledger> ledgerWithPayoutClosed;

  private LoanAccount(
      BankingCalendar calendar,
      LoanEvent.@Nullable Opened opened,
      Vector<LoanEvent> events,
      Map<String, LoanEvent.PaymentReceived> payments,
      Set<String> reversed,
      long disbursed,
      boolean payoutClosed,
      @Nullable LocalDate lastDate) {
    this.calendar = calendar;
    this.opened = opened;
    this.events = events;
    this.payments = payments;
    this.reversed = reversed;
    this.disbursed = disbursed;
    this.payoutClosed = payoutClosed;
    this.lastDate = lastDate;
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
    return new LoanAccount(
        Objects.requireNonNull(calendar, "calendar"), null, Vector.empty(), HashMap.empty(), HashSet.empty(), 0, false, null);
  }

  /**
   * Loads an account from its events, in O(n).
   *
   * @param calendar the banking calendar, not null
   * @param events the events in order, not null
   * @return the account, never null
   */
  public static LoanAccount replay(BankingCalendar calendar, Iterable<? extends LoanEvent> events) {
    LoanAccount account = empty(calendar);
    for (LoanEvent e : events) {
      account = account.evolve(e);
    }
    return account;
  }

  /**
   * Returns the account with one more event applied. Never refuses: events are facts.
   *
   * @param event the event, not null
   * @return the new state, never null
   */
  public LoanAccount evolve(LoanEvent event) {
    LoanEvent.Opened o = opened;
    Map<String, LoanEvent.PaymentReceived> p = payments;
    Set<String> r = reversed;
    long d = disbursed;
    boolean closed = payoutClosed;
    if (event instanceof LoanEvent.Opened open) {
      o = open;
    } else if (event instanceof LoanEvent.TrancheDisbursed t) {
      d += t.amount().ore();
    } else if (event instanceof LoanEvent.DisbursementClosed) {
      closed = true;
    } else if (event instanceof LoanEvent.PaymentReceived payment) {
      p = p.put(payment.paymentId(), payment);
    } else if (event instanceof LoanEvent.PaymentReversed reversal) {
      r = r.add(reversal.paymentId());
    }
    LocalDate last = lastDate == null || event.date().isAfter(lastDate) ? event.date() : lastDate;
    return new LoanAccount(calendar, o, events.append(event), p, r, d, closed, last);
  }

  /**
   * Decides a command: the events it causes, or a refusal naming the status and every reason.
   *
   * @param command the command, not null
   * @param policies the loan policy versions (for reschedule limits), not null
   * @return the new events, or the refusal, never null
   */
  public Either<Refusal, List<LoanEvent>> decide(LoanCommand command, PolicyVersions<LoanPolicy> policies) {
    return LoanDecider.decide(this, command, policies);
  }

  private Ledger computeLedger(boolean forceClose) {
    if (opened == null) {
      throw new IllegalStateException("Loan account is NOT_OPENED");
    }
    java.util.List<LoanEvent> effective = new ArrayList<>(events.size());
    for (LoanEvent e : events) {
      boolean reversedPayment = e instanceof LoanEvent.PaymentReceived p && reversed.contains(p.paymentId());
      if (!reversedPayment && !(e instanceof LoanEvent.PaymentReversed) && !(e instanceof LoanEvent.Opened)) {
        effective.add(e);
      }
    }
    return Ledger.compute(calendar, opened.terms(), effective, forceClose);
  }

  /** The ledger that answers for a date: payout counts as closed from its closing date on. */
  Ledger ledgerAsOf(LocalDate asOf) {
    boolean pastPayout = !payoutClosed && opened != null && Payout.isOverOn(opened.terms(), asOf);
    return pastPayout ? ledgerWithPayoutClosed.get() : ledger.get();
  }

  // --- state used by decisions -------------------------------------------------------------------

  /**
   * Returns the granted terms, once opened.
   *
   * @return the terms, or none before opening
   */
  public Option<RepaymentTerms> terms() {
    return Option.of(opened).map(LoanEvent.Opened::terms);
  }

  /**
   * Returns every event in order, including reversed payments and their reversals.
   *
   * @return the events, never null
   */
  public Vector<LoanEvent> events() {
    return events;
  }

  /**
   * Returns the number of events: the stream version an append expects.
   *
   * @return the version, zero for a new account
   */
  public int version() {
    return events.size();
  }

  /**
   * Returns the banking calendar the account's due dates follow.
   *
   * @return the calendar, never null
   */
  public BankingCalendar calendar() {
    return calendar;
  }

  boolean isOpened() {
    return opened != null;
  }

  boolean isPayoutClosed() {
    return payoutClosed;
  }

  long disbursedOre() {
    return disbursed;
  }

  Option<LocalDate> lastDate() {
    return Option.of(lastDate);
  }

  Option<LoanEvent.PaymentReceived> payment(String paymentId) {
    return payments.get(paymentId);
  }

  boolean isReversed(String paymentId) {
    return reversed.contains(paymentId);
  }

  // --- queries ---------------------------------------------------------------------------------

  /**
   * Returns the status on a date.
   *
   * @param asOf the date, on or after the latest event, not null
   * @return the status, never null
   */
  public LoanStatus status(LocalDate asOf) {
    if (opened == null) {
      return LoanStatus.NOT_OPENED;
    }
    Ledger l = ledgerAsOf(asOf);
    if (l.disbursedOre() == 0) {
      return l.isClosed() ? LoanStatus.CANCELLED : LoanStatus.AWAITING_DISBURSEMENT;
    }
    long outstanding = l.outstandingOre();
    if (outstanding > 0) {
      return LoanStatus.ACTIVE;
    } else if (outstanding < 0) {
      return LoanStatus.OVERPAID;
    }
    return l.endedByWriteOff() ? LoanStatus.WRITTEN_OFF : LoanStatus.REPAID;
  }

  /**
   * Returns the balances on a date: disbursed, paid, refunded, written off and outstanding, with
   * paid − refunded + written off + outstanding = disbursed.
   *
   * @param asOf the date, not null
   * @return the balances, never null
   * @throws IllegalStateException if the account is not opened
   */
  public LoanBalances balances(LocalDate asOf) {
    Ledger l = requireOpened(asOf);
    return new LoanBalances(
        DkkAmount.ofOre(l.disbursedOre()),
        DkkAmount.ofOre(l.paidOre()),
        DkkAmount.ofOre(l.refundedOre()),
        DkkAmount.ofOre(l.writtenOffOre()),
        DkkAmount.ofOre(l.outstandingOre()));
  }

  /**
   * Returns the outstanding principal (restgæld) on a date; negative while overpaid.
   *
   * @param asOf the date, not null
   * @return the amount in DKK, never null
   * @throws IllegalStateException if the account is not opened
   */
  public MonetaryAmount outstanding(LocalDate asOf) {
    return DkkAmount.ofOre(requireOpened(asOf).outstandingOre()).toMonetaryAmount();
  }

  /**
   * Returns the next unsettled instalment due on or after a date.
   *
   * @param asOf the date, not null
   * @return the instalment, or none when nothing more falls due
   * @throws IllegalStateException if the account is not opened
   */
  public Option<ScheduledInstalment> nextDue(LocalDate asOf) {
    return Option.of(requireOpened(asOf).nextDue(asOf));
  }

  /**
   * Returns the arrears (restance) on a date.
   *
   * @param asOf the date, not null
   * @return the arrears, {@link Arrears#NONE} when nothing is overdue, never null
   * @throws IllegalStateException if the account is not opened
   */
  public Arrears arrears(LocalDate asOf) {
    return requireOpened(asOf).arrears(asOf);
  }

  /**
   * Returns the instalments as they stand on a date, in order.
   *
   * @param asOf the date, not null
   * @return the instalments, never null
   * @throws IllegalStateException if the account is not opened
   */
  public java.util.List<ScheduledInstalment> instalments(LocalDate asOf) {
    return requireOpened(asOf).instalments();
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
   * @throws IllegalStateException if the account is not opened
   */
  public java.util.List<ScheduledInstalment> instalmentsStillDue(LocalDate asOf) {
    LocalDate closing = Payout.closingDate(requireTerms());
    LocalDate from = asOf.isBefore(closing) ? closing : asOf;
    return requireOpened(from).instalments().stream().filter(i -> !i.isSettled()).toList();
  }

  private RepaymentTerms requireTerms() {
    if (opened == null) {
      throw new IllegalStateException("Loan account is NOT_OPENED");
    }
    return opened.terms();
  }

  private Ledger requireOpened(LocalDate asOf) {
    if (opened == null) {
      throw new IllegalStateException("Loan account is NOT_OPENED");
    }
    return ledgerAsOf(asOf);
  }

  /** Two accounts are equal when they hold the same events on the same calendar. */
  @Override
  public boolean equals(Object o) {
    return o instanceof LoanAccount other && other.events.equals(events) && other.calendar.equals(calendar);
  }

  @Override
  public int hashCode() {
    return events.hashCode();
  }

  @Override
  public String toString() {
    return "LoanAccount[version=" + version() + ", opened=" + (opened != null) + "]";
  }
}
