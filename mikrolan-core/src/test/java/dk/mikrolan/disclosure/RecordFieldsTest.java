package dk.mikrolan.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dk.mikrolan.identity.CaseId;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.PolicyEvent;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.programme.CaseEvent;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentTerms;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Records and immutable values as named text fields: every attribute, those with a default too. */
class RecordFieldsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  private static List<String> names(List<ReviewField> fields) {
    return fields.stream().map(ReviewField::name).toList();
  }

  @Test
  void aValuesDefaultedAttributesAreFieldsLikeItsOthers() {
    RepaymentTerms terms = RepaymentTerms.builder().principal(DkkAmount.ofKroner(12_000)).firstDueDate(DAY.plusMonths(5))
        .frequency(Frequency.MONTHLY).plan(RepaymentPlan.byCount(12)).build();
    List<ReviewField> fields = RecordFields.of(new CaseEvent.Recommended(terms, DAY, "cw-1"));
    assertThat(fields).extracting(ReviewField::name, ReviewField::value).containsExactly(
        tuple("terms.firstDueDate", "2026-08-02"),
        tuple("terms.frequency", "MONTHLY"),
        tuple("terms.plan.count", "12"),
        tuple("terms.principal", "DKK 12000.00"),
        tuple("terms.roundingUnit", "ORE"),
        tuple("date", "2026-03-02"),
        tuple("by", "cw-1"));
  }

  @Test
  void anAdoptedPolicyShowsEveryKeyItHolds() {
    ProgrammePolicy policy = ProgrammePolicy.builder().municipalityCode("751").municipalityName("Aarhus Kommune")
        .validFrom(LocalDate.of(2026, 1, 1)).build();
    List<String> names = names(RecordFields.of(new PolicyEvent.VersionAdopted(policy, "admin-1", DAY)));
    assertThat(names).contains("policy.municipalityCode", "policy.loanCeiling", "policy.loanFloor",
        "policy.hearingDeadlineDays", "adoptedBy", "date");
    assertThat(names).doesNotHaveDuplicates();
  }

  @Test
  void oneValueIdsAreTheirValueAndNestedListsAreIndexed() {
    List<ReviewField> fields = RecordFields.of(new CaseEvent.CompetenceDevelopmentStarted("H-1", DAY, "cw-1"));
    assertThat(fields).extracting(ReviewField::name).containsExactly("cohortId", "date", "by");
    assertThat(RecordFields.of(List.of(CaseId.of("2026-0042"), CaseId.of("2026-0043"))))
        .extracting(ReviewField::name, ReviewField::value)
        .containsExactly(tuple("[0]", "2026-0042"), tuple("[1]", "2026-0043"));
  }
}
