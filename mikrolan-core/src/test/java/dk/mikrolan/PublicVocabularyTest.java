package dk.mikrolan;

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
    assertThat(recordsAcceptingNull(MAIN, arePublicApi())).isEmpty();
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

  /**
   * Returns the rule on signatures; shared in spirit with {@code JdbcPublicVocabularyTest}.
   *
   * @return the rule, never null
   */
  static ArchRule vocabularyRule(DescribedPredicate<JavaClass> publicApi) {
    return classes()
        .that(publicApi)
        .should(speakTheJdksVocabulary())
        .because(
            "callers see one vocabulary: JDK Optional, List, Set and Map; Vavr only as the outcome"
                + " types Either and Validation and as Seq<Violation> for their reasons");
  }

  static ArchRule arrayRule(DescribedPredicate<JavaClass> publicApi) {
    return classes()
        .that(publicApi)
        .should(handOutNoArrays())
        .because("an array is mutable: callers get an unmodifiable List instead");
  }

  /**
   * Returns the public records that construct with every reference component null (primitives
   * zero or false), or that refuse it with something other than the exceptions of a broken
   * invariant. Records of primitive components only are left out: they have no null to refuse;
   * so are the {@link #RAW_INPUT_RECORDS}.
   */
  static List<String> recordsAcceptingNull(
      JavaClasses classes, DescribedPredicate<JavaClass> publicApi) {
    List<String> accepting = new ArrayList<>();
    for (JavaClass javaClass : classes) {
      if (!publicApi.test(javaClass)
          || !javaClass.reflect().isRecord()
          || RAW_INPUT_RECORDS.contains(javaClass.getName())) {
        continue;
      }
      Class<?> type = javaClass.reflect();
      RecordComponent[] components = type.getRecordComponents();
      if (Stream.of(components).allMatch(component -> component.getType().isPrimitive())) {
        continue;
      }
      Class<?>[] types = Stream.of(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
      Object[] arguments =
          Stream.of(types)
              .map(t -> t.isPrimitive() ? Array.get(Array.newInstance(t, 1), 0) : null)
              .toArray();
      try {
        Constructor<?> canonical = type.getDeclaredConstructor(types);
        canonical.newInstance(arguments);
        accepting.add(type.getName() + " accepts null components");
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (!(cause instanceof NullPointerException || cause instanceof IllegalArgumentException)) {
          accepting.add(type.getName() + " answers null components with " + cause);
        }
      } catch (ReflectiveOperationException e) {
        accepting.add(type.getName() + " cannot be constructed reflectively: " + e);
      }
    }
    return accepting;
  }

  /**
   * Matches a type a caller outside the package can name: public, not generated by the compiler,
   * and inside public types only. Generated {@code Immutable*} classes are package-private and so
   * not matched; what their builders add to a public {@code Builder} is checked as inherited.
   */
  static DescribedPredicate<JavaClass> arePublicApi() {
    return DescribedPredicate.describe("are public types", PublicVocabularyTest::isPublicApi);
  }

  private static boolean isPublicApi(JavaClass javaClass) {
    if (!javaClass.getModifiers().contains(JavaModifier.PUBLIC)
        || javaClass.isAnonymousClass()
        || javaClass.isLocalClass()) {
      return false;
    }
    return javaClass.getEnclosingClass().map(PublicVocabularyTest::isPublicApi).orElse(true);
  }

  private static boolean isVisible(JavaMember member) {
    Set<JavaModifier> modifiers = member.getModifiers();
    return (modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED))
        && !modifiers.contains(JavaModifier.SYNTHETIC)
        && !modifiers.contains(JavaModifier.BRIDGE);
  }

  /**
   * Returns the members a caller sees on a public type: its own visible members, and those it
   * inherits from supertypes in mikrolan that are not public (such as a generated builder).
   */
  private static List<JavaMember> visibleMembers(JavaClass javaClass) {
    List<JavaMember> members = new ArrayList<>();
    Stream.concat(Stream.of(javaClass), hiddenSupertypes(javaClass))
        .forEach(
            owner -> {
              owner.getCodeUnits().stream()
                  .filter(PublicVocabularyTest::isVisible)
                  .filter(unit -> owner == javaClass || !unit.isConstructor())
                  .forEach(members::add);
              owner.getFields().stream().filter(PublicVocabularyTest::isVisible).forEach(members::add);
            });
    return members;
  }

  private static Stream<JavaClass> hiddenSupertypes(JavaClass javaClass) {
    return Stream.concat(
            javaClass.getAllRawSuperclasses().stream(), javaClass.getAllRawInterfaces().stream())
        .filter(type -> type.getPackageName().startsWith("dk.mikrolan"))
        .filter(type -> !isPublicApi(type));
  }

  private static ArchCondition<JavaClass> speakTheJdksVocabulary() {
    return new ArchCondition<>("use no Vavr type in public signatures but Either, Validation and Seq<Violation>") {
      @Override
      public void check(JavaClass javaClass, ConditionEvents events) {
        Map<String, List<JavaType>> signatures = new java.util.LinkedHashMap<>();
        List<JavaType> classTypes = new ArrayList<>(javaClass.getTypeParameters());
        javaClass.getSuperclass().ifPresent(classTypes::add);
        classTypes.addAll(javaClass.getInterfaces());
        signatures.put(javaClass.getName() + " (type parameters and supertypes)", classTypes);
        for (JavaMember member : visibleMembers(javaClass)) {
          List<JavaType> types = new ArrayList<>();
          if (member instanceof JavaCodeUnit unit) {
            types.add(unit.getReturnType());
            types.addAll(unit.getParameterTypes());
            types.addAll(unit.getTypeParameters());
          } else if (member instanceof JavaField field) {
            types.add(field.getType());
          }
          signatures.put(member.getFullName(), types);
        }
        signatures.forEach(
            (where, types) -> {
              List<String> misuses = new ArrayList<>();
              types.forEach(type -> collectMisuses(type, new HashSet<>(), misuses));
              misuses.stream()
                  .distinct()
                  .forEach(
                      misuse ->
                          events.add(
                              SimpleConditionEvent.violated(javaClass, where + " uses " + misuse)));
            });
      }
    };
  }

  /**
   * Collects every Vavr type in a type, type arguments, bounds and array components included, that
   * is not {@code Either}, {@code Validation} or a {@code Seq} of {@link Violation}.
   */
  private static void collectMisuses(JavaType type, Set<String> seenVariables, List<String> misuses) {
    if (type instanceof JavaParameterizedType parameterized) {
      JavaClass raw = parameterized.toErasure();
      List<JavaType> arguments = parameterized.getActualTypeArguments();
      if (raw.isEquivalentTo(Seq.class)) {
        boolean ofViolations =
            arguments.size() == 1
                && arguments.get(0) instanceof JavaClass element
                && element.isAssignableTo(Violation.class);
        if (!ofViolations) {
          misuses.add(parameterized.getName() + " (a Seq holds violations only)");
        }
        return;
      }
      collectMisuses(raw, seenVariables, misuses);
      arguments.forEach(argument -> collectMisuses(argument, seenVariables, misuses));
    } else if (type instanceof JavaWildcardType wildcard) {
      wildcard.getUpperBounds().forEach(bound -> collectMisuses(bound, seenVariables, misuses));
      wildcard.getLowerBounds().forEach(bound -> collectMisuses(bound, seenVariables, misuses));
    } else if (type instanceof JavaTypeVariable<?> variable) {
      if (seenVariables.add(variable.getName())) {
        variable.getUpperBounds().forEach(bound -> collectMisuses(bound, seenVariables, misuses));
      }
    } else if (type instanceof JavaGenericArrayType array) {
      collectMisuses(array.getComponentType(), seenVariables, misuses);
    } else if (type instanceof JavaClass javaClass) {
      JavaClass base = javaClass.isArray() ? javaClass.getBaseComponentType() : javaClass;
      if (base.getPackageName().startsWith("io.vavr")
          && !base.isEquivalentTo(Either.class)
          && !base.isEquivalentTo(Validation.class)) {
        misuses.add(
            base.getName()
                + (base.isEquivalentTo(Seq.class) ? " (a Seq holds violations only)" : ""));
      }
    }
  }

  private static ArchCondition<JavaClass> handOutNoArrays() {
    return new ArchCondition<>("return no array from a public method nor hold one in a public field") {
      @Override
      public void check(JavaClass javaClass, ConditionEvents events) {
        for (JavaMember member : visibleMembers(javaClass)) {
          boolean array =
              (member instanceof JavaMethod method
                      && holdsAnArray(method.getReturnType())
                      && !isEnumValues(method))
                  || (member instanceof JavaField field && holdsAnArray(field.getType()));
          if (array) {
            events.add(
                SimpleConditionEvent.violated(javaClass, member.getFullName() + " hands out an array"));
          }
        }
      }
    };
  }

  /** Returns whether a type is an array or has one among its type arguments, such as {@code Map<K, int[]>}. */
  private static boolean holdsAnArray(JavaType type) {
    if (type instanceof JavaParameterizedType parameterized) {
      return parameterized.getActualTypeArguments().stream().anyMatch(PublicVocabularyTest::holdsAnArray);
    }
    if (type instanceof JavaWildcardType wildcard) {
      return wildcard.getUpperBounds().stream().anyMatch(PublicVocabularyTest::holdsAnArray);
    }
    return type instanceof JavaGenericArrayType
        || (type instanceof JavaClass javaClass && javaClass.isArray());
  }

  /** The compiler gives every enum {@code values()}, which returns a fresh array on each call. */
  private static boolean isEnumValues(JavaMethod method) {
    return method.getOwner().isEnum()
        && method.getName().equals("values")
        && method.getRawParameterTypes().isEmpty();
  }
}
