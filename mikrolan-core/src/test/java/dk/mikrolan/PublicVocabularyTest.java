package dk.mikrolan;

import static dk.mikrolan.testkit.PublicVocabulary.arePublicApi;
import static dk.mikrolan.testkit.PublicVocabulary.arrayRule;
import static dk.mikrolan.testkit.PublicVocabulary.vocabularyRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaGenericArrayType;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaTypeVariable;
import com.tngtech.archunit.core.domain.JavaWildcardType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dk.mikrolan.rules.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import dk.mikrolan.testkit.PublicVocabulary;

/**
 * One public vocabulary: every public or protected signature of a public type in core and the
 * testkit (return and parameter types, constructor parameters, public fields, record components,
 * type parameters and supertypes, type arguments included) speaks the JDK's {@code Optional},
 * {@code List}, {@code Set} and {@code Map}, never a Vavr type — except Vavr's {@code Either} and
 * {@code Validation} as outcomes and {@code Seq<Violation>} as the violations or reasons they carry.
 * Vavr stays free inside implementations. No public method hands out an array, and every public
 * record refuses null components.
 *
 * <p>{@code JdbcPublicVocabularyTest} keeps the same rule for the JDBC adapter.
 */
class PublicVocabularyTest {

  /** Core's main classes and the testkit's, which core compiles into its test classes. */
  private static final ImportOption MAIN_AND_TESTKIT =
      location ->
          new ImportOption.DoNotIncludeTests().includes(location)
              || location.contains("/dk/mikrolan/testkit/");

  /**
   * Records that must accept null: the raw input from a form or another system, where anything may
   * be missing. Their validators report a missing value as a {@code Violation}, with every other
   * problem; an exception at construction would turn that into one unexplained error, and Jakarta
   * Validation and JSON binding need the nullable components.
   */
  static final Set<String> RAW_INPUT_RECORDS =
      Set.of(
          "dk.mikrolan.programme.ApplicationForm",
          "dk.mikrolan.programme.ApplicationForm$Item",
          "dk.mikrolan.schedule.RepaymentRequest");

  private static final JavaClasses MAIN =
      new ClassFileImporter().withImportOption(MAIN_AND_TESTKIT).importPackages("dk.mikrolan");

  @Test
  void importsCoreAndTheTestkitButNoTests() {
    // Guards the rules below against passing vacuously on an empty or wrong import.
    assertThat(MAIN.stream().map(JavaClass::getName))
        .contains("dk.mikrolan.schedule.RepaymentSchedule", "dk.mikrolan.testkit.LoanLaws")
        .doesNotContain("dk.mikrolan.ArchitectureTest", "dk.mikrolan.PublicVocabularyTest");
  }

  @Test
  void publicSignaturesSpeakTheJdksVocabulary() {
    vocabularyRule(arePublicApi()).check(MAIN);
  }

  @Test
  void noPublicMethodReturnsAnArray() {
    arrayRule(arePublicApi()).check(MAIN);
  }

  @Test
  void everyPublicRecordRefusesNullComponents() {
    assertThat(PublicVocabulary.recordsAcceptingNull(MAIN, arePublicApi(), RAW_INPUT_RECORDS)).isEmpty();
  }

  @Test
  void theVocabularyRuleSeesTypeArgumentsBoundsAndInheritedMembers() {
    // Guards the rule against passing because it looks only at raw types or own members.
    JavaClasses fixture =
        new ClassFileImporter()
            .importClasses(
                VocabularyFixture.class,
                VocabularyFixture.Builder.class,
                VocabularyFixture.HiddenBuilder.class);
    assertThat(vocabularyRule(arePublicApi()).evaluate(fixture).getFailureReport().getDetails())
        .hasSize(8)
        .anyMatch(line -> line.contains("nested()") && line.contains("io.vavr.control.Option"))
        .anyMatch(line -> line.contains("outcome()") && line.contains("io.vavr.collection.Vector"))
        .anyMatch(line -> line.contains("reasons()") && line.contains("Seq<java.lang.String>"))
        .anyMatch(line -> line.contains("bounded(") && line.contains("io.vavr.control.Option"))
        .anyMatch(line -> line.contains("wildcard(") && line.contains("io.vavr.collection.Vector"))
        .anyMatch(line -> line.contains("field") && line.contains("io.vavr.control.Option"))
        .anyMatch(line -> line.contains("VocabularyFixture.<init>(") && line.contains("io.vavr.control.Option"))
        .anyMatch(line -> line.contains("inherited(") && line.contains("io.vavr.control.Option"))
        .noneMatch(line -> line.contains("allowed"));
    assertThat(arrayRule(arePublicApi()).evaluate(fixture).getFailureReport().getDetails())
        .singleElement()
        .asString()
        .contains("array()");
  }
}
