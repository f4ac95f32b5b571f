package dk.mikrolan.report;

import static org.assertj.core.api.Assertions.assertThat;

import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.cohort.AttendanceSummary;
import dk.mikrolan.identity.CaseId;
import dk.mikrolan.testkit.ProgrammeFixtures;
import dk.mikrolan.loan.ArrearsBucket;
import dk.mikrolan.loan.LoanAccount;
import dk.mikrolan.loan.LoanCommand;
import dk.mikrolan.loan.LoanEvent;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.BenefitType;
import dk.mikrolan.policy.LoanPolicy;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.programme.AidStatement;
import dk.mikrolan.programme.AssessmentOutcome;
import dk.mikrolan.programme.CaseCommand;
import dk.mikrolan.programme.ParticipantCase;
import dk.mikrolan.programme.Stage;
import dk.mikrolan.programme.SupportStatus;
import dk.mikrolan.rules.RuleReference;
import dk.mikrolan.rules.Text;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProgrammeReportsTest {

  private static final PolicyVersions<ProgrammePolicy> POLICIES = PolicyVersions.of(ProgrammePolicy.builder()
      .municipalityCode("751").municipalityName("Aarhus Kommune").validFrom(LocalDate.of(2020, 1, 1)).build());
  private static final AttendanceSummary DONE = new AttendanceSummary(
      Set.of("ACCOUNTING", "TAX", "VAT", "INSURANCE"), 4, 4, 4, Optional.empty());
  private static final LocalDate START = LocalDate.of(2026, 1, 5);

  private static ParticipantCase apply(ParticipantCase c, CaseCommand... commands) {
    for (CaseCommand command : commands) {
      c = c.evolveAll(c.decide(command, POLICIES).get());
    }
    return c;
  }

  private static ParticipantCase referred(String id) {
    return apply(ParticipantCase.empty(),
        new CaseCommand.Refer(ProgrammeFixtures.participant(id, "Navn", BenefitType.CASH_BENEFIT), "751", START, "cw"),
        new CaseCommand.StartScreening(START, "cw"));
  }

  private static RepaymentTerms terms() {
    return RepaymentTerms.builder().principal(DkkAmount.ofKroner(12_000)).firstDueDate(LocalDate.of(2026, 8, 1))
        .frequency(Frequency.MONTHLY).plan(RepaymentPlan.byCount(12)).disbursementDate(LocalDate.of(2026, 6, 1)).build();
  }

  private static ParticipantCase disbursed(String id) {
    return apply(referred(id),
        new CaseCommand.SubmitApplication(ProgrammeFixtures.application(DkkAmount.ofKroner(12_000),
            RepaymentPlan.byCount(12), Frequency.MONTHLY), START, "cw"),
        new CaseCommand.RecordScreening(AssessmentOutcome.eligible(), START.plusDays(7), "cw"),
        new CaseCommand.RecordCafeMeeting("møde", START.plusDays(14), "adv"),
        new CaseCommand.RecordAssessment(AssessmentOutcome.eligible(), START.plusDays(21), "adv"),
        new CaseCommand.StartCompetenceDevelopment("H-1", START.plusDays(28), "cw"),
        new CaseCommand.StartSeminar(DONE, LocalDate.of(2026, 5, 18), "cw"),
        new CaseCommand.Recommend(terms(), DONE, LocalDate.of(2026, 5, 21), "adv"),
        new CaseCommand.Approve(terms(), DkkAmount.ofKroner(100_000),
            Optional.of(new AidStatement(DkkAmount.ofKroner(500), new BigDecimal("67.02"))), List.of(),
            dk.mikrolan.programme.Booking.of(dk.mikrolan.fund.FundPeriod.ofYear(2026),
                dk.mikrolan.aid.UndertakingId.of("751", dk.mikrolan.identity.ParticipantId.of("P-1"))),
            Optional.empty(), new BigDecimal("7.4600"), LocalDate.of(2026, 5, 22), "head"),
        new CaseCommand.RecordDisbursement(DkkAmount.ofKroner(12_000), LocalDate.of(2026, 6, 1), "cw"));
  }

  private static LoanAccount loan(int paidInstalments) {
    PolicyVersions<LoanPolicy> loanPolicies = PolicyVersions.of(LoanPolicy.defaults(LocalDate.of(2020, 1, 1)));
    LoanAccount a = LoanAccount.empty(BankingCalendar.danish());
    List<LoanCommand> commands = new java.util.ArrayList<>(List.of(
        new LoanCommand.Open(terms(), LocalDate.of(2026, 6, 1)),
        new LoanCommand.Disburse(DkkAmount.ofKroner(12_000), LocalDate.of(2026, 6, 1), "T1")));
    for (int i = 0; i < paidInstalments; i++) {
      commands.add(new LoanCommand.ReceivePayment("P" + i, DkkAmount.ofKroner(1_000), LocalDate.of(2026, 8 + i, 3),
          "bank", dk.mikrolan.loan.PrepaymentHandling.SHORTEN_TERM));
    }
    for (LoanCommand c : commands) {
      java.util.List<LoanEvent> events = a.decide(c, loanPolicies).get();
      a = a.evolveAll(events);
    }
    return a;
  }

  @Test
  void countsTheFunnelExitsLoansRepaymentAndOutcomes() {
    ParticipantCase onTime = apply(disbursed("P-1"),
        new CaseCommand.RecordOutcome(6, SupportStatus.SELF_SUPPORTING, Optional.empty(), true, LocalDate.of(2026, 12, 1), "cw"));
    ParticipantCase late = apply(disbursed("P-2"),
        new CaseCommand.RecordOutcome(6, SupportStatus.BACK_ON_BENEFITS, Optional.empty(), false, LocalDate.of(2026, 12, 2), "cw"));
    ParticipantCase rejected = apply(referred("P-3"), new CaseCommand.Reject(
        List.of(new RuleReference("GENUINE_WISH", "Notat om mikrolån", Text.of("ønske", "wish"))),
        List.of(Text.of("hensyn", "consideration")), List.of(), false, START.plusDays(3), "head"));
    ParticipantCase withdrawn = apply(referred("P-4"), new CaseCommand.Withdraw("NEW_JOB", START.plusDays(2), "cw"));

    LocalDate asOf = LocalDate.of(2026, 12, 15);
    ProgrammeReport report = ProgrammeReports.of(List.of(
        new CaseRecord(CaseId.of("C1"), onTime, Optional.of(loan(5))),
        new CaseRecord(CaseId.of("C2"), late, Optional.of(loan(1))),
        new CaseRecord(CaseId.of("C3"), rejected, Optional.empty()),
        new CaseRecord(CaseId.of("C4"), withdrawn, Optional.empty())), ReportScope.municipality("751"), asOf);

    assertThat(report.cases()).isEqualTo(4);
    assertThat(report.funnel().get(Stage.REFERRED)).isEqualTo(4);
    assertThat(report.funnel().get(Stage.SCREENING)).isEqualTo(4);
    assertThat(report.funnel().get(Stage.APPROVED)).isEqualTo(2);
    assertThat(report.funnel().get(Stage.DISBURSED)).isEqualTo(2);
    assertThat(report.funnel().get(Stage.REPAYING)).isZero();
    assertThat(report.exits()).containsEntry("GENUINE_WISH", 1L).containsEntry("WITHDRAWN", 1L);
    assertThat(report.loansGranted()).isEqualTo(2);
    assertThat(report.amountGranted()).isEqualTo(DkkAmount.ofKroner(24_000));
    assertThat(report.amountDisbursed()).isEqualTo(DkkAmount.ofKroner(24_000));
    assertThat(report.onTime()).isEqualTo(new Share(1, 2));
    assertThat(report.arrearsByBucket()).containsEntry(ArrearsBucket.DAYS_90_PLUS, 1L);
    assertThat(report.selfSupporting().get(6)).isEqualTo(new Share(1, 2));
    assertThat(report.selfSupporting().get(6).percent()).isEqualByComparingTo("50.0");

    assertThat(ProgrammeReports.of(List.of(new CaseRecord(CaseId.of("C1"), onTime, Optional.empty())),
        ReportScope.municipality("101"), asOf).cases()).isZero();
  }

  @Test
  void countsALoanAsItStoodOnTheReportDate() {
    ParticipantCase c = disbursed("P-5");
    List<CaseRecord> records = List.of(new CaseRecord(CaseId.of("C5"), c, Optional.of(loan(5))));
    // Before the loan opened (1 June) it is in no repayment figure; on 15 September two
    // instalments of DKK 1,000 are paid (3 August and 3 September) and none is overdue yet.
    ProgrammeReport beforeOpening = ProgrammeReports.of(records, ReportScope.municipality("751"), LocalDate.of(2026, 5, 31));
    assertThat(beforeOpening.onTime()).isEqualTo(new Share(0, 0));
    assertThat(beforeOpening.writtenOff()).isEqualTo(DkkAmount.ZERO);
    ProgrammeReport september = ProgrammeReports.of(records, ReportScope.municipality("751"), LocalDate.of(2026, 9, 15));
    assertThat(september.onTime()).isEqualTo(new Share(1, 1));
    // Instalments of DKK 1,000 fall due on 3 August (1 August was a Saturday) and 1 September, each
    // paid on the 3rd; a month's figures are what fell due and what came in.
    assertThat(september.repaymentsByMonth()).containsExactly(
        Map.entry(java.time.YearMonth.of(2026, 8), new MonthlyRepayment(DkkAmount.ofKroner(1_000), DkkAmount.ofKroner(1_000))),
        Map.entry(java.time.YearMonth.of(2026, 9), new MonthlyRepayment(DkkAmount.ofKroner(1_000), DkkAmount.ofKroner(1_000))));
    assertThat(beforeOpening.repaymentsByMonth()).isEmpty();
  }

  @Test
  void refusesAFollowUpBeforeItIsDueOrOffThePolicy() {
    ParticipantCase c = disbursed("P-9");
    assertThat(c.decide(new CaseCommand.RecordOutcome(6, SupportStatus.PARTLY, Optional.empty(), true,
        LocalDate.of(2026, 11, 30), "cw"), POLICIES).getLeft().hasReason("FOLLOW_UP_NOT_DUE")).isTrue();
    assertThat(c.decide(new CaseCommand.RecordOutcome(9, SupportStatus.PARTLY, Optional.empty(), true,
        LocalDate.of(2027, 6, 1), "cw"), POLICIES).getLeft().hasReason("FOLLOW_UP_NOT_DUE")).isTrue();
  }
}
