package dk.mikrolan.fund;

import dk.mikrolan.identity.CaseId;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.port.StreamId;
import dk.mikrolan.rules.Refusal;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A municipality's loan fund (låneramme / lånepulje) for a period: the fold of its {@link
 * LoanFundEvent}s. Approval commits the loan; withdrawal or rejection releases it; payout turns it
 * into money paid out (what was not paid out is released); in a revolving fund, repayments flow
 * back and make room for new loans.
 *
 * <p>The room left is {@code ceiling − committed − disbursed (+ returned when revolving)}, and the
 * fund refuses whatever would make it negative: a commitment above the room, or a ceiling lowered
 * below what is in use. Several cases share the fund, so it is its own stream (one per
 * municipality and period, {@link #streamId}) and approvals append to it at the version they read:
 * two approvals at once can never overcommit it.
 *
 * <p>Repayments returned to a fund that is not revolving are refused ({@link
 * LoanFundRule#FUND_NOT_REVOLVING}) rather than recorded without effect: the loan account already
 * holds every repayment, so the fund's stream keeps only what changes the room, and an
 * integration forwarding repayments to the wrong kind of fund hears about it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LoanFund {

  private static final LoanFund EMPTY = new LoanFund(null, Vector.empty(), LinkedHashMap.empty(), 0, 0, 0, 0);

  private final LoanFundEvent.@Nullable FundOpened opening;
  private final Vector<LoanFundEvent> events;
  private final Map<CaseId, CaseBooking> bookings;
  private final long ceiling;
  private final long committed;
  private final long disbursed;
  private final long returned;

  private LoanFund(
      LoanFundEvent.@Nullable FundOpened opening,
      Vector<LoanFundEvent> events,
      Map<CaseId, CaseBooking> bookings,
      long ceiling,
      long committed,
      long disbursed,
      long returned) {
    this.opening = opening;
    this.events = events;
    this.bookings = bookings;
    this.ceiling = ceiling;
    this.committed = committed;
    this.disbursed = disbursed;
    this.returned = returned;
  }

  /**
   * Returns the stream id of a municipality's fund for a period, such as {@code loan-fund/751-2026}.
   *
   * @param municipalityCode the municipality's code, not null
   * @param period the period, not null
   * @return the stream id, never null
   * @throws IllegalArgumentException if the code does not fit a stream id
   */
  public static StreamId streamId(String municipalityCode, FundPeriod period) {
    return StreamId.of("loan-fund", municipalityCode + "-" + period);
  }

  /**
   * Returns the state before any event.
   *
   * @return the empty fund, never null
   */
  public static LoanFund empty() {
    return EMPTY;
  }

  /**
   * Loads a fund from its events, in O(n).
   *
   * @param events the events in order, not null
   * @return the fund, never null
   */
  public static LoanFund replay(Iterable<? extends LoanFundEvent> events) {
    LoanFund fund = EMPTY;
    for (LoanFundEvent e : events) {
      fund = fund.evolve(e);
    }
    return fund;
  }

  /**
   * Returns the fund with one more event applied, in constant time. Never refuses: events are facts.
   *
   * @param event the event, not null
   * @return the new state, never null
   */
  public LoanFund evolve(LoanFundEvent event) {
    Objects.requireNonNull(event, "event");
    LoanFundEvent.FundOpened o = opening;
    Map<CaseId, CaseBooking> b = bookings;
    long ceil = ceiling;
    long com = committed;
    long dis = disbursed;
    long ret = returned;
    if (event instanceof LoanFundEvent.FundOpened opened) {
      o = opened;
      ceil = opened.ceiling().ore();
    } else if (event instanceof LoanFundEvent.CeilingChanged changed) {
      ceil = changed.ceiling().ore();
    } else if (event instanceof LoanFundEvent.Committed c) {
      CaseBooking old = booking(c.caseId());
      com += c.amount().ore() - old.committed();
      b = b.put(c.caseId(), old.committing(c.amount().ore()));
    } else if (event instanceof LoanFundEvent.Released r) {
      com -= booking(r.caseId()).committed();
      b = b.put(r.caseId(), booking(r.caseId()).releasing());
    } else if (event instanceof LoanFundEvent.Disbursed d) {
      com -= Math.min(booking(d.caseId()).committed(), d.amount().ore());
      dis += d.amount().ore();
      b = b.put(d.caseId(), booking(d.caseId()).disbursing(d.amount().ore()));
    } else if (event instanceof LoanFundEvent.RepaymentReturned r) {
      ret += r.amount().ore();
      b = b.put(r.caseId(), booking(r.caseId()).returning(r.amount().ore()));
    } else if (event instanceof LoanFundEvent.ReturnReversed r) {
      ret -= r.amount().ore();
      b = b.put(r.caseId(), booking(r.caseId()).returning(-r.amount().ore()));
    }
    return new LoanFund(o, events.append(event), b, ceil, com, dis, ret);
  }

  /**
   * Applies events in order, as {@link #evolve} one at a time.
   *
   * @param events the events, not null
   * @return the new state, never null
   */
  public LoanFund evolveAll(Iterable<? extends LoanFundEvent> events) {
    LoanFund f = this;
    for (LoanFundEvent e : events) {
      f = f.evolve(e);
    }
    return f;
  }

  /**
   * Decides a command: the events it causes, or a refusal naming the status and every reason.
   *
   * @param command the command, not null
   * @return the new events, unmodifiable, or the refusal, never null
   */
  public Either<Refusal, java.util.List<LoanFundEvent>> decide(LoanFundCommand command) {
    return LoanFundDecider.decide(this, command).map(List::asJava);
  }

  Option<CaseBooking> bookingOf(CaseId caseId) {
    return bookings.get(caseId);
  }

  private CaseBooking booking(CaseId caseId) {
    return bookings.get(caseId).getOrElse(CaseBooking.NONE);
  }

  // --- queries ------------------------------------------------------------------------------------

  /**
   * Returns the status.
   *
   * @return the status, never null
   */
  public LoanFundStatus status() {
    return opening == null ? LoanFundStatus.NOT_OPENED : LoanFundStatus.OPEN;
  }

  /**
   * Returns how the fund was opened: municipality, period, first ceiling and whether it revolves.
   *
   * @return the opening, or empty before the fund is opened, never null
   */
  public Optional<LoanFundEvent.FundOpened> opening() {
    return Optional.ofNullable(opening);
  }

  /**
   * Returns the ceiling in force (the latest change, or the opening ceiling).
   *
   * @return the ceiling, never null
   * @throws IllegalStateException if the fund is not opened
   */
  public DkkAmount ceiling() {
    requireOpened();
    return DkkAmount.ofOre(ceiling);
  }

  /**
   * Returns whether repayments flow back into the fund.
   *
   * @return true for a revolving fund
   * @throws IllegalStateException if the fund is not opened
   */
  public boolean isRevolving() {
    return Objects.requireNonNull(requireOpened().opening).revolving();
  }

  /**
   * Returns the room left for new commitments: ceiling − committed − disbursed, plus what was
   * returned when the fund is revolving. Never negative for a fund built by {@link #decide}.
   *
   * @return the room, never null
   * @throws IllegalStateException if the fund is not opened
   */
  public DkkAmount remainingRoom() {
    return DkkAmount.ofOre(ceiling - committed - disbursed + (isRevolving() ? returned : 0));
  }

  /**
   * Returns the sum of the open commitments (approved, not yet paid out nor released).
   *
   * @return the amount, never null
   */
  public DkkAmount committed() {
    return DkkAmount.ofOre(committed);
  }

  /**
   * Returns the sum paid out.
   *
   * @return the amount, never null
   */
  public DkkAmount disbursed() {
    return DkkAmount.ofOre(disbursed);
  }

  /**
   * Returns the sum of repayments returned to the fund (zero unless revolving).
   *
   * @return the amount, never null
   */
  public DkkAmount returned() {
    return DkkAmount.ofOre(returned);
  }

  /**
   * Returns a case's open commitment.
   *
   * @param caseId the case, not null
   * @return the amount, or empty if the case has no open commitment, never null
   */
  public Optional<DkkAmount> commitmentOf(CaseId caseId) {
    return bookings.get(caseId)
        .filter(b -> b.standing() == CaseBooking.Standing.COMMITTED)
        .map(b -> DkkAmount.ofOre(b.committed()))
        .toJavaOptional();
  }

  /**
   * Returns what was paid out to a case.
   *
   * @param caseId the case, not null
   * @return the amount, zero if nothing, never null
   */
  public DkkAmount disbursedTo(CaseId caseId) {
    return DkkAmount.ofOre(booking(caseId).disbursed());
  }

  /**
   * Returns what was returned to the fund from a case's repayments.
   *
   * @param caseId the case, not null
   * @return the amount, zero if nothing, never null
   */
  public DkkAmount returnedFrom(CaseId caseId) {
    return DkkAmount.ofOre(booking(caseId).returned());
  }

  /**
   * Returns every case the fund has committed to, in the order of their first commitment.
   *
   * @return the cases, unmodifiable, never null
   */
  public java.util.List<CaseId> cases() {
    return List.ofAll(bookings.keySet()).asJava();
  }

  /**
   * Returns every event in order.
   *
   * @return the events, unmodifiable, never null
   */
  public java.util.List<LoanFundEvent> events() {
    return events.asJava();
  }

  /**
   * Returns the number of events: the stream version an append expects.
   *
   * @return the version, zero for a new fund
   */
  public int version() {
    return events.size();
  }

  private LoanFund requireOpened() {
    if (opening == null) {
      throw new IllegalStateException("Loan fund is NOT_OPENED");
    }
    return this;
  }

  /** Two funds are equal when they hold the same events. */
  @Override
  public boolean equals(Object o) {
    return o instanceof LoanFund other && other.events.equals(events);
  }

  @Override
  public int hashCode() {
    return events.hashCode();
  }

  @Override
  public String toString() {
    return "LoanFund[" + status() + ", version=" + version() + ", committed=" + committed() + ", disbursed="
        + disbursed() + ", returned=" + returned() + (opening == null ? "" : ", ceiling=" + ceiling()) + "]";
  }
}
