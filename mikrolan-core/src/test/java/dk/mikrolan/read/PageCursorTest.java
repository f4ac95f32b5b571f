package dk.mikrolan.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.mikrolan.identity.AdvisorId;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.loan.Arrears;
import dk.mikrolan.loan.ArrearsBucket;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.programme.Stage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Cursors: they round-trip, refuse what is malformed or foreign without repeating it, and order as documented. */
class PageCursorTest {

  private static final CaseQuery AARHUS = CaseQuery.in(Set.of("751"));
  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
  private static final CaseRef REF = CaseRef.of("751", "2026-0042");
  private static final ArrearsEntry ENTRY =
      new ArrearsEntry(REF, new Arrears(DkkAmount.ofKroner(1_000), 40, ArrearsBucket.of(40)));

  private static String base64(String text) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsBackTheCaseItPointsAfter() {
    assertThat(PageCursor.casesAfter(AARHUS, PageCursor.ofCases(AARHUS, REF))).isEqualTo(REF);
    CaseQuery narrow = AARHUS.withStage(Stage.APPROVED).withCohort("H-1").withAdvisor(AdvisorId.of("adv-1"));
    assertThat(PageCursor.casesAfter(narrow, PageCursor.ofCases(narrow, REF))).isEqualTo(REF);
  }

  @Test
  void readsBackTheArrearsPositionItPointsAfter() {
    String cursor = PageCursor.ofArrears(Set.of("751", "101"), DAY, ENTRY);
    assertThat(PageCursor.arrearsAfter(Set.of("101", "751"), DAY, cursor))
        .isEqualTo(new PageCursor.ArrearsPosition(40, REF));
  }

  @Test
  void isUrlSafeTextThatShowsNeitherTheFiltersNorTheMunicipalitiesInPlainText() {
    String cursor = PageCursor.ofCases(AARHUS.withCohort("H-secret"), REF);
    assertThat(cursor).matches("[A-Za-z0-9_-]+").doesNotContain("H-secret");
    assertThat(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)).doesNotContain("H-secret");
  }

  @Test
  void refusesMalformedCursorsWithoutRepeatingThem() {
    for (String bad : List.of("", "not base64 !", "%%%", base64("v1|cases"), base64("v2|cases|x|751|C1"),
        base64("hello-0101901234"), "0101901234", base64("v1|cases|" + "0".repeat(16) + "|751|C1|extra"))) {
      assertThatThrownBy(() -> PageCursor.casesAfter(AARHUS, bad))
          .isInstanceOf(IllegalArgumentException.class)
          .satisfies(e -> {
            if (!bad.isEmpty()) {
              assertThat(e.getMessage()).doesNotContain(bad);
            }
            assertThat(e.getMessage()).doesNotContain("0101901234");
          });
    }
  }

  @Test
  void refusesACursorWhoseKeyIsNotACaseEvenWithTheRightQuery() {
    String good = new String(Base64.getUrlDecoder().decode(PageCursor.ofCases(AARHUS, REF)), StandardCharsets.UTF_8);
    String prefix = good.substring(0, good.lastIndexOf('|', good.lastIndexOf('|') - 1) + 1);
    for (String key : List.of("75|C1", "751|", "751|bad id!", "abc|C1")) {
      assertThatThrownBy(() -> PageCursor.casesAfter(AARHUS, base64(prefix + key)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageNotContaining("bad id");
    }
    String arrears = new String(Base64.getUrlDecoder().decode(PageCursor.ofArrears(Set.of("751"), DAY, ENTRY)),
        StandardCharsets.UTF_8);
    String head = arrears.substring(0, arrears.indexOf('|', arrears.indexOf('|', 3) + 1) + 1);
    for (String key : List.of("0|751|C1", "-3|751|C1", "x|751|C1")) {
      assertThatThrownBy(() -> PageCursor.arrearsAfter(Set.of("751"), DAY, base64(head + key)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void refusesACursorOfAnotherQuery() {
    String cases = PageCursor.ofCases(AARHUS, REF);
    String arrears = PageCursor.ofArrears(Set.of("751"), DAY, ENTRY);
    assertThatThrownBy(() -> PageCursor.arrearsAfter(Set.of("751"), DAY, cases))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining(cases);
    assertThatThrownBy(() -> PageCursor.casesAfter(AARHUS, arrears))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining(arrears);
    for (CaseQuery other : List.of(CaseQuery.in(Set.of("101")), CaseQuery.in(Set.of("751", "101")),
        AARHUS.withStage(Stage.REFERRED), AARHUS.withCohort("H-1"), AARHUS.withAdvisor(AdvisorId.of("adv-1")))) {
      assertThatThrownBy(() -> PageCursor.casesAfter(other, cases)).isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> PageCursor.arrearsAfter(Set.of("751"), DAY.plusDays(1), arrears))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PageCursor.arrearsAfter(Set.of("101"), DAY, arrears))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ordersCasesByMunicipalityThenCaseIdAsJavaStrings() {
    List<CaseRef> refs = List.of(CaseRef.of("751", "b"), CaseRef.of("101", "z"), CaseRef.of("751", "a_3"),
        CaseRef.of("751", "A-2"), CaseRef.of("751", "a-1"));
    assertThat(refs.stream().sorted(PageCursor.CASE_ORDER).toList()).containsExactly(CaseRef.of("101", "z"),
        CaseRef.of("751", "A-2"), CaseRef.of("751", "a-1"), CaseRef.of("751", "a_3"), CaseRef.of("751", "b"));
  }

  @Test
  void ordersArrearsLongestOverdueFirstThenByCase() {
    ArrearsEntry old = entry("751", "B", 90);
    ArrearsEntry tieA = entry("101", "Z", 10);
    ArrearsEntry tieB = entry("751", "A", 10);
    assertThat(List.of(tieB, old, tieA).stream().sorted(PageCursor.ARREARS_ORDER).toList())
        .containsExactly(old, tieA, tieB);
    PageCursor.ArrearsPosition at = new PageCursor.ArrearsPosition(10, CaseRef.of("101", "Z"));
    assertThat(at.precedes(tieB)).isTrue();
    assertThat(at.precedes(tieA)).isFalse();
    assertThat(at.precedes(old)).isFalse();
    assertThat(at.precedes(entry("101", "A", 9))).isTrue();
  }

  private static ArrearsEntry entry(String municipality, String caseId, long days) {
    return new ArrearsEntry(CaseRef.of(municipality, caseId), new Arrears(DkkAmount.ofKroner(1), days, ArrearsBucket.of(days)));
  }
}
