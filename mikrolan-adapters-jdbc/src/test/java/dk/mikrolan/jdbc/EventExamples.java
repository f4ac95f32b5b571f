package dk.mikrolan.jdbc;

import dk.mikrolan.aid.DeMinimisEvent;
import dk.mikrolan.cohort.CohortEvent;
import dk.mikrolan.cohort.CohortId;
import dk.mikrolan.cohort.SessionKind;
import dk.mikrolan.fund.FundPeriod;
import dk.mikrolan.fund.LoanFundEvent;
import dk.mikrolan.identity.AdvisorId;
import dk.mikrolan.identity.CaseId;
import dk.mikrolan.identity.Cpr;
import dk.mikrolan.identity.Cvr;
import dk.mikrolan.identity.ParticipantId;
import dk.mikrolan.loan.LoanEvent;
import dk.mikrolan.loan.LoanStatus;
import dk.mikrolan.loan.PrepaymentHandling;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.BaseRate;
import dk.mikrolan.policy.BenefitType;
import dk.mikrolan.policy.ComplaintGuidance;
import dk.mikrolan.policy.PolicyEvent;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.programme.AidStatement;
import dk.mikrolan.programme.AssessmentOutcome;
import dk.mikrolan.programme.BudgetCategory;
import dk.mikrolan.programme.BudgetItem;
import dk.mikrolan.programme.BusinessIdea;
import dk.mikrolan.programme.CaseEvent;
import dk.mikrolan.programme.Decision;
import dk.mikrolan.programme.GrantExtent;
import dk.mikrolan.programme.Justification;
import dk.mikrolan.programme.LoanApplication;
import dk.mikrolan.programme.Participant;
import dk.mikrolan.programme.Stage;
import dk.mikrolan.programme.SupportStatus;
import dk.mikrolan.rules.RuleReference;
import dk.mikrolan.rules.Text;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentTerms;
import dk.mikrolan.schedule.RoundingUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One example of every stored event type, in the registry's order. The frozen fixture {@code
 * fixtures/events-v1.jsonl} was written from these: {@link StoredV1FixturesTest} expects its lines
 * to decode to exactly these events, so change an example only together with an upcaster that
 * makes the stored line decode to the changed event.
 */
final class EventExamples {

  /** The participant's CPR: a made-up number (born 15 March 1990) that fails the modulus-11 check. */
  static final Cpr CPR = Cpr.parse("150390-4000");

  static final CaseId CASE = CaseId.of("751-2026-0042");

  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  private EventExamples() {}

  static RepaymentTerms terms() {
    return RepaymentTerms.builder()
        .principal(DkkAmount.parse("DKK 24000.00"))
        .firstDueDate(LocalDate.of(2026, 6, 1))
        .frequency(Frequency.MONTHLY)
        .plan(RepaymentPlan.byCount(24))
        .roundingUnit(RoundingUnit.WHOLE_KRONER)
        .disbursementDate(LocalDate.of(2026, 3, 16))
        .build();
  }

  static Participant participant() {
    return Participant.builder()
        .id(ParticipantId.of("P-1042"))
        .cpr(CPR)
        .name("Amina Jensen")
        .benefit(BenefitType.OTHER)
        .benefitDescription("Ressourceforløbsydelse")
        .businessIdea(BusinessIdea.of("Cykelværksted på Vesterbro", "Reparation af cykler",
            "Pendlere og studerende", "Betaling pr. reparation"))
        .advisor(AdvisorId.of("adv-1"))
        .build();
  }

  static Justification justification() {
    return new Justification(
        List.of(new RuleReference("LOAN_CEILING", "Notat om mikrolån",
            Text.of("Lånet er højst 50.000 kr.", "The loan is at most DKK 50,000."))),
        List.of(Text.of("Budgettet rummer brugt udstyr", "The budget has room for used equipment")),
        List.of(Text.of("Ansøgt 60.000 kr.", "Applied for DKK 60,000")));
  }

  static ComplaintGuidance guidance() {
    return new ComplaintGuidance("Ankestyrelsen", "Du kan klage inden 4 uger.", "You may complain within 4 weeks.", 4);
  }

  static ProgrammePolicy policy() {
    return ProgrammePolicy.builder()
        .municipalityCode("751")
        .municipalityName("Aarhus Kommune")
        .validFrom(LocalDate.of(2026, 1, 1))
        .addBaseRates(new BaseRate(LocalDate.of(2026, 1, 1), new BigDecimal("0.0231")))
        .build();
  }

  /** Returns the example of an event type. */
  static <T> T of(Class<T> type) {
    return oneOfEach().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
  }

  /** Returns one event of every type, in the registry's order. */
  static List<Object> oneOfEach() {
    return List.of(
        new LoanEvent.Opened(terms(), DAY),
        new LoanEvent.TrancheDisbursed(DkkAmount.parse("DKK 12000.00"), LocalDate.of(2026, 3, 16), "T-1"),
        new LoanEvent.DisbursementClosed(LocalDate.of(2026, 4, 30)),
        new LoanEvent.PaymentReceived("P-7", DkkAmount.parse("DKK 1000.50"), LocalDate.of(2026, 6, 2), "bank-77",
            PrepaymentHandling.SHORTEN_TERM),
        new LoanEvent.PaymentReversed("P-7", LocalDate.of(2026, 6, 5), "Returned by the bank"),
        new LoanEvent.Deferred(2, LocalDate.of(2026, 7, 1), "Illness", "cw-1"),
        new LoanEvent.Rescheduled(LocalDate.of(2026, 10, 1), Frequency.QUARTERLY,
            RepaymentPlan.byAmount(DkkAmount.parse("DKK 1500.00")), RoundingUnit.ORE, LocalDate.of(2026, 8, 3),
            "Seasonal income", "head-1"),
        new LoanEvent.WrittenOff(Optional.of(DkkAmount.parse("DKK 500.25")), LocalDate.of(2027, 1, 4),
            "Hardship", "head-1"),
        new LoanEvent.OverpaymentRefunded(DkkAmount.parse("DKK 0.01"), LocalDate.of(2028, 2, 1), "refund-3"),

        new CaseEvent.Referred(participant(), "751", LocalDate.of(2026, 1, 5), "cw-1"),
        new CaseEvent.ApplicationSubmitted(LoanApplication.of(DkkAmount.parse("DKK 60000.00"),
            RepaymentPlan.byAmount(DkkAmount.parse("DKK 1000.00")), Frequency.MONTHLY, List.of(
                BudgetItem.of(BudgetCategory.EQUIPMENT, "Brugt varevogn", DkkAmount.parse("DKK 45000.00")),
                BudgetItem.of(BudgetCategory.MARKETING, "Skilt og hjemmeside", DkkAmount.parse("DKK 15000.00")))),
            LocalDate.of(2026, 1, 6), "cw-1"),
        new CaseEvent.ScreeningStarted(LocalDate.of(2026, 1, 7), "cw-1"),
        new CaseEvent.Screened(new AssessmentOutcome(AssessmentOutcome.Verdict.NOT_ELIGIBLE,
            List.of(new RuleReference("BENEFIT", "Notat om mikrolån", Text.of("Ydelsen er ikke omfattet",
                "The benefit is not covered"))), List.of("COURAGE")), LocalDate.of(2026, 1, 8), "cw-1"),
        new CaseEvent.CafeMeetingHeld("Erfaring fra cykelbutik", LocalDate.of(2026, 1, 20), "adv-1"),
        new CaseEvent.Assessed(AssessmentOutcome.eligible(), LocalDate.of(2026, 2, 3), "adv-1"),
        new CaseEvent.CompetenceDevelopmentStarted("751-2026-F", LocalDate.of(2026, 2, 10), "cw-1"),
        new CaseEvent.SeminarStarted(List.of(Text.of("Forløbet varede over 4 måneder",
            "Competence development lasted more than 4 months")), LocalDate.of(2026, 6, 15), "cw-1"),
        new CaseEvent.Recommended(terms(), LocalDate.of(2026, 6, 18), "adv-1"),
        new CaseEvent.HearingSent(List.of(Text.of("Budgettet overstiger loftet", "The budget exceeds the ceiling")),
            LocalDate.of(2026, 7, 2), LocalDate.of(2026, 6, 18), "cw-1"),
        new CaseEvent.HearingAnswered("Kan klare sig med mindre", LocalDate.of(2026, 6, 25), "cw-1"),
        new CaseEvent.Approved(new Decision(Decision.Kind.APPROVAL, GrantExtent.PARTIAL,
            Optional.of(DkkAmount.parse("DKK 24000.00")), Optional.of(justification()), Optional.of(guidance()),
            Optional.of(new AidStatement(DkkAmount.parse("DKK 1234.56"), new BigDecimal("165.49"))), "head-1",
            LocalDate.of(2026, 7, 3), LocalDate.of(2026, 1, 1)), terms(),
            List.of(Text.of("Udbetal i rater", "Pay out in tranches"))),
        new CaseEvent.Rejected(new Decision(Decision.Kind.REJECTION, GrantExtent.NONE, Optional.empty(),
            Optional.of(justification()), Optional.of(guidance()), Optional.empty(), "head-1",
            LocalDate.of(2026, 7, 3), LocalDate.of(2026, 1, 1)), Stage.FINAL_SEMINAR),
        new CaseEvent.Withdrawn("new job", Stage.CAFE_MEETINGS, LocalDate.of(2026, 1, 30), "cw-1"),
        new CaseEvent.Disbursed(DkkAmount.parse("DKK 12000.00"), List.of(), LocalDate.of(2026, 3, 16), "cw-1"),
        new CaseEvent.RepaymentStarted(LocalDate.of(2026, 6, 2), "system"),
        new CaseEvent.Closed(LoanStatus.REPAID, LocalDate.of(2028, 5, 2), "system"),
        new CaseEvent.Reopened(LocalDate.of(2028, 5, 9), "system"),
        new CaseEvent.OutcomeRecorded(12, SupportStatus.SELF_SUPPORTING, Optional.of(Cvr.parse("12345674")), true,
            LocalDate.of(2027, 3, 16), "adv-1"),
        new CaseEvent.NoteAdded("Ringede om udbetaling", LocalDate.of(2026, 3, 10), "cw-1"),

        new LoanFundEvent.FundOpened("751", FundPeriod.ofYear(2026), DkkAmount.parse("DKK 700000.00"), true,
            LocalDate.of(2025, 12, 15)),
        new LoanFundEvent.Committed(CASE, DkkAmount.parse("DKK 24000.00"), LocalDate.of(2026, 7, 3)),
        new LoanFundEvent.Released(CASE, LocalDate.of(2026, 7, 10), "Withdrawn after approval"),
        new LoanFundEvent.Disbursed(CASE, DkkAmount.parse("DKK 20000.00"), LocalDate.of(2026, 4, 30)),
        new LoanFundEvent.RepaymentReturned(CASE, DkkAmount.parse("DKK 1000.50"), LocalDate.of(2026, 6, 2)),
        new LoanFundEvent.ReturnReversed(CASE, DkkAmount.parse("DKK 1000.50"), LocalDate.of(2026, 6, 9)),
        new LoanFundEvent.CeilingChanged(DkkAmount.parse("DKK 850000.00"), LocalDate.of(2026, 9, 1), "Byrådet"),

        new CohortEvent.CohortPlanned(CohortId.of("751-2026-F"), "751", LocalDate.of(2026, 2, 10)),
        new CohortEvent.SessionScheduled("S-1", SessionKind.COURSE, Optional.of("ACCOUNTING"),
            LocalDate.of(2026, 2, 17)),
        new CohortEvent.ParticipantEnrolled(CASE, LocalDate.of(2026, 2, 10)),
        new CohortEvent.ParticipantLeft(CASE, LocalDate.of(2026, 5, 29), "Moved to a later cohort"),
        new CohortEvent.AttendanceRecorded("S-1", CASE, true, "", LocalDate.of(2026, 2, 17)),

        new DeMinimisEvent.AidGranted(CASE, LocalDate.of(2026, 7, 3), DkkAmount.parse("DKK 1234.56"),
            new BigDecimal("7.4600"), new BigDecimal("165.49"), new BigDecimal("0.0631"), new BigDecimal("0.0631"),
            "Regulation (EU) 2023/2831", "751"),
        // As version 1 stored it, without the authority (the v1 fixture line decodes to this).
        new DeMinimisEvent.AidCancelled(CASE, LocalDate.of(2026, 7, 10), "Approval withdrawn", Optional.empty()),

        new PolicyEvent.VersionAdopted(policy(), "Beskæftigelsesudvalget", LocalDate.of(2025, 11, 20)),

        new CaseEvent.Booked(dk.mikrolan.programme.Booking.of(FundPeriod.ofYear(2026),
            dk.mikrolan.aid.UndertakingId.of(Cvr.parse("12345674"))), LocalDate.of(2026, 5, 22), "head-1"),
        new dk.mikrolan.programme.LetterEvent.Issued("751", letter()),
        new dk.mikrolan.programme.LetterEvent.Delivered(LocalDate.of(2026, 5, 23), "system:letter-dispatcher"),

        new CaseEvent.FirstApprovalGiven(terms(), dk.mikrolan.programme.Booking.of(FundPeriod.ofYear(2026),
            dk.mikrolan.aid.UndertakingId.of(Cvr.parse("12345674"))),
            Optional.of(dk.mikrolan.aid.UndertakingId.of("751", ParticipantId.of("P-1042"))),
            List.of(Text.of("Budgettet er realistisk", "The budget is realistic")), new BigDecimal("7.4600"),
            LocalDate.of(2026, 5, 21), "head-1"));
  }

  /**
   * One example of every type whose current schema version is 2, in the registry's order, as
   * {@code fixtures/events-v2.jsonl} holds it: each with the fields version 2 added set.
   */
  static List<Object> oneOfEachAtVersionTwo() {
    return List.of(
        new DeMinimisEvent.AidCancelled(CASE, LocalDate.of(2026, 7, 10), "Approval withdrawn", Optional.of("751")),
        new PolicyEvent.VersionAdopted(ProgrammePolicy.builder()
            .municipalityCode("751")
            .municipalityName("Aarhus Kommune")
            .validFrom(LocalDate.of(2027, 1, 1))
            .addBaseRates(new BaseRate(LocalDate.of(2026, 1, 1), new BigDecimal("0.0231")))
            .secondDeciderAbove(DkkAmount.parse("DKK 25000.00"))
            .addWithheld(dk.mikrolan.access.Withheld.of(dk.mikrolan.access.Role.DECIDER, dk.mikrolan.access.Action.WITHDRAW),
                dk.mikrolan.access.Withheld.of(dk.mikrolan.access.Role.CASEWORKER, dk.mikrolan.access.Action.WITHDRAW),
                dk.mikrolan.access.Withheld.of(dk.mikrolan.access.Role.CASEWORKER, dk.mikrolan.access.Action.ADD_NOTE))
            .build(), "Beskæftigelsesudvalget", LocalDate.of(2026, 11, 20)));
  }

  static dk.mikrolan.programme.DecisionLetter letter() {
    return new dk.mikrolan.programme.DecisionLetter(dk.mikrolan.identity.ParticipantId.of("P-1042"), "Amina Jensen",
        "Aarhus Kommune", CASE, "24.10.10-G01-1-26", LocalDate.of(2026, 5, 22),
        dk.mikrolan.rules.Text.of("Afgørelse om mikrolån: afslag", "Decision on micro-loan: refusal"),
        dk.mikrolan.rules.Text.of("Vi har besluttet, at du ikke kan få et mikrolån.",
            "We have decided that you cannot get a micro-loan."),
        Optional.of(dk.mikrolan.rules.Text.of("Begrundelse", "Justification")),
        Optional.of(dk.mikrolan.rules.Text.of("Klagevejledning", "Complaint guidance")));
  }
}
