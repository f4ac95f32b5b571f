package dk.mikrolan.testkit;

import dk.mikrolan.aid.UndertakingId;
import dk.mikrolan.cohort.AttendanceSummary;
import dk.mikrolan.fund.FundPeriod;
import dk.mikrolan.loan.LoanStatus;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.BenefitType;
import dk.mikrolan.programme.AidStatement;
import dk.mikrolan.programme.AssessmentOutcome;
import dk.mikrolan.programme.Booking;
import dk.mikrolan.programme.CaseCommand;
import dk.mikrolan.programme.ParticipantCase;
import dk.mikrolan.rules.RuleReference;
import dk.mikrolan.rules.Text;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A described sequence of case commands with dates moving forward and random actors, for
 * model-based properties of {@link ParticipantCase}. {@link Kind#ADVANCE} asks for the next stage
 * with (mostly) good facts, so scripts reach approval and payout; the other kinds poke at every
 * command whatever the stage.
 *
 * @param benefit the participant's benefit
 * @param referredOn the referral date
 * @param steps the steps after the referral
 */
public record CaseScript(BenefitType benefit, LocalDate referredOn, List<Step> steps) {

  /** Checks that every component is present. */
  public CaseScript {
    Objects.requireNonNull(benefit, "benefit");
    Objects.requireNonNull(referredOn, "referredOn");
    steps = List.copyOf(steps);
  }

  /** The actors scripts draw from: a caseworker, two advisors, a head of unit. */
  public static final List<String> ACTORS = List.of("cw-1", "adv-1", "adv-2", "head-1");

  /** What a step does. */
  public enum Kind {
    /** The command that moves the current stage on, with good facts unless {@code size} is odd. */
    ADVANCE,
    /** Submits an application. */
    APPLY,
    /** Sends a hearing. */
    HEARING,
    /** Answers the hearing. */
    ANSWER,
    /** Rejects, with or without unseen facts. */
    REJECT,
    /** Withdraws. */
    WITHDRAW,
    /** Pays out. */
    DISBURSE,
    /** Reports the loan's progress. */
    FOLLOW_LOAN,
    /** Adds a note. */
    NOTE
  }

  /**
   * One step.
   *
   * @param kind what it does
   * @param days days after the previous step
   * @param actor index into {@link #ACTORS}
   * @param size a number from 0 to 1,000 that varies the step
   */
  public record Step(Kind kind, int days, int actor, int size) {

    /** Checks that every component is present. */
    public Step {
      Objects.requireNonNull(kind, "kind");
    }

    /**
     * Returns the concrete command against the state it meets.
     *
     * @param c the case, not null
     * @param date the step's date, not null
     * @return the command, never null
     */
    public CaseCommand command(ParticipantCase c, LocalDate date) {
      String by = ACTORS.get(actor % ACTORS.size());
      boolean good = size % 2 == 0;
      return switch (kind) {
        case ADVANCE -> advance(c, date, by, good);
        case APPLY -> new CaseCommand.SubmitApplication(ProgrammeFixtures.application(
            DkkAmount.ofKroner(1_000L + size * 49L), RepaymentPlan.byCount(1 + size % 60), Frequency.MONTHLY), date, by);
        case HEARING -> new CaseCommand.SendHearing(good ? List.of(Text.of("oplysning", "fact")) : List.of(), date, by);
        case ANSWER -> new CaseCommand.RecordHearingAnswer("svar", date, by);
        case REJECT -> new CaseCommand.Reject(
            List.of(new RuleReference("MARKET", "Notat om mikrolån", Text.of("marked", "market"))),
            good ? List.of(Text.of("hensyn", "consideration")) : List.of(),
            List.of(Text.of("oplysning", "fact")), size % 3 == 0, date, by);
        case WITHDRAW -> new CaseCommand.Withdraw(good ? "new job" : " ", date, by);
        case DISBURSE -> new CaseCommand.RecordDisbursement(DkkAmount.ofKroner(1L + size * 30L), date, by);
        case FOLLOW_LOAN -> new CaseCommand.FollowLoan(LoanStatus.values()[size % LoanStatus.values().length],
            good, date, by);
        case NOTE -> new CaseCommand.AddNote(good ? "notat" : "", date, by);
      };
    }

    private CaseCommand advance(ParticipantCase c, LocalDate date, String by, boolean good) {
      AttendanceSummary prepared = good
          ? new AttendanceSummary(Set.of("ACCOUNTING", "TAX", "VAT", "INSURANCE"), 3 + size % 3, 4, 4, Optional.of(date))
          : new AttendanceSummary(Set.of("TAX"), size % 3, size % 4, 4, Optional.empty());
      AssessmentOutcome outcome = good ? AssessmentOutcome.eligible()
          : new AssessmentOutcome(AssessmentOutcome.Verdict.INCOMPLETE, List.of(), List.of("COURAGE"));
      return switch (c.stage()) {
        case REFERRED -> new CaseCommand.StartScreening(date, by);
        case SCREENING -> new CaseCommand.RecordScreening(outcome, date, by);
        case CAFE_MEETINGS -> c.cafeMeetings() == 0 || size % 5 == 0
            ? new CaseCommand.RecordCafeMeeting("møde", date, by)
            : c.assessment().isEmpty() || size % 7 == 0
                ? new CaseCommand.RecordAssessment(outcome, date, by)
                : new CaseCommand.StartCompetenceDevelopment("H-1", date, by);
        case COMPETENCE_DEVELOPMENT -> new CaseCommand.StartSeminar(prepared, date, by);
        case FINAL_SEMINAR -> c.recommendation().isEmpty() || size % 9 == 0
            ? new CaseCommand.Recommend(terms(c, date), prepared, date, by)
            : new CaseCommand.Approve(terms(c, date), DkkAmount.ofKroner(good ? 700_000 : 5_000),
                good ? Optional.of(new AidStatement(DkkAmount.ofKroner(1_000), new BigDecimal("134.05"))) : Optional.empty(),
                size % 3 == 0 ? List.of() : List.of(Text.of("hensyn", "consideration")),
                Booking.of(FundPeriod.ofYear(date.getYear()), UndertakingId.of(c.municipalityCode(), c.participantId().get())), Optional.empty(),
                new BigDecimal("7.4600"), date, by);
        case APPROVED, DISBURSED -> new CaseCommand.RecordDisbursement(
            c.approvedTerms().get().principal().minus(c.disbursed()).max(DkkAmount.ofOre(1)), date, by);
        case REPAYING -> new CaseCommand.FollowLoan(good ? LoanStatus.REPAID : LoanStatus.WRITTEN_OFF, true, date, by);
        case CLOSED, REJECTED, WITHDRAWN -> new CaseCommand.AddNote("efterfølgende notat", date, by);
      };
    }

    private RepaymentTerms terms(ParticipantCase c, LocalDate date) {
      DkkAmount amount = c.application().map(a -> a.requestedAmount()).orElse(DkkAmount.ofKroner(20_000));
      return RepaymentTerms.builder()
          .principal(size % 4 == 1 ? DkkAmount.ofKroner(60_000) : amount)
          .firstDueDate(date.plusMonths(2))
          .frequency(Frequency.MONTHLY)
          .plan(c.application().map(a -> a.repaymentPlan()).orElse(RepaymentPlan.byCount(24)))
          .disbursementDate(date.plusDays(7))
          .build();
    }

    @Override
    public String toString() {
      return "+" + days + "d " + ACTORS.get(actor % ACTORS.size()) + " " + kind + "(" + size + ")";
    }
  }

  /**
   * Returns the referral command.
   *
   * @return the command, never null
   */
  public CaseCommand referral() {
    return new CaseCommand.Refer(ProgrammeFixtures.participant("P-1", "Deltager", benefit), "751", referredOn, "cw-1");
  }

  @Override
  public String toString() {
    return "refer " + benefit + " on " + referredOn + ": "
        + steps.stream().map(Step::toString).collect(Collectors.joining(", "));
  }
}
