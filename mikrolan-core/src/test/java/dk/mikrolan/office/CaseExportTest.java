package dk.mikrolan.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dk.mikrolan.access.Actor;
import dk.mikrolan.access.Role;
import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.cohort.CohortId;
import dk.mikrolan.disclosure.ExemptionGround;
import dk.mikrolan.disclosure.ReviewItem;
import dk.mikrolan.disclosure.ReviewMark;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.identity.Cpr;
import dk.mikrolan.identity.ParticipantId;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.BenefitType;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.port.InMemoryEventStore;
import dk.mikrolan.port.TestClock;
import dk.mikrolan.programme.AssessmentOutcome;
import dk.mikrolan.programme.Participant;
import dk.mikrolan.read.InMemoryCprDirectory;
import dk.mikrolan.read.InMemoryReads;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.testkit.ProgrammeFixtures;
import dk.mikrolan.usecase.UseCaseResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The case export as a review package: every record of the case, its cohort and its CPR readings,
 * with what may be exempt marked — another member's name and case, an internal note, another
 * person's CPR number — and nothing left out.
 */
class CaseExportTest {

  private static final ProgrammePolicy AARHUS = ProgrammePolicy.builder().municipalityCode("751")
      .municipalityName("Aarhus Kommune").validFrom(LocalDate.of(2026, 1, 1)).build();
  private static final Actor CASEWORKER = Actor.person("cw-1", Set.of(Role.CASEWORKER), Set.of("751"));
  private static final Actor DECIDER = Actor.person("head-1", Set.of(Role.DECIDER), Set.of("751"));
  private static final CaseRef ANNA = CaseRef.of("751", "2026-0042");
  private static final CaseRef BENTE = CaseRef.of("751", "2026-0043");
  private static final CohortId H1 = CohortId.of("H-1");

  private final TestClock clock = TestClock.at("2026-03-02T09:00:00Z");
  private final InMemoryEventStore memory = new InMemoryEventStore();
  private final Mikrolan office = MikrolanPermissionsTest.seeded(Mikrolan.builder(memory, letter -> { }, clock)
      .reads(InMemoryReads.over(memory, BankingCalendar.danish())).directory(InMemoryCprDirectory.over(memory)).build(),
      AARHUS);

  private void does(CaseRef ref, CaseRequest request) {
    assertThat(office.caseWork(CASEWORKER, ref, request, Optional.empty())).as("%s", request)
        .isInstanceOf(UseCaseResult.Done.class);
  }

  private void cohort(CohortRequest request) {
    assertThat(office.cohortWork(CASEWORKER, "751", H1, request, Optional.empty())).as("%s", request)
        .isInstanceOf(UseCaseResult.Done.class);
  }

  private static Participant person(String id, String name, String cpr) {
    Participant p = ProgrammeFixtures.participant(id, name, BenefitType.SICKNESS_BENEFIT);
    return Participant.builder().id(p.id()).cpr(Cpr.parse(cpr)).name(name).benefit(p.benefit())
        .businessIdea(p.businessIdea()).advisor(p.advisor()).build();
  }

  /** Anna and Bente on cohort H-1; Anna's case in competence development. */
  private void twoOnTheCohort(String cafeNote) {
    does(ANNA, new CaseRequest.Refer(person("P-1", "Anna Holm", "150390-4000")));
    does(BENTE, new CaseRequest.Refer(person("P-2", "Bente Kjær Hansen", "010170-1234")));
    does(ANNA, new CaseRequest.SubmitApplication(ProgrammeFixtures.application(DkkAmount.ofKroner(12_000),
        RepaymentPlan.byCount(12), Frequency.MONTHLY)));
    does(ANNA, new CaseRequest.StartScreening());
    does(ANNA, new CaseRequest.RecordScreening(AssessmentOutcome.eligible()));
    does(ANNA, new CaseRequest.RecordCafeMeeting(cafeNote, office.today()));
    does(ANNA, new CaseRequest.RecordAssessment(AssessmentOutcome.eligible()));
    cohort(new CohortRequest.Plan(office.today()));
    cohort(new CohortRequest.Enrol(ANNA.caseId(), office.today()));
    cohort(new CohortRequest.Enrol(BENTE.caseId(), office.today()));
    does(ANNA, new CaseRequest.StartCompetenceDevelopment(H1));
  }

  @Test
  void theExportMarksACohortMembersNameAndTheirRecords() {
    twoOnTheCohort("Talte om budgettet med Bente Kjær Hansen.");
    does(ANNA, new CaseRequest.AddNote("Anna og BENTE KJÆR  HANSEN vil dele et værksted."));

    CaseExport export = office.exportCase(DECIDER, ANNA, "Aktindsigt 2026-17").get();

    ReviewItem note = only(export.items(), "NoteAdded");
    assertThat(note.kind()).isEqualTo(ReviewItem.Kind.CASE_EVENT);
    assertThat(note.fields()).extracting(f -> f.name(), f -> f.value())
        .contains(tuple("text", "Anna og BENTE KJÆR  HANSEN vil dele et værksted."));
    assertThat(note.marks()).containsExactlyInAnyOrder(ReviewMark.whole(ExemptionGround.INTERNAL_WORKING_NOTE),
        ReviewMark.in(ExemptionGround.OTHER_PARTICIPANT, "text", "BENTE KJÆR  HANSEN"));
    assertThat(only(export.items(), "CafeMeetingHeld").marks()).containsExactly(
        ReviewMark.in(ExemptionGround.OTHER_PARTICIPANT, "note", "Bente Kjær Hansen"));
    // The participant's own name is never marked; a part of another's name ("Bente" alone) is not either.
    assertThat(only(export.items(), "Referred").marks()).isEmpty();

    List<ReviewItem> cohort = export.items().stream().filter(i -> i.kind() == ReviewItem.Kind.COHORT_RECORD).toList();
    assertThat(cohort).extracting(ReviewItem::type, i -> i.marks().size(), ReviewItem::source).containsExactly(
        tuple("CohortPlanned", 0, "cohort/751:H-1#1"),
        tuple("ParticipantEnrolled", 0, "cohort/751:H-1#2"),
        tuple("ParticipantEnrolled", 1, "cohort/751:H-1#3"));
    assertThat(cohort.get(2).marks()).containsExactly(ReviewMark.whole(ExemptionGround.OTHER_PARTICIPANT));
  }

  @Test
  void anotherPersonsCprNumberInFreeTextIsMarkedMaskedAndTheParticipantsOwnIsNot() {
    twoOnTheCohort("Partner 010170-1234 deltog; Anna oplyste 1503904000.");

    ReviewItem meeting = only(export().items(), "CafeMeetingHeld");

    assertThat(meeting.marks()).containsExactly(ReviewMark.in(ExemptionGround.OTHER_IDENTITY, "note", "010170-XXXX"));
    assertThat(meeting.fields()).extracting(f -> f.name(), f -> f.value())
        .contains(tuple("note", "Partner 010170-XXXX deltog; Anna oplyste 1503904000."));
  }

  @Test
  void everyPartOfTheCaseIsInThePackageInOrderAndNumbered() {
    twoOnTheCohort("Første møde; Bente kommer næste gang.");
    office.revealCpr(CASEWORKER, new dk.mikrolan.identity.ParticipantRef("751", ParticipantId.of("P-1")), "Brev");

    CaseExport export = export();

    assertThat(export.name()).isEqualTo("Anna Holm");
    assertThat(export.purpose()).isEqualTo("Aktindsigt 2026-17");
    assertThat(export.exportedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(export.items()).extracting(ReviewItem::kind).containsExactly(
        ReviewItem.Kind.CASE_EVENT, ReviewItem.Kind.CASE_EVENT, ReviewItem.Kind.CASE_EVENT, ReviewItem.Kind.CASE_EVENT,
        ReviewItem.Kind.CASE_EVENT, ReviewItem.Kind.CASE_EVENT, ReviewItem.Kind.CASE_EVENT,
        ReviewItem.Kind.COHORT_RECORD, ReviewItem.Kind.COHORT_RECORD, ReviewItem.Kind.COHORT_RECORD,
        ReviewItem.Kind.CPR_READING);
    assertThat(export.items()).extracting(ReviewItem::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    assertThat(export.items().get(0).source()).isEqualTo("case/751:2026-0042#1");
    assertThat(export.items().get(0).by()).contains("cw-1");
    ReviewItem reading = export.items().get(10);
    assertThat(reading.by()).contains("cw-1");
    assertThat(reading.fields()).extracting(f -> f.name(), f -> f.value()).contains(tuple("purpose", "Brev"));
    // The referral shows the participant's number masked; the package states it in full only once, in the export.
    assertThat(export.items().get(0).fields()).extracting(f -> f.name(), f -> f.value())
        .contains(tuple("participant.cpr", "150390-XXXX"), tuple("participant.name", "Anna Holm"));
    assertThat(export.items().toString() + export).doesNotContain("1503904000", "150390-4000", "Anna Holm");
  }

  private CaseExport export() {
    return office.exportCase(DECIDER, ANNA, "Aktindsigt 2026-17").get();
  }

  private static ReviewItem only(List<ReviewItem> items, String type) {
    List<ReviewItem> found = items.stream().filter(i -> i.type().equals(type)).toList();
    assertThat(found).as(type).hasSize(1);
    return found.get(0);
  }
}
