package dk.mikrolan.programme;

import static org.assertj.core.api.Assertions.assertThat;

import dk.mikrolan.cohort.AttendanceSummary;
import dk.mikrolan.identity.CaseId;
import dk.mikrolan.testkit.ProgrammeFixtures;
import dk.mikrolan.loan.LoanStatus;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.BenefitType;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.rules.Refusal;
import dk.mikrolan.rules.RuleReference;
import dk.mikrolan.rules.Text;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentTerms;
import java.util.List;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The memo's Aarhus example as a scenario: rough sorting, café meetings, competence development
 * over 2–4 months with joint courses, the four-day seminar, the decision, and payout in tranches.
 */
class AarhusScenarioTest {

  static final ProgrammePolicy AARHUS = ProgrammePolicy.builder()
      .municipalityCode("751")
      .municipalityName("Aarhus Kommune")
      .validFrom(LocalDate.of(2026, 1, 1))
      .journalReference("15.00.00-G01")
      .build();
  static final PolicyVersions<ProgrammePolicy> POLICIES = PolicyVersions.of(AARHUS);
  static final Booking BOOKING = Booking.of(dk.mikrolan.fund.FundPeriod.ofYear(2026),
      dk.mikrolan.aid.UndertakingId.of("751", dk.mikrolan.identity.ParticipantId.of("P-1")));
  static final AttendanceSummary PREPARED = new AttendanceSummary(
      Set.of("ACCOUNTING", "TAX", "VAT", "INSURANCE"), 4, 0, 0, Optional.empty());
  static final AttendanceSummary SEMINAR_DONE = new AttendanceSummary(
      Set.of("ACCOUNTING", "TAX", "VAT", "INSURANCE"), 4, 4, 4, Optional.of(LocalDate.of(2026, 5, 21)));

  private ParticipantCase kase = ParticipantCase.empty();

  private List<CaseEvent> does(CaseCommand command) {
    Either<Refusal, List<CaseEvent>> outcome = kase.decide(command, POLICIES);
    assertThat(outcome.isRight()).as("%s", outcome).isTrue();
    kase = kase.evolveAll(outcome.get());
    return outcome.get();
  }

  private Refusal refused(CaseCommand command) {
    Either<Refusal, List<CaseEvent>> outcome = kase.decide(command, POLICIES);
    assertThat(outcome.isLeft()).as("%s", outcome).isTrue();
    return outcome.getLeft();
  }

  static LocalDate day(int month, int dayOfMonth) {
    return LocalDate.of(2026, month, dayOfMonth);
  }

  static RepaymentTerms terms(long kroner, int count) {
    return RepaymentTerms.builder()
        .principal(DkkAmount.ofKroner(kroner))
        .firstDueDate(day(8, 1))
        .frequency(Frequency.MONTHLY)
        .plan(RepaymentPlan.byCount(count))
        .disbursementDate(day(6, 1))
        .build();
  }

  static AidStatement aid() {
    return new AidStatement(DkkAmount.parse("DKK 3912.57"), new BigDecimal("524.46"));
  }

  @Test
  void fromReferralToRepaidLoan() {
    does(new CaseCommand.Refer(ProgrammeFixtures.participant("P-1", "Amira Hansen", BenefitType.CASH_BENEFIT), "751",
        day(1, 5), "cw-1"));
    does(new CaseCommand.SubmitApplication(ProgrammeFixtures.application(DkkAmount.ofKroner(40_000),
        RepaymentPlan.byCount(48), Frequency.MONTHLY), day(1, 5), "cw-1"));
    // 1. Rough sorting: only people with a good idea and a genuine wish go on.
    does(new CaseCommand.StartScreening(day(1, 12), "cw-1"));
    does(new CaseCommand.RecordScreening(AssessmentOutcome.eligible(), day(1, 19), "cw-1"));
    assertThat(kase.stage()).isEqualTo(Stage.CAFE_MEETINGS);
    // 2. Café meetings with a specialised advisor: background, resources, challenges.
    assertThat(refused(new CaseCommand.RecordAssessment(AssessmentOutcome.eligible(), day(1, 20), "adv-1"))
        .hasReason("NO_CAFE_MEETING")).isTrue();
    does(new CaseCommand.RecordCafeMeeting("Uddannet frisør, 8 års erfaring; vil åbne salon i Gellerup.", day(1, 26), "adv-1"));
    does(new CaseCommand.RecordCafeMeeting("Markedsanalyse gennemgået; realistisk budget.", day(2, 2), "adv-1"));
    does(new CaseCommand.RecordAssessment(AssessmentOutcome.eligible(), day(2, 9), "adv-1"));
    // 3. Competence development in a cohort, 2–4 months, with joint courses.
    does(new CaseCommand.StartCompetenceDevelopment("AAR-2026-1", day(2, 16), "cw-1"));
    Refusal tooEarly = refused(new CaseCommand.StartSeminar(AttendanceSummary.NONE, day(4, 1), "cw-1"));
    assertThat(tooEarly.state()).isEqualTo("COMPETENCE_DEVELOPMENT");
    assertThat(tooEarly.reasons()).extracting(v -> v.code())
        .containsExactlyInAnyOrder("COMPETENCE_TOO_SHORT", "COURSES_MISSING", "GUIDANCE_TOO_FEW");
    does(new CaseCommand.StartSeminar(PREPARED, day(5, 18), "cw-1"));
    // 4. The four-day seminar, where the decision is taken.
    does(new CaseCommand.Recommend(terms(40_000, 48), SEMINAR_DONE, day(5, 21), "adv-1"));
    assertThat(refused(new CaseCommand.Approve(terms(40_000, 48), DkkAmount.ofKroner(700_000), Optional.of(aid()),
        java.util.List.of(), BOOKING, Optional.empty(), new BigDecimal("7.4600"), day(5, 22), "adv-1")).hasReason("FOUR_EYES")).isTrue();
    CaseEvent.Approved approved = (CaseEvent.Approved) does(new CaseCommand.Approve(terms(40_000, 48),
        DkkAmount.ofKroner(700_000), Optional.of(aid()), java.util.List.of(), BOOKING, Optional.empty(), new BigDecimal("7.4600"), day(5, 22), "head-1")).get(0);
    assertThat(approved.decision().extent()).isEqualTo(GrantExtent.FULL);
    assertThat(approved.decision().justification()).isEmpty();
    assertThat(approved.decision().complaintGuidance()).isEmpty();
    assertThat(approved.warnings()).singleElement().satisfies(w -> assertThat(w.danish()).contains("rater"));
    // Payout in tranches against documented expenses (Ankestyrelsen: assets above DKK 10,000).
    does(new CaseCommand.RecordDisbursement(DkkAmount.ofKroner(10_000), day(6, 1), "cw-1"));
    CaseEvent.Disbursed second = (CaseEvent.Disbursed) does(
        new CaseCommand.RecordDisbursement(DkkAmount.ofKroner(30_000), day(6, 15), "cw-1")).get(0);
    assertThat(second.warnings()).isNotEmpty();
    assertThat(refused(new CaseCommand.RecordDisbursement(DkkAmount.ofKroner(1), day(6, 16), "cw-1"))
        .hasReason("DISBURSEMENT_ABOVE_GRANTED")).isTrue();
    assertThat(kase.stage()).isEqualTo(Stage.DISBURSED);
    does(new CaseCommand.FollowLoan(LoanStatus.ACTIVE, true, day(8, 3), "system"));
    assertThat(kase.stage()).isEqualTo(Stage.REPAYING);
    does(new CaseCommand.FollowLoan(LoanStatus.REPAID, true, LocalDate.of(2030, 7, 1), "system"));
    assertThat(kase.stage()).isEqualTo(Stage.CLOSED);
    assertThat(ParticipantCase.replay(kase.events())).isEqualTo(kase);

    DecisionLetter letter = DecisionLetters.of(CaseId.of("AAR-2026-0042"), kase, AARHUS);
    assertThat(letter.justification()).isEmpty();
    assertThat(letter.danishText()).contains("Du får bevilget et rentefrit mikrolån på 40.000,00 kr. Lånet skal")
        .doesNotContain("kr..")
        .contains("de minimis-støtte efter Kommissionens forordning (EU) 2023/2831")
        .contains("3.912,57 kr. (524.46 euro)")
        .doesNotContain("Klagevejledning");
  }

  @Test
  void rejectionAfterAHearingHasItsJustificationAndComplaintGuidance() {
    does(new CaseCommand.Refer(ProgrammeFixtures.participant("P-2", "Jens Nielsen", BenefitType.SICKNESS_BENEFIT), "751",
        day(1, 5), "cw-1"));
    does(new CaseCommand.StartScreening(day(1, 12), "cw-1"));
    does(new CaseCommand.RecordScreening(AssessmentOutcome.eligible(), day(1, 19), "cw-1"));
    does(new CaseCommand.RecordCafeMeeting("Idé: mobil cykelreparation.", day(1, 26), "adv-1"));
    java.util.List<RuleReference> rules = java.util.List.of(new RuleReference("MARKET",
        "Notat om mikrolån, afsnit 'Et reelt ønske om at blive selvstændig'",
        Text.of("Forretningsidéen skal kunne realiseres: der skal være et marked",
            "The business idea must be realisable: there must be a market")));
    java.util.List<Text> considerations = java.util.List.of(Text.of(
        "Der er allerede tre mobile cykelværksteder i området, og budgettet forudsætter 40 kunder om ugen",
        "There are already three mobile bicycle workshops in the area, and the budget assumes 40 customers a week"));
    java.util.List<Text> facts = java.util.List.of(Text.of(
        "Erhvervshusets markedsvurdering af 20. januar 2026", "The business hub's market assessment of 20 January 2026"));
    CaseCommand.Reject reject = new CaseCommand.Reject(rules, considerations, facts, true, day(2, 2), "head-1");
    assertThat(refused(reject).hasReason("HEARING_REQUIRED")).isTrue();
    does(new CaseCommand.SendHearing(facts, day(2, 2), "cw-1"));
    assertThat(kase.hearing().get().deadline()).isEqualTo(day(2, 16));
    Refusal pending = refused(new CaseCommand.Reject(rules, considerations, facts, true, day(2, 10), "head-1"));
    assertThat(pending.hasReason("HEARING_PENDING")).isTrue();
    does(new CaseCommand.RecordHearingAnswer("Mener selv, at der er plads til flere.", day(2, 12), "cw-1"));
    does(new CaseCommand.Reject(rules, considerations, facts, true, day(2, 13), "head-1"));
    assertThat(kase.stage()).isEqualTo(Stage.REJECTED);

    DecisionLetter letter = DecisionLetters.of(CaseId.of("AAR-2026-0043"), kase, AARHUS);
    assertThat(letter.danishText()).isEqualTo("""
        Aarhus Kommune
        Sag: AAR-2026-0043, journalnr. 15.00.00-G01
        Dato: 2026-02-13

        Til Jens Nielsen

        Afgørelse om mikrolån: afslag

        Vi har besluttet, at du ikke kan få et mikrolån.

        Begrundelse
        Afgørelsen er truffet efter disse regler:
        - Forretningsidéen skal kunne realiseres: der skal være et marked (Notat om mikrolån, afsnit 'Et reelt ønske om at blive selvstændig')
        Vi har især lagt vægt på:
        - Der er allerede tre mobile cykelværksteder i området, og budgettet forudsætter 40 kunder om ugen
        Vi har lagt disse oplysninger til grund:
        - Erhvervshusets markedsvurdering af 20. januar 2026

        Klagevejledning
        Du kan klage over afgørelsen til Ankestyrelsen. Du kan klage til kommunen, som genvurderer afgørelsen \
        og sender klagen videre til Ankestyrelsen, hvis den fastholder den. Klagefristen er 4 uger fra den dag, \
        du har modtaget afgørelsen.
        """);
    assertThat(refused(new CaseCommand.Withdraw("changed mind", day(2, 14), "cw-1")).hasReason("CASE_ENDED")).isTrue();
    does(new CaseCommand.AddNote("Klage modtaget pr. telefon; vejledt om skriftlig klage.", day(2, 20), "cw-1"));
  }
}
