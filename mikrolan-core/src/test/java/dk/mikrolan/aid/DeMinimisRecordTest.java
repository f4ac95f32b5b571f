package dk.mikrolan.aid;

import static org.assertj.core.api.Assertions.assertThat;

import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.identity.CaseId;
import dk.mikrolan.identity.Cvr;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.BaseRate;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.rules.Refusal;
import dk.mikrolan.rules.Violation;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentSchedule;
import dk.mikrolan.schedule.RepaymentTerms;
import java.util.List;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Examples of an undertaking's de minimis record: the EUR 300,000 ceiling to the cent and the
 * edges of the rolling three-year window. A rate of 7.46 DKK per euro makes DKK 7.46 exactly one
 * euro, so the amounts read easily; the base rate is made up.
 */
class DeMinimisRecordTest {

  private static final BigDecimal RATE = new BigDecimal("7.46");
  private static final BaseRate BASE = new BaseRate(LocalDate.of(2020, 1, 1), new BigDecimal("0.0231"));
  private static final AidRates RATES = AidRates.of(LocalDate.of(2026, 1, 1), BASE, 400);
  private static final PolicyVersions<ProgrammePolicy> POLICIES = PolicyVersions.of(ProgrammePolicy.builder()
      .municipalityCode("751").municipalityName("Aarhus").validFrom(LocalDate.of(2020, 1, 1)).addBaseRates(BASE).build());
  private static final UndertakingId UNDERTAKING = UndertakingId.of(Cvr.parse("13748136"));

  private DeMinimisRecord record = DeMinimisRecord.empty(UNDERTAKING);
  private int cases;

  /** Returns the DKK amount that is a whole number of euro at 7.46 DKK per euro. */
  private static DkkAmount eur(long euro) {
    return DkkAmount.ofOre(euro * 746);
  }

  private static DeMinimisCommand.RecordAid aid(String caseId, LocalDate on, DkkAmount gge) {
    return new DeMinimisCommand.RecordAid(CaseId.of(caseId), on, gge, RATE, RATES, "751");
  }

  private void grant(LocalDate on, DkkAmount gge) {
    accept(aid("C" + (++cases), on, gge));
  }

  private void accept(DeMinimisCommand command) {
    Either<Refusal, List<DeMinimisEvent>> outcome = record.decide(command, POLICIES);
    assertThat(outcome.isRight()).as("%s", outcome).isTrue();
    record = record.evolveAll(outcome.get());
  }

  private Refusal refuse(DeMinimisCommand command) {
    Either<Refusal, List<DeMinimisEvent>> outcome = record.decide(command, POLICIES);
    assertThat(outcome.isLeft()).as("%s", outcome).isTrue();
    return outcome.getLeft();
  }

  @Test
  void recordsTheAidInEuroWithTheRatesUsedAndTheRegulation() {
    accept(new DeMinimisCommand.RecordAid(
        CaseId.of("2026-0001"), LocalDate.of(2026, 3, 1), DkkAmount.ofKroner(10_000), new BigDecimal("7.4604"), RATES, "751"));
    DeMinimisEvent.AidGranted g = assertThat(record.grants()).singleElement().actual();
    assertThat(g.ggeEur()).isEqualTo(new BigDecimal("1340.41")); // 1,340.4053… half-even to cents
    assertThat(g.referenceRate()).isEqualByComparingTo("0.0631");
    assertThat(g.discountRate()).isEqualByComparingTo("0.0331");
    assertThat(g.regulation()).isEqualTo("Regulation (EU) 2023/2831");
    assertThat(g.grantingAuthority()).isEqualTo("751");
    assertThat(record.state()).isEqualTo("HOLDS_AID");
  }

  @Test
  void allowsAidUpToTheCeilingExactly() {
    grant(LocalDate.of(2026, 6, 1), DkkAmount.parse("DKK 2238000.00")); // EUR 300,000.00
    assertThat(record.aidEurInThreeYearsEndingOn(LocalDate.of(2026, 6, 1))).isEqualTo(new BigDecimal("300000.00"));
  }

  @Test
  void refusesAidOneCentAboveTheCeiling() {
    Refusal r = refuse(aid("C1", LocalDate.of(2026, 6, 1), DkkAmount.parse("DKK 2238000.07"))); // EUR 300,000.01
    assertThat(r.state()).isEqualTo("NO_AID");
    Violation v = r.reasons().single();
    assertThat(v.code()).isEqualTo("CEILING_EXCEEDED");
    assertThat(v.danish()).isEqualTo("Støtten på 300.000,01 EUR bringer de minimis-støtten i de tre år til og med"
        + " 2026-06-01 op på 300.000,01 EUR, over loftet på 300.000,00 EUR.");
  }

  @Test
  void addsEarlierAidToTheNewAidUpToTheCentOfTheCeiling() {
    grant(LocalDate.of(2025, 1, 10), eur(200_000));
    grant(LocalDate.of(2026, 6, 1), eur(100_000));
    Refusal r = refuse(aid("C9", LocalDate.of(2026, 6, 2), DkkAmount.parse("DKK 0.07"))); // EUR 0.01
    assertThat(r.reasons().single().english()).isEqualTo("The aid of EUR 0.01 brings the de minimis aid in the three"
        + " years up to and including 2026-06-02 to EUR 300,000.01, above the ceiling of EUR 300,000.00.");
  }

  @Test
  void aidExactlyThreeYearsBeforeNoLongerCounts() {
    grant(LocalDate.of(2026, 6, 15), eur(300_000));
    grant(LocalDate.of(2029, 6, 15), eur(1_000)); // the window is 16 June 2026 – 15 June 2029
    assertThat(record.aidEurInThreeYearsEndingOn(LocalDate.of(2029, 6, 15))).isEqualTo(new BigDecimal("1000.00"));
  }

  @Test
  void aidOneDayLessThanThreeYearsBeforeStillCounts() {
    grant(LocalDate.of(2026, 6, 15), eur(300_000));
    Refusal r = refuse(aid("C9", LocalDate.of(2029, 6, 14), eur(1_000)));
    assertThat(r.hasReason("CEILING_EXCEEDED")).isTrue();
  }

  @Test
  void aGrantOn29FebruaryLooksBackTo28FebruaryExclusive() {
    grant(LocalDate.of(2025, 2, 28), eur(300_000));
    grant(LocalDate.of(2028, 2, 29), eur(1)); // 2028-02-29 minus three years is 2025-02-28
    assertThat(DeMinimisRecord.inThreeYearsEndingOn(LocalDate.of(2025, 3, 1), LocalDate.of(2028, 2, 29))).isTrue();
  }

  @Test
  void aLateRecordedEarlierGrantMustNotPushALaterGrantOverTheCeiling() {
    grant(LocalDate.of(2028, 1, 1), eur(200_000));
    Refusal r = refuse(aid("C9", LocalDate.of(2026, 1, 1), eur(150_000)));
    // Its own window holds only EUR 150,000, but the window ending on 1 January 2028 holds both.
    assertThat(r.reasons().single().english()).contains("up to and including 2028-01-01 to EUR 350,000.00");
    grant(LocalDate.of(2025, 1, 1), eur(150_000)); // exactly three years before: outside that window
  }

  @Test
  void cancelledAidNoLongerCountsAndTheCaseCanBeGrantedAgain() {
    grant(LocalDate.of(2026, 1, 5), eur(300_000));
    accept(new DeMinimisCommand.CancelAid("751", CaseId.of("C1"), LocalDate.of(2026, 2, 1), "loan not paid out"));
    assertThat(record.grants()).isEmpty();
    assertThat(record.state()).isEqualTo("NO_AID");
    accept(aid("C1", LocalDate.of(2026, 3, 1), eur(300_000)));
    assertThat(record.events()).hasSize(3);
  }

  @Test
  void refusesWithEveryReasonAtOnce() {
    grant(LocalDate.of(2026, 1, 5), eur(1_000));
    Refusal r = refuse(new DeMinimisCommand.RecordAid(
        CaseId.of("C1"), LocalDate.of(2019, 1, 1), DkkAmount.ofKroner(-1), BigDecimal.ZERO, RATES, "Aarhus"));
    // C1's grant is Aarhus's (751): a case id is its municipality's own, so "Aarhus"'s C1 is no duplicate.
    assertThat(r.reasons().map(Violation::code)).containsExactly(
        "AID_NEGATIVE", "EXCHANGE_RATE_NOT_POSITIVE", "AUTHORITY_MALFORMED", "NO_POLICY_IN_FORCE");
  }

  @Test
  void refusesARateOutsideTheKronesBandThatWouldShrinkAnyAidBelowTheCeiling() {
    for (String rate : List.of("1E+30", "7.28", "7.64", "74.6")) {
      Refusal r = refuse(new DeMinimisCommand.RecordAid(CaseId.of("C9"), LocalDate.of(2026, 1, 5),
          DkkAmount.ofKroner(5_000_000), new BigDecimal(rate), RATES, "751"));
      assertThat(r.reasons().map(Violation::code)).as(rate).containsExactly("EXCHANGE_RATE_OUTSIDE_BAND");
    }
    accept(new DeMinimisCommand.RecordAid(CaseId.of("C9"), LocalDate.of(2026, 1, 5), DkkAmount.ofKroner(1_000),
        new BigDecimal("7.29"), RATES, "751"));
    accept(new DeMinimisCommand.RecordAid(CaseId.of("C8"), LocalDate.of(2026, 1, 5), DkkAmount.ofKroner(1_000),
        new BigDecimal("7.63"), RATES, "751"));
  }

  @Test
  void reportsADuplicateCaseAndTheCeilingTogether() {
    grant(LocalDate.of(2026, 1, 5), eur(300_000));
    Refusal r = refuse(aid("C1", LocalDate.of(2026, 1, 6), eur(1)));
    assertThat(r.reasons().map(Violation::code)).containsExactly("AID_ALREADY_RECORDED", "CEILING_EXCEEDED");
  }

  @Test
  void refusesCancellationsThatDoNotFit() {
    grant(LocalDate.of(2026, 1, 5), eur(1_000));
    assertThat(refuse(new DeMinimisCommand.CancelAid("751", CaseId.of("C7"), LocalDate.of(2026, 2, 1), "x")).reasons()
        .map(Violation::code)).containsExactly("NO_AID_FOR_CASE");
    assertThat(refuse(new DeMinimisCommand.CancelAid("751", CaseId.of("C1"), LocalDate.of(2026, 1, 4), " ")).reasons()
        .map(Violation::code)).containsExactly("REASON_MISSING", "CANCELLED_BEFORE_GRANT");
  }

  @Test
  void recordsALoanByTheAidEquivalentOfItsSchedule() {
    LocalDate payout = LocalDate.of(2026, 3, 2);
    RepaymentSchedule schedule = RepaymentSchedule.of(
        RepaymentTerms.builder().principal(DkkAmount.ofKroner(50_000)).firstDueDate(LocalDate.of(2026, 9, 1))
            .frequency(Frequency.MONTHLY).plan(RepaymentPlan.byCount(48)).build(),
        BankingCalendar.danish());
    AidRates rates = AidRates.on(payout, POLICIES.all().get(0)).get();
    DeMinimisCommand.RecordAid command =
        DeMinimisCommand.RecordAid.forLoan(CaseId.of("2026-0001"), LocalDate.of(2026, 2, 20), schedule, payout, rates, RATE, "751");
    assertThat(command.gge()).isEqualTo(rates.grossGrantEquivalent(schedule, payout));
    assertThat(command.gge().isPositive()).isTrue();
    accept(command);
  }

  @Test
  void twoMunicipalitiesCasesWithOneIdAreTwoGrantsAndCancelApart() {
    accept(new DeMinimisCommand.RecordAid(CaseId.of("2026-0042"), LocalDate.of(2026, 1, 5), eur(1_000),
        RATE, RATES, "751"));
    accept(new DeMinimisCommand.RecordAid(CaseId.of("2026-0042"), LocalDate.of(2026, 1, 6), eur(2_000),
        RATE, RATES, "101"));
    assertThat(record.grants()).hasSize(2);
    accept(new DeMinimisCommand.CancelAid("101", CaseId.of("2026-0042"), LocalDate.of(2026, 2, 1), "withdrawn"));
    assertThat(record.grantOf("101", CaseId.of("2026-0042")).isEmpty()).isTrue();
    assertThat(record.grantOf("751", CaseId.of("2026-0042")).isPresent()).isTrue();
    assertThat(refuse(new DeMinimisCommand.CancelAid("851", CaseId.of("2026-0042"), LocalDate.of(2026, 2, 1), "x"))
        .hasReason("NO_AID_FOR_CASE")).isTrue();
  }

  @Test
  void aCancellationStoredWithoutItsAuthorityCancelsTheCasesGrant() {
    // Written by 0.1, when case ids were unique across municipalities.
    grant(LocalDate.of(2026, 1, 5), eur(1_000));
    record = record.evolve(new DeMinimisEvent.AidCancelled(CaseId.of("C1"), LocalDate.of(2026, 2, 1), "withdrawn",
        java.util.Optional.empty()));
    assertThat(record.grants()).isEmpty();
  }

  @Test
  void replayGivesTheSameRecord() {
    grant(LocalDate.of(2026, 1, 5), eur(1_000));
    grant(LocalDate.of(2026, 2, 5), eur(2_000));
    accept(new DeMinimisCommand.CancelAid("751", CaseId.of("C1"), LocalDate.of(2026, 3, 1), "withdrawn"));
    DeMinimisRecord replayed = DeMinimisRecord.replay(UNDERTAKING, record.events());
    assertThat(replayed).isEqualTo(record).hasSameHashCodeAs(record);
    assertThat(replayed.grants()).isEqualTo(record.grants());
    assertThat(replayed.version()).isEqualTo(3);
  }
}
