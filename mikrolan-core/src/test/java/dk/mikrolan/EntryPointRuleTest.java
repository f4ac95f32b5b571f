package dk.mikrolan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dk.mikrolan.office.Mikrolan;
import dk.mikrolan.programme.LetterDispatcher;
import dk.mikrolan.usecase.UseCase;
import dk.mikrolan.usecase.UseCaseShell;
import org.junit.jupiter.api.Test;

/**
 * Within the library, use cases run only through the entry point ({@link Mikrolan}), which checks
 * the actor's permissions, stamps who acts and dates decisions: no other main class runs the
 * shell or obtains a use case. The letter dispatcher, which the entry point builds, records
 * deliveries through the shell as the system.
 */
class EntryPointRuleTest {

  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(new ImportOption.DoNotIncludeTests())
      .withImportOption(location -> !location.contains("/dk/mikrolan/testkit/"))
      .importPackages("dk.mikrolan");

  @Test
  void onlyTheEntryPointAndTheDispatcherRunTheShell() {
    noClasses()
        .that().resideOutsideOfPackage("dk.mikrolan.office")
        .and().doNotHaveFullyQualifiedName(LetterDispatcher.class.getName())
        .and().doNotHaveFullyQualifiedName(UseCaseShell.class.getName())
        .should().callMethodWhere(runsTheShell())
        .because("the entry point checks permissions and stamps the actor before a use case runs")
        .check(CORE);
  }

  @Test
  void onlyTheEntryPointObtainsAUseCase() {
    noClasses()
        .that().resideOutsideOfPackage("dk.mikrolan.office")
        .and().doNotHaveFullyQualifiedName(LetterDispatcher.class.getName())
        .should().accessTargetWhere(obtainsAUseCase())
        .because("a use case obtained elsewhere would run without the entry point's checks")
        .check(CORE);
  }

  @Test
  void theRulesSeeTheEntryPointsOwnCalls() {
    // Guards the rules above against passing because their predicates match nothing.
    assertThat(CORE.get(Mikrolan.class).getAccessesFromSelf()).anyMatch(a -> runsTheShell().test(a));
    assertThat(CORE.get(Mikrolan.class).getAccessesFromSelf()).anyMatch(a -> obtainsAUseCase().test(a));
  }

  private static DescribedPredicate<JavaAccess<?>> runsTheShell() {
    return DescribedPredicate.describe("UseCaseShell.run", access -> access.getTarget().getOwner()
        .isEquivalentTo(UseCaseShell.class) && access.getTarget().getName().equals("run"));
  }

  /** A static factory or constructor of a class that implements {@link UseCase}, called from outside it. */
  private static DescribedPredicate<JavaAccess<?>> obtainsAUseCase() {
    return DescribedPredicate.describe("obtains a use case", access -> {
      AccessTarget target = access.getTarget();
      boolean factoryOrConstructor = target instanceof AccessTarget.ConstructorCallTarget
          || target instanceof AccessTarget.MethodCallTarget method
              && method.resolveMember().map(m -> m.getModifiers()
                  .contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC)
                  && m.getRawReturnType().isAssignableTo(UseCase.class)).orElse(false);
      return factoryOrConstructor && target.getOwner().isAssignableTo(UseCase.class)
          && !access.getOriginOwner().equals(target.getOwner());
    });
  }
}
