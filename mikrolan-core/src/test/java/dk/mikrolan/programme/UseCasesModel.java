package dk.mikrolan.programme;

import dk.mikrolan.loan.LoanStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A deliberately plain model of a few recommended cases sharing one loan fund, for the
 * model-based property of the use cases: mutable, in øre, each rule written the most direct way
 * (from the memo, the README's approval and delegation rules, the loan account's and the fund's
 * documented rules), so that what the use cases write can be checked against it. Each command
 * method applies the command if the rules accept it and returns whether they do; an approval
 * returns what it does, or the reasons it is refused for.
 */
final class UseCasesModel {

  private static final LocalDate FIRST_DUE = ProgrammeDesk.FIRST_DUE;

  private static final Set<Stage> ENDED = EnumSet.of(Stage.REJECTED, Stage.WITHDRAWN, Stage.CLOSED);

  /**
   * The reason codes the model predicts for an approval: the refusal of a use case holds these
   * exactly when the model names them (it may hold others the model does not decide on).
   */
  static final Set<String> APPROVAL_REASONS = Set.of("DATE_BEFORE_LAST_EVENT", "CASE_ENDED", "WRONG_STAGE",
      "FOUR_EYES", "SAME_DECIDER_TWICE", "CONSIDERATIONS_REQUIRED", "FUND_ROOM_EXCEEDED", "ABOVE_REMAINING_ROOM",
      "COMMIT_OUTSIDE_PERIOD");

  /** What an approval does. */
  enum Answer {
    /** The loan is granted: committed, aid recorded, a letter. */
    APPROVED,
    /** The first of two deciders approved: nothing committed. */
    AWAITING_SECOND_DECIDER,
    /** Refused, for the reasons given. */
    REFUSED
  }

  /**
   * What the model expects of an approval.
   *
   * @param answer what it does
   * @param by who approves
   * @param reasons the reason codes of a refusal, from {@link #APPROVAL_REASONS}; empty otherwise
   * @param how how it came about, for the generators' guard
   */
  record Expected(Answer answer, String by, Set<String> reasons, String how) {
    @Override
    public String toString() {
      return answer == Answer.REFUSED ? "refused " + reasons : answer + " (" + how + ")";
    }
  }

  /** A first approval that waits for a second decider: what it proposed, and who gave it. */
  record FirstApproval(UseCaseScript.Proposal proposal, long ore, String by) {}

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
    String recommender = ProgrammeDesk.ADVISOR;
    @Nullable FirstApproval waiting;
    boolean approved;
    long granted;
    String decidedBy = "";
    boolean aid;
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
  private final Optional<Long> secondDeciderAbove;
  private final Map<String, Kase> cases = new LinkedHashMap<>();

  UseCasesModel(long ceilingOre, boolean revolving, Optional<Long> secondDeciderAboveOre) {
    this.ceiling = ceilingOre;
    this.revolving = revolving;
    this.secondDeciderAbove = secondDeciderAboveOre;
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
    return cases.values().stream().filter(k -> k.approved).mapToLong(k -> k.granted).sum();
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

  /** Returns what a proposal grants: the recommended principal, less what the proposal takes off. */
  long principalOf(Kase k, UseCaseScript.Proposal proposal) {
    return k.principal - proposal.lessKroner * 100;
  }

  /** The very same proposal: the same terms, with the same considerations, at the same rate. */
  private static boolean sameProposal(UseCaseScript.Proposal a, UseCaseScript.Proposal b) {
    return a.lessKroner == b.lessKroner && a.considerations == b.considerations
        && new BigDecimal(a.eurDkk).compareTo(new BigDecimal(b.eurDkk)) == 0;
  }

  /**
   * An approval, as the README has it: four-eyes, room in the fund, considerations for less than
   * requested; above the delegation's limit two different deciders approving the very same
   * proposal, the first committing nothing; another proposal replaces a waiting one.
   */
  Expected approve(String caseId, UseCaseScript.Proposal proposal, String decider, LocalDate date) {
    Kase k = cases.get(caseId);
    long ore = principalOf(k, proposal);
    boolean twoDeciders = secondDeciderAbove.map(limit -> ore > limit).orElse(false);
    boolean confirms = twoDeciders && k.waiting != null && sameProposal(k.waiting.proposal(), proposal);
    Set<String> reasons = new TreeSet<>();
    if (date.isBefore(k.caseLast)) {
      reasons.add("DATE_BEFORE_LAST_EVENT");
    }
    if (ENDED.contains(k.stage)) {
      reasons.add("CASE_ENDED");
    } else {
      if (k.stage != Stage.FINAL_SEMINAR) {
        reasons.add("WRONG_STAGE");
      }
      if (decider.equals(k.recommender)) {
        reasons.add("FOUR_EYES");
      }
      if (confirms && decider.equals(k.waiting.by())) {
        reasons.add("SAME_DECIDER_TWICE");
      }
      if (ore != k.principal && !proposal.considerations) {
        reasons.add("CONSIDERATIONS_REQUIRED"); // forvaltningsloven § 24: less than requested
      }
      if (ore > room()) {
        reasons.add("FUND_ROOM_EXCEEDED");
      }
    }
    // The fund refuses a commitment above its room, or outside its period (2026), for any case.
    if (ore > room()) {
      reasons.add("ABOVE_REMAINING_ROOM");
    }
    if (date.getYear() != 2026) {
      reasons.add("COMMIT_OUTSIDE_PERIOD");
    }
    if (!reasons.isEmpty()) {
      return new Expected(Answer.REFUSED, decider, reasons, "refused");
    }
    k.caseLast = date;
    if (twoDeciders && !confirms) {
      String how = k.waiting == null ? "first approval" : "replaces a first approval";
      k.waiting = new FirstApproval(proposal, ore, decider);
      return new Expected(Answer.AWAITING_SECOND_DECIDER, decider, Set.of(), how);
    }
    String how = confirms ? "by a second decider" : k.waiting == null ? "by one decider"
        : "by one decider while a first approval waits";
    k.waiting = null;
    k.stage = Stage.APPROVED;
    k.approved = true;
    k.granted = ore;
    k.decidedBy = decider;
    k.aid = true;
    k.committed = ore;
    k.letters.add("APPROVAL");
    return new Expected(Answer.APPROVED, decider, Set.of(), how);
  }

  boolean disburse(String caseId, long ore, LocalDate date) {
    Kase k = cases.get(caseId);
    boolean ok = (k.stage == Stage.APPROVED || k.stage == Stage.DISBURSED) && !date.isBefore(k.caseLast)
        && ore > 0 && ore <= k.granted - k.paidOut
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
    boolean payoutOver = k.payoutClosed || !date.isBefore(FIRST_DUE) || k.paidOut == k.granted;
    boolean ok = k.opened && payoutOver && owed > 0 && ore.map(a -> a > 0 && a <= owed).orElse(true)
        && !date.isBefore(k.loanLast);
    if (ok) {
      k.loan.add(new WriteOff(ore));
      changed(k, date);
    }
    return ok;
  }

  boolean reject(String caseId, String decider, LocalDate date) {
    Kase k = cases.get(caseId);
    // Four-eyes: whoever decides is not the advisor who recommended.
    boolean ok = !decider.equals(k.recommender) && end(k, date);
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

  /** A new recommendation at the seminar: it ends a waiting first approval, which rested on the old one. */
  boolean recommend(String caseId, String by, LocalDate date) {
    Kase k = cases.get(caseId);
    boolean ok = k.stage == Stage.FINAL_SEMINAR && !date.isBefore(k.caseLast);
    if (ok) {
      k.caseLast = date;
      k.recommender = by;
      k.waiting = null;
    }
    return ok;
  }

  /**
   * A case ends before payout only; an approval's commitment goes back to the fund, its aid is
   * cancelled, and a waiting first approval ends.
   */
  private boolean end(Kase k, LocalDate date) {
    boolean ok = (k.stage == Stage.FINAL_SEMINAR || k.stage == Stage.APPROVED) && !date.isBefore(k.caseLast);
    if (ok) {
      k.caseLast = date;
      k.released += k.committed;
      k.committed = 0;
      k.aid = false;
      k.waiting = null;
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
