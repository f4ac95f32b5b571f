package dk.mikrolan.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.testkit.AidGenerators;
import io.vavr.collection.List;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The register export keeps every amount: records → rows → CSV → rows. */
class DeMinimisExportProperties {

  @Test
  void theCsvRoundTripsTheRecordsAmounts() {
    qt().withExamples(1_200)
        .forAll(AidGenerators.records())
        .checkAssert(records -> {
          java.util.List<DeMinimisExport.Row> rows = DeMinimisExport.rows(records);
          java.util.List<DeMinimisExport.Row> read = DeMinimisExport.parse(DeMinimisExport.csv(rows));
          assertThat(read).isEqualTo(rows);
          List<DeMinimisEvent.AidGranted> grants = List.ofAll(records).flatMap(DeMinimisRecord::grants);
          assertThat(read).hasSize(grants.size());
          for (DeMinimisEvent.AidGranted g : grants) {
            DeMinimisExport.Row row = List.ofAll(read).find(r -> r.caseId().equals(g.caseId())).get();
            assertThat(row.aidDkk()).isEqualTo(g.gge());
            assertThat(row.aidEur()).isEqualTo(g.ggeEur());
            assertThat(row.grantDate()).isEqualTo(g.grantDate());
          }
          assertThat(List.ofAll(read).map(DeMinimisExport.Row::aidDkk).fold(DkkAmount.ZERO, DkkAmount::plus))
              .isEqualTo(grants.map(DeMinimisEvent.AidGranted::gge).fold(DkkAmount.ZERO, DkkAmount::plus));
          assertThat(List.ofAll(read).map(DeMinimisExport.Row::aidEur).fold(BigDecimal.ZERO, BigDecimal::add))
              .isEqualByComparingTo(grants.map(DeMinimisEvent.AidGranted::ggeEur).fold(BigDecimal.ZERO, BigDecimal::add));
        });
  }
}
