package dk.mikrolan.testkit;

import dk.mikrolan.loan.LoanAccount;
import dk.mikrolan.loan.LoanCommand;
import dk.mikrolan.loan.LoanEvent;
import dk.mikrolan.loan.PrepaymentHandling;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentTerms;
import dk.mikrolan.schedule.RoundingUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A described sequence of loan-account commands with dates moving forward, for model-based
 * properties: a shrunk failure prints as a readable script.
 *
 * <p>Steps are abstract ("pay about one instalment", "reverse the second payment"); {@link
 * Step#command(LoanAccount, LocalDate, int)} turns one into a concrete command against the state
 * it meets, so every script stays meaningful whatever happened before.
 *
 * @param terms the granted terms
 * @param openedOn the opening date
 * @param steps the steps in order
 */
public record LoanScript(RepaymentTerms terms, LocalDate openedOn, List<Step> steps) {

  /** Checks that every component is present. */
  public LoanScript {
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(openedOn, "openedOn");
    steps = List.copyOf(steps);
  }

  /** What a step does. */
  public enum Kind {
    /** Pays out a share of what is not yet paid out. */
    DISBURSE,
    /** Ends payout. */
    CLOSE_PAYOUT,
    /** Pays an amount, prepayment shortening the term. */
    PAY,
    /** Pays an amount, prepayment lowering the remaining instalments. */
    PAY_REDUCING,
    /** Pays exactly what remains of the oldest unsettled instalment. */
    PAY_INSTALMENT,
    /** Pays exactly the outstanding balance. */
    PAY_OFF,
    /** Reverses one of the payments received so far. */
    REVERSE,
    /** Defers the remaining instalments. */
    DEFER,
    /** Reschedules the balance by count. */
    RESCHEDULE_BY_COUNT,
    /** Reschedules the balance by amount. */
    RESCHEDULE_BY_AMOUNT,
    /** Writes off part of the balance. */
    WRITE_OFF_PART,
    /** Writes off the rest. */
    WRITE_OFF_REST,
    /** Refunds part of an overpayment. */
    REFUND,
    /**
     * Pays an amount at or beyond the edge of {@link DkkAmount#MAX_ABSOLUTE}: all of it, half, a
     * third, or just over it. Only {@link LoanGenerators#scriptsWithHugeAmounts()} draws it.
     */
    PAY_HUGE,
    /** Refunds the whole overpayment. Only {@link LoanGenerators#scriptsWithHugeAmounts()} draws it. */
    REFUND_ALL
  }

  /**
   * One step.
   *
   * @param kind what it does
   * @param days days after the previous step, zero or more
   * @param size a number from 0 to 10,000 that scales the step's amount, count or choice
   */
  public record Step(Kind kind, int days, int size) {

    /** Checks that every component is present. */
    public Step {
      Objects.requireNonNull(kind, "kind");
    }

    /**
     * Returns the concrete command of this step against a state.
     *
     * @param account the state it meets, not null
     * @param date the step's date, not null
     * @param stepNumber the step's position, for ids and references
     * @return the command, never null
     */
    public LoanCommand command(LoanAccount account, LocalDate date, int stepNumber) {
      RepaymentTerms terms = account.terms().get();
      long granted = terms.principal().ore();
      long scaled = Math.max(1, granted * size / 10_000);
      return switch (kind) {
        case DISBURSE -> new LoanCommand.Disburse(DkkAmount.ofOre(Math.max(1, scaled)), date, "T" + stepNumber);
        case CLOSE_PAYOUT -> new LoanCommand.CloseDisbursement(date);
        case PAY, PAY_REDUCING -> new LoanCommand.ReceivePayment(
            "P" + stepNumber,
            DkkAmount.ofOre(Math.max(1, scaled / 4)),
            date,
            "bank-" + stepNumber,
            kind == Kind.PAY ? PrepaymentHandling.SHORTEN_TERM : PrepaymentHandling.REDUCE_INSTALMENTS);
        case PAY_INSTALMENT, PAY_OFF -> {
          long amount = kind == Kind.PAY_OFF
              ? account.balances(date).outstanding().ore()
              : account.instalments(date).stream().filter(i -> !i.isSettled()).findFirst()
                  .map(i -> i.remaining().ore()).orElse(0L);
          yield new LoanCommand.ReceivePayment("P" + stepNumber, DkkAmount.ofOre(Math.max(1, amount)), date,
              "bank-" + stepNumber, PrepaymentHandling.SHORTEN_TERM);
        }
        case REVERSE -> {
          List<String> ids = account.events().stream().filter(e -> e instanceof LoanEvent.PaymentReceived)
              .map(e -> ((LoanEvent.PaymentReceived) e).paymentId()).toList();
          String id = ids.isEmpty() ? "none" : ids.get(size % ids.size());
          yield new LoanCommand.ReversePayment(id, date, "returned by the bank");
        }
        case DEFER -> new LoanCommand.Defer(1 + size % 3, date, "illness", "caseworker-1");
        case RESCHEDULE_BY_COUNT -> new LoanCommand.Reschedule(
            date.plusMonths(1), size % 2 == 0 ? Frequency.MONTHLY : Frequency.QUARTERLY,
            RepaymentPlan.byCount(1 + size % 24), RoundingUnit.values()[size % 2 == 0 ? 1 : 0],
            date, "new budget", "caseworker-2");
        case RESCHEDULE_BY_AMOUNT -> new LoanCommand.Reschedule(
            date.plusMonths(1), Frequency.MONTHLY,
            RepaymentPlan.byAmount(DkkAmount.ofKroner(100 + size % 2_000)), RoundingUnit.WHOLE_KRONER,
            date, "fixed monthly amount", "caseworker-2");
        case WRITE_OFF_PART -> new LoanCommand.WriteOff(
            Optional.of(DkkAmount.ofOre(Math.max(1, scaled / 10))), date, "hardship", "head-of-unit");
        case WRITE_OFF_REST -> new LoanCommand.WriteOff(Optional.empty(), date, "business closed", "head-of-unit");
        case REFUND -> new LoanCommand.RefundOverpayment(DkkAmount.ofOre(Math.max(1, scaled / 20)), date, "R" + stepNumber);
        case PAY_HUGE -> {
          long max = DkkAmount.MAX_ABSOLUTE.ore();
          long amount = switch (size % 4) {
            case 0 -> max;
            case 1 -> max / 2;
            case 2 -> max / 3 + size;
            default -> max + 1 + size;
          };
          yield new LoanCommand.ReceivePayment("P" + stepNumber, DkkAmount.ofOre(amount), date, "bank-" + stepNumber,
              PrepaymentHandling.SHORTEN_TERM);
        }
        case REFUND_ALL -> new LoanCommand.RefundOverpayment(
            DkkAmount.ofOre(Math.max(1, -account.balances(date).outstanding().ore())), date, "R" + stepNumber);
      };
    }

    @Override
    public String toString() {
      return "+" + days + "d " + kind + "(" + size + ")";
    }
  }

  /**
   * Returns the dates of the steps: the opening date plus the running sum of their days.
   *
   * @return one date per step, never null
   */
  public List<LocalDate> dates() {
    List<LocalDate> dates = new ArrayList<>(steps.size());
    LocalDate d = openedOn;
    for (Step s : steps) {
      d = d.plusDays(s.days());
      dates.add(d);
    }
    return dates;
  }

  @Override
  public String toString() {
    return "open " + terms.principal() + " " + terms.frequency() + " " + terms.plan() + " first due "
        + terms.firstDueDate() + " on " + openedOn + ": "
        + steps.stream().map(Step::toString).collect(Collectors.joining(", "));
  }
}
