package dk.mikrolan.examples.walkthrough;

import dk.mikrolan.examples.walkthrough.Cast.Entrepreneur;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.loan.Arrears;
import dk.mikrolan.loan.ArrearsBucket;
import dk.mikrolan.loan.LoanAccount;
import dk.mikrolan.loan.LoanBalances;
import dk.mikrolan.loan.ScheduledInstalment;
import dk.mikrolan.money.DanishFormat;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.programme.DecisionLetter;
import dk.mikrolan.programme.Stage;
import dk.mikrolan.report.ProgrammeReport;
import dk.mikrolan.report.Share;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * The walkthrough's printed parts: the participants, the funnel and its exits, decision letters, a
 * repayment schedule, the loans and the programme report. Amounts are in the Danish form; CPR
 * numbers only masked.
 */
final class Printout {

  private static final String RULE = "-".repeat(70);

  private final PrintStream out;

  /**
   * Prints to a stream.
   *
   * @param out the stream, not null
   */
  Printout(PrintStream out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  /** Formats an amount the Danish way, such as {@code 25.000,00 kr.}. */
  static String kr(DkkAmount amount) {
    return DanishFormat.format(amount);
  }

  /** Starts a section: a blank line and its title. */
  void section(String title) {
    out.println();
    out.println(title);
  }

  /** The participants with their masked CPR numbers, benefits, ideas and the amounts they apply for. */
  void roster(List<Entrepreneur> entrepreneurs) {
    section("Participants (CPR numbers masked)");
    for (Entrepreneur e : entrepreneurs) {
      out.printf(Locale.ROOT, "  %-5s %-18s %s  %-25s %-21s %15s%n", e.participantId(), e.name(), e.maskedCpr(),
          e.benefit(), e.idea().title(), kr(e.requested()));
    }
  }

  /** How many cases reached each stage, and the cases that ended before a loan with their reasons. */
  void funnel(Map<Stage, Long> funnel, List<Walkthrough.Exit> exits) {
    section("Funnel (cases that reached each stage)");
    funnel.forEach((stage, count) -> out.printf(Locale.ROOT, "  %-24s %3d%n", stage, count));
    section("Exits (" + exits.size() + ")");
    for (Walkthrough.Exit x : exits) {
      out.printf(Locale.ROOT, "  %-24s %-10s at %-23s %s%n", Cast.byId(x.participantId()).label(), x.ending(),
          x.from(), String.join(", ", x.reasons()));
    }
  }

  /** A decision letter in Danish, as it is sent, between two rules. */
  void letter(String title, Entrepreneur e, CaseRef ref, DecisionLetter letter) {
    section(title + " (" + e.label() + ", case " + ref.caseId() + ")");
    out.println(RULE);
    out.print(letter.danishText());
    out.println(RULE);
  }

  /** A loan's instalments as they stand on a day. */
  void schedule(Entrepreneur e, CaseRef ref, LoanAccount loan, LocalDate today, String note) {
    List<ScheduledInstalment> instalments = loan.instalments(today);
    section("Repayment schedule: " + e.label() + ", case " + ref.caseId() + ", " + kr(loan.terms().orElseThrow()
        .principal()) + " in " + instalments.size() + " monthly instalments, as of " + today + " (" + note + ")");
    out.printf(Locale.ROOT, "  %3s  %-10s  %-10s  %14s  %14s%n", "no.", "nominal", "due", "amount", "remaining");
    for (ScheduledInstalment i : instalments) {
      String state = i.isSettled() ? "paid" : i.dueDate().isBefore(today) ? "overdue" : "";
      out.println(String.format(Locale.ROOT, "  %3d  %-10s  %-10s  %14s  %14s  %s", i.number(), i.nominalDate(),
          i.dueDate(), kr(i.amount()), kr(i.remaining()), state).stripTrailing());
    }
  }

  /** Each loan's status, balances and arrears on a day. */
  void loans(Map<Entrepreneur, LoanAccount> loans, LocalDate today) {
    section("Loans on " + today);
    String row = "  %-22s %-11s %14s %14s %14s %14s  %s%n";
    out.printf(Locale.ROOT, row, "borrower", "status", "paid out", "repaid", "written off", "outstanding", "arrears");
    loans.forEach((e, loan) -> {
      LoanBalances b = loan.balances(today);
      Arrears a = loan.arrears(today);
      out.printf(Locale.ROOT, row, e.label(), loan.status(today), kr(b.disbursed()), kr(b.paid()), kr(b.writtenOff()),
          kr(b.outstanding()), a.bucket() == ArrearsBucket.NONE ? "none"
              : kr(a.overdue()) + ", " + a.daysPastDue() + " days (" + a.bucket() + ")");
    });
  }

  /** The programme report, and whether its funnel is the one the walkthrough followed. */
  void report(ProgrammeReport r, String municipalityCode, LocalDate referredOn, Map<Stage, Long> funnel) {
    section("Programme report (Mikrolan.report): cases of " + municipalityCode + " referred on " + referredOn
        + ", as of " + r.asOf());
    out.println("  cases             " + r.cases());
    out.println("  funnel            " + joined(r.funnel()));
    out.println("  exits             " + joined(r.exits()));
    out.println("  loans granted     " + r.loansGranted() + ", " + kr(r.amountGranted()));
    out.println("  paid out          " + kr(r.amountDisbursed()));
    out.println("  repaying on time  " + share(r.onTime()));
    out.println("  in arrears        " + (r.arrearsByBucket().isEmpty() ? "none" : joined(r.arrearsByBucket())));
    out.println("  written off       " + kr(r.writtenOff()));
    SortedMap<Integer, Share> self = r.selfSupporting();
    out.println("  self-supporting   " + (self.isEmpty() ? "no follow-up yet" : String.join(", ", self.entrySet()
        .stream().map(s -> "after " + s.getKey() + " months " + share(s.getValue())).toList())));
    out.println("  the report's funnel " + (r.funnel().equals(funnel) ? "agrees" : "DISAGREES")
        + " with the walkthrough's");
  }

  private static String share(Share s) {
    return s + " (" + s.percent() + " %)";
  }

  private static String joined(Map<?, Long> counts) {
    return String.join(", ", counts.entrySet().stream().map(c -> c.getKey() + " " + c.getValue()).toList());
  }
}
