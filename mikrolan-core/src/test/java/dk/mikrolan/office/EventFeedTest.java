package dk.mikrolan.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.mikrolan.access.Actor;
import dk.mikrolan.access.Role;
import dk.mikrolan.aid.DeMinimisEvent;
import dk.mikrolan.fund.FundPeriod;
import dk.mikrolan.identity.CaseId;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.BenefitType;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.port.AppendBatch;
import dk.mikrolan.port.InMemoryEventStore;
import dk.mikrolan.port.RecordedEvent;
import dk.mikrolan.port.StreamAppend;
import dk.mikrolan.port.StreamId;
import dk.mikrolan.port.TestClock;
import dk.mikrolan.programme.ProgrammeStreams;
import dk.mikrolan.read.EventFeed;
import dk.mikrolan.read.EventPage;
import dk.mikrolan.testkit.ProgrammeFixtures;
import dk.mikrolan.usecase.UseCaseResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The event feed: every event of the caller's municipalities once, in global order, paged to the
 * end; nothing of another municipality; only auditors, people or systems.
 */
class EventFeedTest {

  private static final LocalDate JAN1 = LocalDate.of(2026, 1, 1);
  private static final Actor AUDITOR = Actor.person("audit-1", Set.of(Role.AUDITOR), Set.of("751"));
  private static final Actor WAREHOUSE = Actor.system("warehouse", Set.of(Role.AUDITOR), Set.of("751"));

  private final InMemoryEventStore store = new InMemoryEventStore();
  private final Mikrolan office = Mikrolan.builder(store, letter -> { }, TestClock.at("2026-03-02T09:00:00Z")).build();

  /** Two municipalities, each with its policy, a fund and cases, written interleaved. */
  private void twoMunicipalities() {
    for (String code : List.of("751", "101")) {
      Actor seed = Actor.system("policy-seed", Set.of(Role.ADMIN), Set.of(code));
      assertThat(office.seedPolicies(seed, Map.of(code + ".properties", ProgrammePolicy.builder().municipalityCode(code)
          .municipalityName("Kommune " + code).validFrom(JAN1).build()))).isInstanceOf(UseCaseResult.Done.class);
    }
    for (int i = 1; i <= 4; i++) {
      for (String code : List.of("751", "101")) {
        Actor cw = Actor.person("cw-" + code, Set.of(Role.CASEWORKER), Set.of(code));
        CaseRef ref = CaseRef.of(code, "2026-000" + i);
        assertThat(office.caseWork(cw, ref, new CaseRequest.Refer(ProgrammeFixtures.participant("P-" + i, "Navn " + i,
            BenefitType.SICKNESS_BENEFIT)), Optional.empty())).isInstanceOf(UseCaseResult.Done.class);
        assertThat(office.caseWork(cw, ref, new CaseRequest.AddNote("Notat " + i), Optional.empty()))
            .isInstanceOf(UseCaseResult.Done.class);
      }
    }
    Actor admin = Actor.person("admin-751", Set.of(Role.ADMIN), Set.of("751"));
    assertThat(office.openFund(admin, "751", FundPeriod.ofYear(2026))).isInstanceOf(UseCaseResult.Done.class);
  }

  /** What the test wrote for 751, read stream by stream: policy, four cases of two events, the fund. */
  private int eventsOf751() {
    int n = store.load(StreamId.of("policy", "751"), Object.class).size();
    for (int i = 1; i <= 4; i++) {
      n += store.load(ProgrammeStreams.caseStream(CaseRef.of("751", "2026-000" + i)), Object.class).size();
    }
    return n + store.load(StreamId.of("loan-fund", "751-2026"), Object.class).size();
  }

  private List<EventPage.Entry> pagedToTheEnd(Actor actor, int limit) {
    List<EventPage.Entry> all = new ArrayList<>();
    long after = 0;
    for (int pages = 0; pages < 100; pages++) {
      EventPage page = office.events(actor, Set.of("751"), after, limit).get();
      all.addAll(page.events());
      assertThat(page.lastPosition()).isGreaterThanOrEqualTo(after);
      after = page.lastPosition();
      if (!page.more()) {
        return all;
      }
    }
    throw new AssertionError("The feed never ended");
  }

  @Test
  void theFeedReturnsEveryEventOnceInOrderPagedToTheEndAndNothingOfAnotherMunicipality() {
    twoMunicipalities();
    assertThat(eventsOf751()).isEqualTo(1 + 8 + 1);

    for (int limit : new int[] {1, 2, 3, 7, 500}) {
      List<EventPage.Entry> all = pagedToTheEnd(AUDITOR, limit);
      assertThat(all).as("limit %s", limit).hasSize(eventsOf751());
      List<Long> positions = all.stream().map(e -> e.recorded().position()).toList();
      assertThat(positions).doesNotHaveDuplicates().isSorted();
      assertThat(all).allSatisfy(e -> {
        assertThat(e.municipalityCode()).isEqualTo("751");
        assertThat(e.recorded().stream().id()).startsWith("751");
      });
    }
    assertThat(pagedToTheEnd(WAREHOUSE, 4)).hasSize(eventsOf751());
  }

  @Test
  void aPageStartsAfterItsPositionAndTheLastPageSaysThereIsNoMore() {
    twoMunicipalities();
    EventPage first = office.events(AUDITOR, Set.of("751"), 0, 3).get();
    assertThat(first.events()).hasSize(3);
    assertThat(first.more()).isTrue();
    assertThat(first.lastPosition()).isEqualTo(first.events().get(2).recorded().position());
    EventPage rest = office.events(AUDITOR, Set.of("751"), first.lastPosition(), 500).get();
    assertThat(rest.events()).hasSize(eventsOf751() - 3);
    assertThat(rest.more()).isFalse();
    EventPage after = office.events(AUDITOR, Set.of("751"), rest.lastPosition(), 10).get();
    assertThat(after.events()).isEmpty();
    assertThat(after.more()).isFalse();
    assertThat(after.lastPosition()).isEqualTo(rest.lastPosition());
  }

  @Test
  void aPageLooksThroughABoundedNumberOfOtherMunicipalitiesEventsAndSaysWhereToGoOn() {
    StreamId other = StreamId.of("case", "101:2026-0001");
    store.append(AppendBatch.of("cw-101", "c", new StreamAppend(other, 0,
        Collections.nCopies(EventFeed.MAX_SCAN + 10, "another municipality's event"))));
    store.append(AppendBatch.of("cw-751", "c", new StreamAppend(StreamId.of("case", "751:2026-0001"), 0, List.of("ours"))));

    EventPage first = office.events(AUDITOR, Set.of("751"), 0, 10).get();
    assertThat(first.events()).isEmpty();
    assertThat(first.lastPosition()).isEqualTo(EventFeed.MAX_SCAN);
    assertThat(first.more()).isTrue();
    EventPage second = office.events(AUDITOR, Set.of("751"), first.lastPosition(), 10).get();
    assertThat(second.events()).extracting(e -> e.recorded().event()).containsExactly("ours");
    assertThat(second.more()).isFalse();
  }

  @Test
  void onlyAuditorsFollowTheFeedPeopleAndSystemsAlike() {
    twoMunicipalities();
    for (Role role : Role.values()) {
      Actor person = Actor.person("u-" + role, Set.of(role), Set.of("751"));
      assertThat(office.events(person, Set.of("751"), 0, 10).isRight()).as("%s", role).isEqualTo(role == Role.AUDITOR);
    }
    for (Role role : Role.values()) {
      Actor system = Actor.system("erp", Set.of(role), Set.of("751"));
      assertThat(office.events(system, Set.of("751"), 0, 10).isRight()).as("system %s", role)
          .isEqualTo(role == Role.AUDITOR);
    }
    assertThat(office.events(Actor.person("audit-101", Set.of(Role.AUDITOR), Set.of("101")), Set.of("751"), 0, 10)
        .getLeft().state()).isEqualTo("NOT_FOUND");
    assertThatThrownBy(() -> office.events(AUDITOR, Set.of("751"), -1, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> office.events(AUDITOR, Set.of("751"), 0, EventFeed.MAX_PAGE + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static RecordedEvent recorded(String stream, Object event) {
    return new RecordedEvent(1, StreamId.parse(stream), 1, event, "a", "c", Optional.empty());
  }

  @Test
  void eachStreamBelongsToTheMunicipalityItsIdOrItsAidNames() {
    DeMinimisEvent.AidGranted by101 = new DeMinimisEvent.AidGranted(CaseId.of("2026-0001"), JAN1, DkkAmount.ofKroner(900),
        new BigDecimal("7.46"), new BigDecimal("120.64"), new BigDecimal("0.04"), new BigDecimal("0.05"),
        "Regulation (EU) 2023/2831", "101");
    Object[][] table = {
        {"case/751:2026-0042", "x", "751"},
        {"loan/751:2026-0042", "x", "751"},
        {"cohort/101:H-1", "x", "101"},
        {"letter/751:2026-0042:7", "x", "751"},
        {"loan-fund/751-2027", "x", "751"},
        {"policy/751", "x", "751"},
        {"de-minimis/cvr-12345678", by101, "101"},
        {"de-minimis/participant-751-P-1", by101, "101"},
        {"de-minimis/participant-751-P-1", new DeMinimisEvent.AidCancelled(CaseId.of("2026-0001"), JAN1, "ended",
            Optional.empty()), "751"},
        {"de-minimis/cvr-12345678", new DeMinimisEvent.AidCancelled(CaseId.of("2026-0001"), JAN1, "ended",
            Optional.empty()), null},
        {"de-minimis/cvr-12345678", new DeMinimisEvent.AidCancelled(CaseId.of("2026-0001"), JAN1, "ended",
            Optional.of("147")), "147"},
        {"health/probe", "x", null},
        {"case/2026-0042", "x", null},
    };
    for (Object[] row : table) {
      assertThat(EventFeed.municipalityOf(recorded((String) row[0], row[1]))).as("%s", row[0])
          .isEqualTo(Optional.ofNullable((String) row[2]));
    }
  }
}
