package dk.mikrolan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noCodeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

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
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rules of the house that a compiler cannot check: the domain depends on nothing but the JDK
 * and the few libraries STYLE.md names, never reads the system clock, and never holds money (or
 * anything else) in binary floating point.
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
