package dk.mikrolan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noCodeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.Slices;
import dk.mikrolan.port.AppendBatch;
import dk.mikrolan.port.EventStore;
import dk.mikrolan.usecase.UseCaseShell;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rules of the house that a compiler cannot check: the domain depends on nothing but the JDK
 * and the few libraries STYLE.md names, never reads the system clock, never holds money (or
 * anything else) in binary floating point, appends events only through the use-case shell, and has
 * no cycles between its packages.
 */
class ArchitectureTest {

  /** The testkit's sources are compiled into core's test classes; they are not core. */
  private static final ImportOption WITHOUT_TESTKIT =
      location -> !location.contains("/dk/mikrolan/testkit/");

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(new ImportOption.DoNotIncludeTests())
          .withImportOption(WITHOUT_TESTKIT)
          .importPackages("dk.mikrolan");

  private static final Set<String> TIME_TYPES_WITH_NOW =
      Set.of(
          "java.time.LocalDate",
          "java.time.LocalDateTime",
          "java.time.LocalTime",
          "java.time.Instant",
          "java.time.ZonedDateTime",
          "java.time.OffsetDateTime",
          "java.time.OffsetTime",
          "java.time.Year",
          "java.time.YearMonth",
          "java.time.MonthDay");

  private static final Set<String> FLOATING_POINT_TYPES =
      Set.of("double", "float", "java.lang.Double", "java.lang.Float");

  @Test
  void importsCoreButNeitherTestsNorTheTestkit() {
    // Guards the rules below against passing vacuously on an empty or wrong import.
    org.assertj.core.api.Assertions.assertThat(CORE.stream().map(JavaClass::getName))
        .contains("dk.mikrolan.money.DkkAmount", "dk.mikrolan.calendar.BankingCalendar")
        .doesNotContain("dk.mikrolan.ArchitectureTest", "dk.mikrolan.money.DkkAmountProperties")
        .noneMatch(name -> name.startsWith("dk.mikrolan.testkit."));
  }

  @Test
  void coreDependsOnlyOnTheJdkAndTheChosenLibraries() {
    classes()
        .that()
        .resideInAPackage("dk.mikrolan..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "javax.money..",
            "org.javamoney..",
            "io.vavr..",
            "org.immutables.value..",
            "jakarta.validation..",
            "org.jspecify..",
            "dk.mikrolan..")
        .because(
            "the domain must run in any host without dragging infrastructure in (STYLE.md rule 1)")
        .check(CORE);
  }

  @Test
  void coreNeverReadsTheSystemClock() {
    noClasses()
        .that()
        .resideInAPackage("dk.mikrolan..")
        .should()
        .accessTargetWhere(readsTheSystemClock())
        .because("time is a parameter: callers pass a date or a Clock (STYLE.md rule 8)")
        .check(CORE);
  }

  @Test
  void coreHoldsNoFloatingPointFields() {
    noFields()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage("dk.mikrolan..")
        .should(haveFloatingPointType())
        .because("money stays exact: long øre or BigDecimal, never double (STYLE.md rule 5)")
        .check(CORE);
  }

  @Test
  void coreTakesAndReturnsNoFloatingPointNumbers() {
    noCodeUnits()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage("dk.mikrolan..")
        .should(takeOrReturnFloatingPoint())
        .because("money stays exact: long øre or BigDecimal, never double (STYLE.md rule 5)")
        .check(CORE);
  }

  @Test
  void onlyTheUseCaseShellAppendsEvents() {
    // Every use case loads, decides purely and appends once through the shell, so idempotency,
    // conflict handling and the letters in the outbox are the same for all of them. Tests may
    // append for setup: CORE holds main classes only.
    noClasses()
        .that()
        .areNotAssignableTo(UseCaseShell.class)
        .should()
        .callMethodWhere(appendsToAnEventStore())
        .because("only dk.mikrolan.usecase.UseCaseShell calls EventStore.append")
        .check(CORE);
  }

  @Test
  void theRuleOnAppendSeesTheShellsOwnAppend() {
    // Guards the rule above against passing because the predicate matches nothing.
    org.assertj.core.api.Assertions.assertThat(CORE.get(UseCaseShell.class).getMethodCallsFromSelf())
        .anyMatch(call -> appendsToAnEventStore().test(call));
  }

  @Test
  void corePackagesHaveNoCycles() {
    slices()
        .matching("dk.mikrolan.(*)..")
        .should()
        .beFreeOfCycles()
        .because("packages are business concepts that build on each other, never on each other in a circle")
        .check(CORE);
  }

  @Test
  void theCycleRuleSeesEveryPackage() {
    // Guards the rule above against passing on slices that match nothing.
    java.util.List<String> names = new java.util.ArrayList<>();
    Slices.matching("dk.mikrolan.(*)..").transform(CORE).forEach(slice -> names.add(slice.getDescription()));
    org.assertj.core.api.Assertions.assertThat(names)
        .contains("Slice loan", "Slice programme", "Slice usecase", "Slice port", "Slice fund", "Slice cohort");
  }

  /**
   * Matches a call of {@code append(AppendBatch)} on the port or any of its implementations, so a
   * call through {@code InMemoryEventStore} counts as much as one through {@link EventStore}.
   */
  private static DescribedPredicate<JavaAccess<?>> appendsToAnEventStore() {
    return DescribedPredicate.describe(
        "append(AppendBatch) on an EventStore",
        access -> {
          AccessTarget target = access.getTarget();
          return target instanceof AccessTarget.MethodCallTarget method
              && method.getName().equals("append")
              && method.getOwner().isAssignableTo(EventStore.class)
              && method.getRawParameterTypes().size() == 1
              && method.getRawParameterTypes().get(0).isEquivalentTo(AppendBatch.class);
        });
  }

  /**
   * Matches {@code now()} and {@code now(ZoneId)} on the java.time types, {@code Clock.system*} and
   * {@code System.currentTimeMillis}; {@code now(Clock)} with a clock the caller passed in is how
   * time enters the domain, so it stays allowed.
   */
  private static DescribedPredicate<JavaAccess<?>> readsTheSystemClock() {
    return DescribedPredicate.describe(
        "reads the system clock",
        access -> {
          AccessTarget target = access.getTarget();
          String owner = target.getOwner().getName();
          String name = target.getName();
          if (TIME_TYPES_WITH_NOW.contains(owner) && name.equals("now")) {
            return !(target instanceof AccessTarget.CodeUnitAccessTarget codeUnit)
                || codeUnit.getRawParameterTypes().stream()
                    .noneMatch(type -> type.isAssignableTo(java.time.Clock.class));
          }
          return (owner.equals("java.time.Clock") && name.startsWith("system"))
              || (owner.equals("java.lang.System")
                  && (name.equals("currentTimeMillis") || name.equals("nanoTime")));
        });
  }

  private static ArchCondition<JavaField> haveFloatingPointType() {
    return new ArchCondition<>("have a floating-point type") {
      @Override
      public void check(JavaField field, ConditionEvents events) {
        boolean floating = FLOATING_POINT_TYPES.contains(field.getRawType().getName());
        events.add(
            new SimpleConditionEvent(
                field,
                floating,
                field.getFullName() + " is of type " + field.getRawType().getName()));
      }
    };
  }

  private static ArchCondition<JavaCodeUnit> takeOrReturnFloatingPoint() {
    return new ArchCondition<>("take or return a floating-point number") {
      @Override
      public void check(JavaCodeUnit unit, ConditionEvents events) {
        boolean floating =
            FLOATING_POINT_TYPES.contains(unit.getRawReturnType().getName())
                || unit.getRawParameterTypes().stream()
                    .anyMatch(type -> FLOATING_POINT_TYPES.contains(type.getName()));
        events.add(
            new SimpleConditionEvent(
                unit, floating, unit.getFullName() + " takes or returns a floating-point number"));
      }
    };
  }
}
