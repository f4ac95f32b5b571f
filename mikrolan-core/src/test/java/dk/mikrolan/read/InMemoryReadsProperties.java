package dk.mikrolan.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.BaseRate;
import dk.mikrolan.policy.BenefitType;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.port.InMemoryEventStore;
import dk.mikrolan.programme.CaseCommand;
import dk.mikrolan.programme.CaseWork;
import dk.mikrolan.testkit.ProgrammeFixtures;
import dk.mikrolan.usecase.Caller;
import dk.mikrolan.usecase.UseCaseResult;
import dk.mikrolan.usecase.UseCaseShell;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Paging through the in-memory case list, over generated cases, scopes and limits. */
class InMemoryReadsProperties {

  private static final int EXAMPLES = 150;

  /** The documented order, written out: municipality code, then case id, by UTF-16 code unit. */
  private static final Comparator<CaseRef> BY_CODE_UNITS = (a, b) -> {
    int m = a.municipalityCode().compareTo(b.municipalityCode());
    return m != 0 ? m : a.caseId().value().compareTo(b.caseId().value());
  };

  private static void refer(UseCaseShell shell, CaseRef ref) {
    String m = ref.municipalityCode();
    PolicyVersions<ProgrammePolicy> policies = PolicyVersions.of(ProgrammePolicy.builder().municipalityCode(m)
        .municipalityName("Kommune " + m).validFrom(LocalDate.of(2026, 1, 1)).loanFundCeiling(DkkAmount.ofKroner(100_000))
        .addBaseRates(new BaseRate(LocalDate.of(2026, 1, 1), new BigDecimal("0.0231"))).build());
    CaseCommand refer = new CaseCommand.Refer(ProgrammeFixtures.participant("P-1", "Navn", BenefitType.SICKNESS_BENEFIT),
        m, LocalDate.of(2026, 1, 5), "cw");
    assertThat(shell.run(CaseWork.of(new CaseWork.Request(ref, refer), policies), Caller.of("cw", "c")))
        .isInstanceOf(UseCaseResult.Done.class);
  }

  @Test
  void everyPageWalkReturnsEveryCaseInScopeOnceInTheDocumentedOrder() {
    qt().withExamples(EXAMPLES)
        .forAll(ReadGenerators.refs(25), ReadGenerators.scopes(), integers().between(1, 8))
        .checkAssert((refs, scope, limit) -> {
          InMemoryEventStore store = new InMemoryEventStore();
          UseCaseShell shell = UseCaseShell.over(store);
          refs.stream().distinct().forEach(r -> refer(shell, r));
          InMemoryReads reads = InMemoryReads.over(store, BankingCalendar.danish());
          List<CaseRef> seen = new ArrayList<>();
          Optional<String> after = Optional.empty();
          do {
            Page<CaseSummary> page = reads.cases(CaseQuery.in(scope), after, limit);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(limit);
            page.items().forEach(s -> seen.add(s.ref()));
            after = page.nextCursor();
          } while (after.isPresent());
          assertThat(seen).isEqualTo(refs.stream().distinct().filter(r -> scope.contains(r.municipalityCode()))
              .sorted(BY_CODE_UNITS).toList());
        });
  }

  @Test
  void casesAddedAfterThePositionReachedAreSeenOnceAndNothingIsSeenTwice() {
    qt().withExamples(EXAMPLES)
        .forAll(ReadGenerators.refs(12), ReadGenerators.refs(12), integers().between(1, 4))
        .checkAssert((first, later, limit) -> {
          InMemoryEventStore store = new InMemoryEventStore();
          UseCaseShell shell = UseCaseShell.over(store);
          first.stream().distinct().forEach(r -> refer(shell, r));
          InMemoryReads reads = InMemoryReads.over(store, BankingCalendar.danish());
          Set<String> all = Set.copyOf(ReadGenerators.MUNICIPALITIES);
          List<CaseRef> seen = new ArrayList<>();
          List<CaseRef> toAdd = new ArrayList<>(later.stream().distinct().filter(r -> !first.contains(r)).toList());
          List<CaseRef> addedBeyond = new ArrayList<>();
          Optional<String> after = Optional.empty();
          do {
            Page<CaseSummary> page = reads.cases(CaseQuery.in(all), after, limit);
            page.items().forEach(s -> seen.add(s.ref()));
            after = page.nextCursor();
            if (!toAdd.isEmpty() && !seen.isEmpty()) {
              CaseRef added = toAdd.remove(0);
              refer(shell, added);
              if (BY_CODE_UNITS.compare(added, seen.get(seen.size() - 1)) > 0) {
                addedBeyond.add(added);
                if (after.isEmpty()) {
                  // The walk had ended; a caller who asks again from the last position gets it.
                  after = Optional.of(PageCursor.ofCases(CaseQuery.in(all), seen.get(seen.size() - 1)));
                }
              }
            }
          } while (after.isPresent());
          List<CaseRef> expected = new ArrayList<>(first.stream().distinct().toList());
          expected.addAll(addedBeyond);
          expected.sort(BY_CODE_UNITS);
          // Those added before the position are for the next walk; those after it are in this one.
          assertThat(seen).isEqualTo(expected);
        });
  }
}
