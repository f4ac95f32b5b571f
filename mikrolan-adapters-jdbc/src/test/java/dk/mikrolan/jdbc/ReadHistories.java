package dk.mikrolan.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dk.mikrolan.aid.UndertakingId;
import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.cohort.AttendanceSummary;
import dk.mikrolan.fund.FundPeriod;
import dk.mikrolan.fund.LoanFund;
import dk.mikrolan.fund.LoanFundCommand;
import dk.mikrolan.identity.AdvisorId;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.identity.Cvr;
import dk.mikrolan.identity.ParticipantId;
import dk.mikrolan.loan.LoanCommand;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.BaseRate;
import dk.mikrolan.policy.BenefitType;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.port.AppendBatch;
import dk.mikrolan.port.EventStore;
import dk.mikrolan.port.StreamAppend;
import dk.mikrolan.programme.ApproveLoan;
import dk.mikrolan.programme.AssessmentOutcome;
import dk.mikrolan.programme.CaseCommand;
import dk.mikrolan.programme.CaseWork;
import dk.mikrolan.programme.ChangeLoan;
import dk.mikrolan.programme.DisburseLoan;
import dk.mikrolan.programme.EndCase;
import dk.mikrolan.programme.Participant;
import dk.mikrolan.programme.Stage;
import dk.mikrolan.read.CaseSummary;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentTerms;
import dk.mikrolan.testkit.ProgrammeFixtures;
import dk.mikrolan.usecase.Caller;
import dk.mikrolan.usecase.UseCase;
import dk.mikrolan.usecase.UseCaseResult;
import dk.mikrolan.usecase.UseCaseShell;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Generated case histories for the read port's contract, written to a store through the use cases.
 * A seed makes the same histories for every store; each plan is also the model of the case list
 * row it should produce. Two municipalities share case ids, among them ids that a locale
 * collation orders differently from Java ({@code "a-1"}, {@code "A-2"}, {@code "a_3"}, {@code "b"}).
 */
final class ReadHistories {

  static final BankingCalendar CALENDAR = BankingCalendar.danish();
  static final FundPeriod YEAR = FundPeriod.ofYear(2026);
  static final List<String> COLLATION_IDS = List.of("a-1", "A-2", "a_3", "b");
  static final UndertakingId SHARED_BUSINESS = UndertakingId.of(Cvr.parse("13748136"));

  private static final LocalDate START = LocalDate.of(2026, 1, 5);
  private static final LocalDate FIRST_DUE = LocalDate.of(2026, 8, 1);
  private static final AttendanceSummary DONE = new AttendanceSummary(
      java.util.Set.of("ACCOUNTING", "TAX", "VAT", "INSURANCE"), 4, 4, 4, Optional.empty());

  /** How far a case goes. */
  enum Target { REFERRED, SCREENING, CAFE_MEETINGS, COMPETENCE_DEVELOPMENT, FINAL_SEMINAR, APPROVED, DISBURSED,
    REPAYING, WITHDRAWN }

  /**
   * One case's history.
   *
   * @param ref the case
   * @param advisor the participant's advisor
   * @param cohort the cohort its competence development starts in
   * @param referredOn the referral date
   * @param target how far it goes
   * @param withdrawnAfterApproval for {@code WITHDRAWN}: whether it was approved first
   * @param undertaking the undertaking its approval books aid for
   * @param paymentDates the dates of payments of DKK 1,000 each (for {@code REPAYING})
   */
  record Plan(CaseRef ref, String advisor, String cohort, LocalDate referredOn, Target target,
      boolean withdrawnAfterApproval, UndertakingId undertaking, List<LocalDate> paymentDates) {

    boolean approved() {
      return target == Target.APPROVED || target == Target.DISBURSED || target == Target.REPAYING
          || (target == Target.WITHDRAWN && withdrawnAfterApproval);
    }

    boolean hasLoan() {
      return target == Target.DISBURSED || target == Target.REPAYING;
    }

    /** The row a case list should show for this case: the model, written out by hand. */
    CaseSummary expected() {
      Stage stage = switch (target) {
        case REFERRED -> Stage.REFERRED;
        case SCREENING -> Stage.SCREENING;
        case CAFE_MEETINGS -> Stage.CAFE_MEETINGS;
        case COMPETENCE_DEVELOPMENT -> Stage.COMPETENCE_DEVELOPMENT;
        case FINAL_SEMINAR -> Stage.FINAL_SEMINAR;
        case APPROVED -> Stage.APPROVED;
        case DISBURSED -> Stage.DISBURSED;
        case REPAYING -> Stage.REPAYING;
        case WITHDRAWN -> Stage.WITHDRAWN;
      };
      boolean inCohort = target.ordinal() >= Target.COMPETENCE_DEVELOPMENT.ordinal();
      return new CaseSummary(ref, stage, inCohort ? Optional.of(cohort) : Optional.empty(), AdvisorId.of(advisor),
          participant(), referredOn);
    }

    ParticipantId participant() {
      return ParticipantId.of("P-" + ref.caseId().value());
    }
  }

  private ReadHistories() {}

  /** The plans for a seed: every id in 751, most also in 101. */
  static List<Plan> plans(long seed) {
    Random random = new Random(seed);
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      ids.add(String.format("2026-%04d", i));
    }
    ids.addAll(COLLATION_IDS);
    Target[] targets = Target.values();
    List<Plan> plans = new ArrayList<>();
    for (String id : ids) {
      for (String municipality : List.of("751", "101")) {
        // One business runs from a case in each municipality: its de minimis record counts both.
        boolean shared = id.equals("2026-0008");
        if (!shared && municipality.equals("101") && random.nextInt(10) < 3) {
          continue;
        }
        // Every target once, then loans weighted up: they are what the arrears list is about.
        Target target = shared ? Target.REPAYING : plans.size() < targets.length ? targets[plans.size()]
            : random.nextInt(2) == 0 ? (random.nextBoolean() ? Target.REPAYING : Target.DISBURSED)
            : targets[random.nextInt(targets.length)];
        List<LocalDate> payments = new ArrayList<>();
        if (target == Target.REPAYING) {
          LocalDate last = FIRST_DUE;
          int count = 1 + random.nextInt(7);
          for (int k = 0; k < count; k++) {
            LocalDate date = FIRST_DUE.plusMonths(k).plusDays(random.nextInt(50) - 5);
            last = date.isAfter(last) ? date : last;
            payments.add(last);
          }
        }
        CaseRef ref = CaseRef.of(municipality, id);
        UndertakingId undertaking = shared || random.nextInt(4) == 0 ? SHARED_BUSINESS
            : UndertakingId.of(municipality, ParticipantId.of("P-" + id));
        plans.add(new Plan(ref, "adv-" + (1 + random.nextInt(2)), "H-" + (1 + random.nextInt(2)),
            START.plusDays(random.nextInt(20)), target, random.nextBoolean(), undertaking, List.copyOf(payments)));
      }
    }
    return List.copyOf(plans);
  }

  static PolicyVersions<ProgrammePolicy> policies(String municipality) {
    return PolicyVersions.of(ProgrammePolicy.builder().municipalityCode(municipality)
        .municipalityName("Kommune " + municipality).validFrom(LocalDate.of(2026, 1, 1))
        .loanFundCeiling(DkkAmount.ofKroner(1_000_000))
        .addBaseRates(new BaseRate(LocalDate.of(2026, 1, 1), new BigDecimal("0.0231"))).build());
  }

  static RepaymentTerms terms() {
    return RepaymentTerms.builder().principal(DkkAmount.ofKroner(12_000)).firstDueDate(FIRST_DUE)
        .frequency(Frequency.MONTHLY).plan(RepaymentPlan.byCount(12)).disbursementDate(LocalDate.of(2026, 6, 1)).build();
  }

  /** Opens the fund of the year for a municipality (an administrator's set-up, not a use case). */
  static void openFund(EventStore store, String municipality) {
    if (store.version(LoanFund.streamId(municipality, YEAR)) == 0) {
      store.append(AppendBatch.of("admin", "setup", new StreamAppend(LoanFund.streamId(municipality, YEAR), 0,
          LoanFund.empty().decide(LoanFundCommand.Open.from(policies(municipality).all().get(0), YEAR,
              LocalDate.of(2026, 1, 1))).get())));
    }
  }

  /** Writes a plan's history through the use cases, checking each is done. */
  static void write(EventStore store, Plan plan) {
    UseCaseShell shell = UseCaseShell.over(store);
    String m = plan.ref().municipalityCode();
    PolicyVersions<ProgrammePolicy> pv = policies(m);
    openFund(store, m);
    Participant sample = ProgrammeFixtures.participant(plan.participant().value(), "Navn", BenefitType.SICKNESS_BENEFIT);
    Participant p = Participant.builder().id(sample.id()).cpr(sample.cpr()).name(sample.name())
        .benefit(sample.benefit()).businessIdea(sample.businessIdea()).advisor(AdvisorId.of(plan.advisor())).build();
    LocalDate d = plan.referredOn();
    List<CaseCommand> work = new ArrayList<>(List.of(
        new CaseCommand.Refer(p, m, d, "cw"),
        new CaseCommand.SubmitApplication(ProgrammeFixtures.application(DkkAmount.ofKroner(12_000),
            RepaymentPlan.byCount(12), Frequency.MONTHLY), d, "cw"),
        new CaseCommand.StartScreening(d, "cw"),
        new CaseCommand.RecordScreening(AssessmentOutcome.eligible(), d, "cw"),
        new CaseCommand.RecordCafeMeeting("møde", d, "adv"),
        new CaseCommand.RecordAssessment(AssessmentOutcome.eligible(), d, "adv"),
        new CaseCommand.StartCompetenceDevelopment(plan.cohort(), d, "cw"),
        new CaseCommand.StartSeminar(DONE, LocalDate.of(2026, 5, 18), "cw"),
        new CaseCommand.Recommend(terms(), DONE, LocalDate.of(2026, 5, 21), "adv")));
    int steps = switch (plan.target()) {
      case REFERRED -> 2;
      case SCREENING -> 3;
      case CAFE_MEETINGS -> 6;
      case COMPETENCE_DEVELOPMENT -> 7;
      default -> work.size();
    };
    for (CaseCommand c : work.subList(0, steps)) {
      done(shell, CaseWork.of(new CaseWork.Request(plan.ref(), c), pv));
    }
    if (plan.approved()) {
      done(shell, ApproveLoan.of(new ApproveLoan.Request(plan.ref(), plan.undertaking(), Optional.empty(), YEAR, terms(),
          List.of(), new BigDecimal("7.46"), LocalDate.of(2026, 5, 22), "head"), pv, CALENDAR));
    }
    if (plan.target() == Target.WITHDRAWN) {
      done(shell, EndCase.of(new EndCase.Request(plan.ref(), new CaseCommand.Withdraw("Fik job",
          LocalDate.of(2026, 5, 25), "cw")), pv));
    }
    if (plan.hasLoan()) {
      done(shell, DisburseLoan.of(new DisburseLoan.Request(plan.ref(), DkkAmount.ofKroner(12_000),
          LocalDate.of(2026, 6, 1), "NK", "fin"), pv, CALENDAR));
    }
    int n = 0;
    for (LocalDate date : plan.paymentDates()) {
      n++;
      done(shell, ChangeLoan.of(new ChangeLoan.Request(plan.ref(), LoanCommand.ReceivePayment.of(
          "P" + n, DkkAmount.ofKroner(1_000).toMonetaryAmount(), date, "bank-" + n), "bank"), pv, CALENDAR));
    }
  }

  private static void done(UseCaseShell shell, UseCase<?, ?> useCase) {
    assertThat(shell.run(useCase, Caller.of("tester", "corr"))).isInstanceOf(UseCaseResult.Done.class);
  }
}
