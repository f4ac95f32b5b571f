package dk.mikrolan.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import dk.mikrolan.aid.DeMinimisEvent;
import dk.mikrolan.identity.CaseId;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.identity.Cpr;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.port.StreamId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which de minimis records are a case's, and how names are matched. */
class ReviewPackageTest {

  private static final CaseRef REF = CaseRef.of("751", "2026-0042");
  private static final Cpr OWN = Cpr.parse("150390-4000");
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  private static DeMinimisEvent.AidGranted granted(String caseId, String authority) {
    return new DeMinimisEvent.AidGranted(CaseId.of(caseId), DAY, DkkAmount.ofKroner(900), new BigDecimal("7.46"),
        new BigDecimal("120.64"), new BigDecimal("0.04"), new BigDecimal("0.05"), "Regulation (EU) 2023/2831", authority);
  }

  private static DeMinimisEvent.AidCancelled cancelled(String caseId, Optional<String> authority) {
    return new DeMinimisEvent.AidCancelled(CaseId.of(caseId), DAY, "ended", authority);
  }

  @Test
  void aCaseHoldsItsOwnAidRecordsAndNoOtherMunicipalitysWithTheSameCaseId() {
    StreamId business = StreamId.of("de-minimis", "cvr-12345678");
    List<DeMinimisEvent> record = List.of(
        granted("2026-0042", "101"),                       // Copenhagen's case of the same id
        cancelled("2026-0042", Optional.empty()),          // before authorities were named: Copenhagen's
        granted("2026-0042", "751"),
        cancelled("2026-0042", Optional.empty()),          // after Aarhus's grant: Aarhus's
        cancelled("2026-0042", Optional.of("101")),
        granted("2026-0099", "751"));
    List<ReviewItem> items = ReviewPackage.of(REF, OWN, "Anna Holm", Map.of()).aidEvents(business, record).build();
    assertThat(items).extracting(ReviewItem::source)
        .containsExactly("de-minimis/cvr-12345678#3", "de-minimis/cvr-12345678#4");
    assertThat(items).extracting(ReviewItem::kind).containsOnly(ReviewItem.Kind.AID_RECORD);
  }

  @Test
  void aMembersNameIsMatchedWholeWhateverItsCaseSpacingOrGenitiveButNeverInsideAWord() {
    Map<CaseId, String> members = Map.of(CaseId.of("2026-0043"), "Bo  Ib-Hansen", CaseId.of("2026-0042"), "Anna Holm");
    StreamId stream = StreamId.of("case", "751:2026-0042");
    List<ReviewItem> items = ReviewPackage.of(REF, OWN, "Anna Holm", members).caseEvents(stream, List.of(
        new dk.mikrolan.programme.CaseEvent.CafeMeetingHeld("bo ib-hansen kom; Bo Ib-Hansens bror; Jacobo Ib-Hanseni;"
            + " BO\nIB-HANSEN.", DAY, "cw-1"))).build();
    assertThat(items.get(0).marks()).extracting(m -> m.excerpt().orElseThrow())
        .containsExactly("bo ib-hansen", "Bo Ib-Hansens", "BO\nIB-HANSEN");
  }
}
