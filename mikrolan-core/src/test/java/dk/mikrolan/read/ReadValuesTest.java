package dk.mikrolan.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.mikrolan.identity.AdvisorId;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.identity.ParticipantId;
import dk.mikrolan.loan.Arrears;
import dk.mikrolan.programme.Stage;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The read port's values: queries, pages and entries check what they hold. */
class ReadValuesTest {

  private static final CaseSummary KASE = new CaseSummary(CaseRef.of("751", "C1"), Stage.APPROVED, Optional.of("H-1"),
      AdvisorId.of("adv-1"), ParticipantId.of("P-1"), LocalDate.of(2026, 1, 5));

  @Test
  void aQueryNeedsMunicipalitiesOfThreeDigits() {
    assertThatThrownBy(() -> CaseQuery.in(Set.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CaseQuery.in(Set.of("751", "75"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CaseQuery(Set.of("751"), null, Optional.empty(), Optional.empty()))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void aQueryCopiesItsMunicipalities() {
    Set<String> codes = new HashSet<>(Set.of("751"));
    CaseQuery q = CaseQuery.in(codes);
    codes.add("101");
    assertThat(q.municipalities()).containsExactly("751");
  }

  @Test
  void copyMethodsNarrowOneFilterEach() {
    CaseQuery q = CaseQuery.in(Set.of("751")).withStage(Stage.APPROVED).withCohort("H-1")
        .withAdvisor(AdvisorId.of("adv-1"));
    assertThat(q).isEqualTo(new CaseQuery(Set.of("751"), Optional.of(Stage.APPROVED), Optional.of("H-1"),
        Optional.of(AdvisorId.of("adv-1"))));
    assertThat(q.matches(KASE)).isTrue();
    assertThat(CaseQuery.in(Set.of("101")).matches(KASE)).isFalse();
    assertThat(CaseQuery.in(Set.of("751")).withStage(Stage.REFERRED).matches(KASE)).isFalse();
    assertThat(CaseQuery.in(Set.of("751")).withCohort("H-2").matches(KASE)).isFalse();
    assertThat(CaseQuery.in(Set.of("751")).withAdvisor(AdvisorId.of("adv-2")).matches(KASE)).isFalse();
  }

  @Test
  void aSummaryRefusesNulls() {
    assertThatThrownBy(() -> new CaseSummary(null, Stage.APPROVED, Optional.empty(), AdvisorId.of("a"),
        ParticipantId.of("p"), LocalDate.of(2026, 1, 1))).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new CaseSummary(KASE.ref(), Stage.APPROVED, Optional.empty(), AdvisorId.of("a"),
        ParticipantId.of("p"), null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void anArrearsEntryHasSomethingOverdue() {
    assertThatThrownBy(() -> new ArrearsEntry(KASE.ref(), Arrears.NONE)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ArrearsEntry(null, Arrears.NONE)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aPageOfFetchedRowsHasACursorOnlyWhenOneMoreRowWasFetched() {
    assertThat(Page.of(List.of("a", "b", "c"), 2, s -> "after-" + s)).isEqualTo(new Page<>(List.of("a", "b"),
        Optional.of("after-b")));
    assertThat(Page.of(List.of("a", "b"), 2, s -> "after-" + s)).isEqualTo(new Page<>(List.of("a", "b"), Optional.empty()));
    assertThat(Page.of(List.<String>of(), 1, s -> "x")).isEqualTo(new Page<>(List.of(), Optional.empty()));
    assertThatThrownBy(() -> Page.of(List.of("a", "b", "c"), 1, s -> s)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Page<>(List.of("a"), null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aLimitIsOneToFiveHundred() {
    assertThat(ProgrammeReads.requireLimit(1)).isOne();
    assertThat(ProgrammeReads.requireLimit(500)).isEqualTo(500);
    assertThatThrownBy(() -> ProgrammeReads.requireLimit(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProgrammeReads.requireLimit(501)).isInstanceOf(IllegalArgumentException.class);
  }
}
