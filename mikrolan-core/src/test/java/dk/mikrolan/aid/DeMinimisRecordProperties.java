package dk.mikrolan.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dk.mikrolan.identity.ParticipantId;
import dk.mikrolan.policy.BaseRate;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.rules.Refusal;
import dk.mikrolan.testkit.AidGenerators;
import java.util.List;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Properties of a de minimis record under grants recorded in any date order: no period of three
 * years ever holds more than the ceiling, a grant is refused exactly when accepting it would
 * break that, every refusal has a reason, and replay gives the same record.
 */
class DeMinimisRecordProperties {

  private static final BaseRate BASE = new BaseRate(LocalDate.of(2020, 1, 1), new BigDecimal("0.0231"));
  private static final AidRates RATES = AidRates.of(LocalDate.of(2024, 1, 1), BASE, 400);
  private static final ProgrammePolicy POLICY = ProgrammePolicy.builder()
      .municipalityCode("751").municipalityName("Aarhus").validFrom(LocalDate.of(2020, 1, 1)).addBaseRates(BASE).build();
  private static final PolicyVersions<ProgrammePolicy> POLICIES = PolicyVersions.of(POLICY);
  private static final BigDecimal CEILING = POLICY.deMinimisCeilingEur();

  @Test
  void noPeriodOfThreeYearsEverHoldsMoreThanTheCeiling() {
    qt().withExamples(1_200)
        .forAll(AidGenerators.commands(30, RATES))
        .checkAssert(commands -> {
          DeMinimisRecord record = DeMinimisRecord.empty(UndertakingId.of("751", ParticipantId.of("P-1")));
          for (DeMinimisCommand command : commands) {
            Either<Refusal, List<DeMinimisEvent>> outcome = record.decide(command, POLICIES);
            if (command instanceof DeMinimisCommand.RecordAid r) {
              boolean fits = fullestWindow(withGrant(record, r)).compareTo(CEILING) <= 0;
              boolean free = record.grantOf(r.grantingAuthority(), r.caseId()).isEmpty();
              assertThat(outcome.isRight()).as("%s on %s", command, record.grants()).isEqualTo(fits && free);
            }
            if (outcome.isLeft()) {
              assertThat(outcome.getLeft().reasons()).isNotEmpty();
              assertThat(outcome.getLeft().state()).isEqualTo(record.state());
            } else {
              record = record.evolveAll(outcome.get());
            }
            assertThat(fullestWindow(record)).isLessThanOrEqualTo(CEILING);
            assertThat(DeMinimisRecord.replay(record.undertaking(), record.events())).isEqualTo(record);
          }
        });
  }

  /** The record as it would be with the grant, built from the event, bypassing the decision. */
  private static DeMinimisRecord withGrant(DeMinimisRecord record, DeMinimisCommand.RecordAid r) {
    return record.evolve(new DeMinimisEvent.AidGranted(r.caseId(), r.grantDate(), r.gge(), r.eurDkkRate(),
        EurConversion.toEur(r.gge(), r.eurDkkRate()), RATES.referenceRate(), RATES.discountRate(),
        DeMinimisRecord.REGULATION, "751"));
  }

  /**
   * The most aid in any period of three years: as a period slides forward grants only leave it
   * except on grant dates, so the fullest period ends on a grant date.
   */
  private static BigDecimal fullestWindow(DeMinimisRecord record) {
    return record.grants().stream()
        .map(g -> record.aidEurInThreeYearsEndingOn(g.grantDate()))
        .reduce(BigDecimal.ZERO, BigDecimal::max);
  }
}
