package dk.mikrolan.loan;

import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;

/**
 * The facts a loan account's events fold into without its ledger: the opening, the payments and
 * reversals, what was paid out, whether payout was closed and the latest date — what decisions
 * need, kept in constant time per event.
 *
 * <p>This class is immutable and thread-safe.
 */
final class LoanHistory {

  static final LoanHistory EMPTY = new LoanHistory(null, Vector.empty(), HashMap.empty(), HashSet.empty(), 0, false, null);

  private final LoanEvent.@Nullable Opened opened;
  private final Vector<LoanEvent> events;
  private final Map<String, LoanEvent.PaymentReceived> payments;
  private final Set<String> reversed;
  private final long disbursed;
  private final boolean payoutClosed;
  private final @Nullable LocalDate lastDate;

  private LoanHistory(
      LoanEvent.@Nullable Opened opened,
      Vector<LoanEvent> events,
      Map<String, LoanEvent.PaymentReceived> payments,
      Set<String> reversed,
      long disbursed,
      boolean payoutClosed,
      @Nullable LocalDate lastDate) {
    this.opened = opened;
    this.events = events;
    this.payments = payments;
    this.reversed = reversed;
    this.disbursed = disbursed;
    this.payoutClosed = payoutClosed;
    this.lastDate = lastDate;
  }

  /** Returns the history with one more event, in constant time. */
  LoanHistory append(LoanEvent event) {
    LoanEvent.Opened o = opened;
    Map<String, LoanEvent.PaymentReceived> p = payments;
    Set<String> r = reversed;
    long d = disbursed;
    boolean closed = payoutClosed;
    if (event instanceof LoanEvent.Opened open) {
      o = open;
    } else if (event instanceof LoanEvent.TrancheDisbursed t) {
      d = Math.addExact(d, t.amount().ore());
    } else if (event instanceof LoanEvent.DisbursementClosed) {
      closed = true;
    } else if (event instanceof LoanEvent.PaymentReceived payment) {
      p = p.put(payment.paymentId(), payment);
    } else if (event instanceof LoanEvent.PaymentReversed reversal) {
      r = r.add(reversal.paymentId());
    }
    LocalDate last = lastDate == null || event.date().isAfter(lastDate) ? event.date() : lastDate;
    return new LoanHistory(o, events.append(event), p, r, d, closed, last);
  }

  /** Returns whether an event dated after a date is among the events. */
  boolean hasEventAfter(LocalDate date) {
    return lastDate != null && date.isBefore(lastDate);
  }

  /** Returns how many events are dated on or before a date. */
  int countUpTo(LocalDate date) {
    return events.count(e -> !e.date().isAfter(date));
  }

  /** Returns the events dated on or before a date, in their order. */
  Vector<LoanEvent> upTo(LocalDate date) {
    return events.filter(e -> !e.date().isAfter(date));
  }

  /** Returns the events the ledger applies: without the opening, reversals and reversed payments. */
  java.util.List<LoanEvent> effective() {
    java.util.List<LoanEvent> effective = new ArrayList<>(events.size());
    for (LoanEvent e : events) {
      boolean reversedPayment = e instanceof LoanEvent.PaymentReceived p && reversed.contains(p.paymentId());
      if (!reversedPayment && !(e instanceof LoanEvent.PaymentReversed) && !(e instanceof LoanEvent.Opened)) {
        effective.add(e);
      }
    }
    return effective;
  }

  LoanEvent.@Nullable Opened opened() {
    return opened;
  }

  Vector<LoanEvent> events() {
    return events;
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
}
