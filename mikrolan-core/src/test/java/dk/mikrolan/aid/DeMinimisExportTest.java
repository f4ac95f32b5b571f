package dk.mikrolan.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.mikrolan.identity.CaseId;
import dk.mikrolan.identity.Cvr;
import dk.mikrolan.identity.ParticipantId;
import dk.mikrolan.money.DkkAmount;
import io.vavr.collection.List;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeMinimisExportTest {

  private static DeMinimisEvent.AidGranted granted(String caseId, LocalDate on, String dkk) {
    DkkAmount gge = DkkAmount.parse("DKK " + dkk);
    BigDecimal rate = new BigDecimal("7.4604");
    return new DeMinimisEvent.AidGranted(CaseId.of(caseId), on, gge, rate, EurConversion.toEur(gge, rate),
        new BigDecimal("0.0631"), new BigDecimal("0.0331"), DeMinimisRecord.REGULATION, "751");
  }

  @Test
  void writesOneRowPerGrantNotCancelledUnderAHeader() {
    DeMinimisRecord business = DeMinimisRecord.empty(UndertakingId.of(Cvr.parse("13748136")))
        .evolve(granted("2026-0002", LocalDate.of(2026, 5, 1), "2500.00"));
    DeMinimisRecord person = DeMinimisRecord.empty(UndertakingId.of("751", ParticipantId.of("P-7")))
        .evolve(granted("2026-0001", LocalDate.of(2026, 3, 1), "10000.00"))
        .evolve(granted("2026-0003", LocalDate.of(2026, 3, 2), "100.00"))
        .evolve(new DeMinimisEvent.AidCancelled(CaseId.of("2026-0003"), LocalDate.of(2026, 4, 1), "not paid out", java.util.Optional.of("751")));
    String csv = DeMinimisExport.csv(DeMinimisExport.rows(java.util.List.of(business, person)));
    assertThat(csv).isEqualTo(
        "undertaking_key,cvr,grant_date,aid_dkk,aid_eur,regulation,granting_authority,case_id\r\n"
            + "participant-751-P-7,,2026-03-01,10000.00,1340.41,Regulation (EU) 2023/2831,751,2026-0001\r\n"
            + "cvr-13748136,13748136,2026-05-01,2500.00,335.10,Regulation (EU) 2023/2831,751,2026-0002\r\n");
  }

  @Test
  void quotesFieldsWithCommasAndQuotesAndReadsThemBack() {
    DeMinimisExport.Row row = new DeMinimisExport.Row("cvr-13748136", Optional.of(Cvr.parse("13748136")),
        LocalDate.of(2026, 1, 2), DkkAmount.ofKroner(1), new BigDecimal("0.13"), "Forordning \"2023/2831\", art. 3",
        "751", CaseId.of("K-1"));
    String csv = DeMinimisExport.csv(List.of(row));
    assertThat(csv).contains("\"Forordning \"\"2023/2831\"\", art. 3\"");
    assertThat(DeMinimisExport.parse(csv)).containsExactly(row);
    assertThat(DeMinimisExport.parse(csv.replace("\r\n", "\n"))).containsExactly(row);
  }

  @Test
  void readsAnEmptyExport() {
    assertThat(DeMinimisExport.parse(DeMinimisExport.csv(List.empty()))).isEmpty();
  }

  @Test
  void refusesTextItDidNotWriteNamingTheLine() {
    assertThatThrownBy(() -> DeMinimisExport.parse("a,b\r\n")).hasMessageContaining("Line 1");
    String header = DeMinimisExport.HEADER + "\r\n";
    assertThatThrownBy(() -> DeMinimisExport.parse(header + "x,y\r\n")).hasMessageContaining("Line 2 has 2 fields");
    assertThatThrownBy(() -> DeMinimisExport.parse(header + "k,,2026-13-01,1.00,0.13,R,751,K-1\r\n"))
        .hasMessageContaining("Line 2");
    assertThatThrownBy(() -> DeMinimisExport.parse(header + "\"open")).hasMessageContaining("quoted");
  }
}
