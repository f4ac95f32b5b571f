package dk.mikrolan.programme;

import dk.mikrolan.loan.LoanStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A deliberately plain model of a few recommended cases sharing one loan fund, for the
 * model-based property of the use cases: mutable, in øre, each rule written the most direct way
 * (from the memo, the loan account's and the fund's documented rules), so that what the use cases
 * write can be checked against it. Each command method applies the command if the rules accept it
 * and returns whether they do.
 */
final class UseCasesModel {

  private static final LocalDate FIRST_DUE = ProgrammeDesk.FIRST_DUE;

  /** What the loan account holds, in order: tranches, payments and write-offs. */
  private sealed interface Money permits Tranche, Payment, WriteOff {}

  private record Tranche(long ore) implements Money {}

  private record Payment(String id, long ore) implements Money {}

  /** A write-off of an amount, or of the rest when {@code ore} is empty. */
  private record WriteOff(Optional<Long> ore) implements Money {}

  /** A case, its share of the fund, its loan account and its letters. */
  static final class Kase {
    final long principal;
    Stage stage = Stage.FINAL_SEMINAR;
    LocalDate caseLast = LocalDate.of(2026, 5, 21);
    boolean approved;
    long committed;
    long paidOut;
    long released;
    long returned;
    boolean opened;
    boolean payoutClosed;
    LocalDate loanLast = LocalDate.MIN;
    final List<Money> loan = new ArrayList<>();
    final Set<String> reversed = new HashSet<>();
    final List<String> letters = new ArrayList<>();

    Kase(long principal) {
      this.principal = principal;
    }
  }

  private final long ceiling;
  private final boolean revolving;
  private final Map<String, Kase> cases = new LinkedHashMap<>();

  UseCasesModel(long ceilingOre, boolean revolving) {
    this.ceiling = ceilingOre;
    this.revolving = revolving;
  }

  void recommended(String caseId, long principalOre) {
    cases.put(caseId, new Kase(principalOre));
  }

  Kase kase(String caseId) {
    return cases.get(caseId);
  }

  Map<String, Kase> cases() {
    return cases;
  }

  // --- the fund ---------------------------------------------------------------------------------

  long committed() {
    return cases.values().stream().mapToLong(k -> k.committed).sum();
  }

  long paidOut() {
    return cases.values().stream().mapToLong(k -> k.paidOut).sum();
  }

  long released() {
    return cases.values().stream().mapToLong(k -> k.released).sum();
  }

  long returned() {
    return cases.values().stream().mapToLong(k -> k.returned).sum();
  }

  long approvedTotal() {
    return cases.values().stream().filter(k -> k.approved).mapToLong(k -> k.principal).sum();
  }

  long room() {
    return ceiling - committed() - paidOut() + (revolving ? returned() : 0);
  }

  // --- the loan account -------------------------------------------------------------------------

  /** The loan's money replayed the way the account documents it: reversed payments left out. */
  private long[] ledger(Kase k) {
    long disbursed = 0;
    long paid = 0;
    long writtenOff = 0;
    long endedByWriteOff = 0;
    for (Money m : k.loan) {
      if (m instanceof Tranche t) {
        disbursed += t.ore();
      } else if (m instanceof Payment p) {
        paid += k.reversed.contains(p.id()) ? 0 : p.ore();
      } else {
        long owed = disbursed - paid - writtenOff;
        if (owed > 0) {
          // A write-off of the rest is an intent: it takes whatever is owed when it is applied.
          long take = Math.min(owed, ((WriteOff) m).ore().orElse(owed));
          writtenOff += take;
          endedByWriteOff = owed == take ? 1 : 0;
        }
      }
    }
    return new long[] {disbursed, paid, writtenOff, disbursed - paid - writtenOff, endedByWriteOff};
  }

  long disbursed(Kase k) {
    return ledger(k)[0];
  }

  long paid(Kase k) {
    return ledger(k)[1];
  }

  long writtenOff(Kase k) {
    return ledger(k)[2];
  }

  long outstanding(Kase k) {
    return ledger(k)[3];
  }

  LoanStatus status(Kase k) {
    if (!k.opened) {
      return LoanStatus.NOT_OPENED;
    }
    long[] l = ledger(k);
    return l[3] > 0 ? LoanStatus.ACTIVE : l[3] < 0 ? LoanStatus.OVERPAID
        : l[4] == 1 ? LoanStatus.WRITTEN_OFF : LoanStatus.REPAID;
  }

  /** The payments not reversed, oldest first. */
  List<String> payments(Kase k) {
    return k.loan.stream().filter(m -> m instanceof Payment p && !k.reversed.contains(p.id()))
        .map(m -> ((Payment) m).id()).toList();
  }

  boolean hasPayment(Kase k, String paymentId) {
    return k.loan.stream().anyMatch(m -> m instanceof Payment p && p.id().equals(paymentId));
  }

  boolean everReceivedAPayment(Kase k) {
    return k.loan.stream().anyMatch(m -> m instanceof Payment);
  }

  // --- commands ---------------------------------------------------------------------------------

  boolean approve(String caseId, LocalDate date) {
    Kase k = cases.get(caseId);
    // The fund's period is 2026; four-eyes, terms and aid are met by the script's requests.
    boolean ok = k.stage == Stage.FINAL_SEMINAR && !date.isBefore(k.caseLast) && date.getYear() == 2026
        && k.principal <= room();
    if (ok) {
      k.stage = Stage.APPROVED;
      k.approved = true;
      k.committed = k.principal;
      k.caseLast = date;
      k.letters.add("APPROVAL");
    }
    return ok;
  }

  boolean disburse(String caseId, long ore, LocalDate date) {
    Kase k = cases.get(caseId);
    boolean ok = (k.stage == Stage.APPROVED || k.stage == Stage.DISBURSED) && !date.isBefore(k.caseLast)
        && ore > 0 && ore <= k.principal - k.paidOut
        && date.isBefore(FIRST_DUE) && !k.payoutClosed && !date.isBefore(k.loanLast);
    if (ok) {
      k.stage = Stage.DISBURSED;
      k.caseLast = date;
      k.opened = true;
      k.loanLast = date;
      k.loan.add(new Tranche(ore));
      k.committed -= ore;
      k.paidOut += ore;
    }
    return ok;
  }

  boolean pay(String caseId, String paymentId, long ore, LocalDate valueDate) {
    Kase k = cases.get(caseId);
    boolean ok = k.opened && !hasPayment(k, paymentId) && ore > 0 && !valueDate.isBefore(k.loanLast);
    if (ok) {
      k.loan.add(new Payment(paymentId, ore));
      changed(k, valueDate);
    }
    return ok;
  }

  boolean reverse(String caseId, String paymentId, LocalDate date) {
    Kase k = cases.get(caseId);
    boolean ok = k.opened && hasPayment(k, paymentId) && !k.reversed.contains(paymentId) && !date.isBefore(k.loanLast);
    if (ok) {
      k.reversed.add(paymentId);
      changed(k, date);
    }
    return ok;
  }

  boolean defer(String caseId, int periods, LocalDate date) {
    Kase k = cases.get(caseId);
    boolean ok = k.opened && periods >= 1 && outstanding(k) > 0 && !date.isBefore(k.loanLast);
    if (ok) {
      changed(k, date);
    }
    return ok;
  }

  boolean writeOff(String caseId, Optional<Long> ore, LocalDate date) {
    Kase k = cases.get(caseId);
    long owed = k.opened ? outstanding(k) : 0;
    // A write-off needs payout to be over: closed, due to close on this date, or paid out in full.
    boolean payoutOver = k.payoutClosed || !date.isBefore(FIRST_DUE) || k.paidOut == k.principal;
    boolean ok = k.opened && payoutOver && owed > 0 && ore.map(a -> a > 0 && a <= owed).orElse(true)
        && !date.isBefore(k.loanLast);
    if (ok) {
      k.loan.add(new WriteOff(ore));
      changed(k, date);
    }
    return ok;
  }

  boolean reject(String caseId, LocalDate date) {
    Kase k = cases.get(caseId);
    boolean ok = end(k, date);
    if (ok) {
      k.stage = Stage.REJECTED;
      k.letters.add("REJECTION");
    }
    return ok;
  }

  boolean withdraw(String caseId, String reason, LocalDate date) {
    Kase k = cases.get(caseId);
    boolean ok = !reason.isBlank() && end(k, date);
    if (ok) {
      k.stage = Stage.WITHDRAWN;
    }
    return ok;
  }

  boolean note(String caseId, String text, LocalDate date) {
    Kase k = cases.get(caseId);
    boolean ok = !text.isBlank() && !date.isBefore(k.caseLast);
    if (ok) {
      k.caseLast = date;
    }
    return ok;
  }

  /** A case ends before payout only; an approval's commitment goes back to the fund. */
  private boolean end(Kase k, LocalDate date) {
    boolean ok = (k.stage == Stage.FINAL_SEMINAR || k.stage == Stage.APPROVED) && !date.isBefore(k.caseLast);
    if (ok) {
      k.caseLast = date;
      k.released += k.committed;
      k.committed = 0;
    }
    return ok;
  }

  /** After any accepted loan command: payout's end, the case following the loan, the fund's returns. */
  private void changed(Kase k, LocalDate date) {
    k.loanLast = date.isAfter(k.loanLast) ? date : k.loanLast;
    if (!k.payoutClosed && !date.isBefore(FIRST_DUE)) {
      // Issue #2: a tranche not paid out by the first due date is cancelled; the fund gets it back.
      k.payoutClosed = true;
      k.released += k.committed;
      k.committed = 0;
    }
    LoanStatus status = status(k);
    Stage before = k.stage;
    if (k.stage == Stage.CLOSED) {
      if (status == LoanStatus.ACTIVE) {
        k.stage = Stage.REPAYING; // a reversal after full repayment: owed again
      }
    } else {
      if (k.stage == Stage.DISBURSED && paid(k) > 0) {
        k.stage = Stage.REPAYING;
      }
      if (status == LoanStatus.REPAID || status == LoanStatus.WRITTEN_OFF) {
        k.stage = Stage.CLOSED;
      }
    }
    if (k.stage != before && date.isAfter(k.caseLast)) {
      k.caseLast = date;
    }
    if (revolving) {
      // Policy revolvingFund: the fund holds what the borrower paid that reduced the debt.
      k.returned = Math.max(0, Math.min(paid(k), disbursed(k) - writtenOff(k)));
    }
  }
}
