package dk.mikrolan.jdbc;

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
 * One public vocabulary, for the JDBC adapter: the rule of core's {@code JdbcPublicVocabularyTest}
 * (JDK {@code Optional}, {@code List}, {@code Set} and {@code Map} in every public or protected
 * signature, type arguments included; of Vavr only {@code Either}, {@code Validation} and {@code
 * Seq<Violation>}; no array handed out; every public record refuses null components), applied to
 * {@code dk.mikrolan.jdbc}. The checks are the same as core's; core's test also proves on a
 * fixture that they see type arguments, bounds and inherited members.
 */
class JdbcPublicVocabularyTest {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(new ImportOption.DoNotIncludeTests())
          .importPackages("dk.mikrolan.jdbc");

  @Test
  void importsTheAdapterButNoTests() {
    // Guards the rules below against passing vacuously on an empty or wrong import.
    assertThat(MAIN.stream().map(JavaClass::getName))
        .contains("dk.mikrolan.jdbc.JdbcEventStore", "dk.mikrolan.jdbc.MikrolanJdbc")
        .doesNotContain("dk.mikrolan.jdbc.JdbcPublicVocabularyTest")
        .allMatch(name -> name.startsWith("dk.mikrolan.jdbc."));
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

  /**
   * Returns the rule on signatures; shared in spirit with {@code JdbcJdbcPublicVocabularyTest}.
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
   * invariant. Records of primitive components only are left out: they have no null to refuse.
   */
  static List<String> recordsAcceptingNull(
      JavaClasses classes, DescribedPredicate<JavaClass> publicApi) {
    List<String> accepting = new ArrayList<>();
    for (JavaClass javaClass : classes) {
      if (!publicApi.test(javaClass) || !javaClass.reflect().isRecord()) {
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
    return DescribedPredicate.describe("are public types", JdbcPublicVocabularyTest::isPublicApi);
  }

  private static boolean isPublicApi(JavaClass javaClass) {
    if (!javaClass.getModifiers().contains(JavaModifier.PUBLIC)
        || javaClass.isAnonymousClass()
        || javaClass.isLocalClass()) {
      return false;
    }
    return javaClass.getEnclosingClass().map(JdbcPublicVocabularyTest::isPublicApi).orElse(true);
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
                  .filter(JdbcPublicVocabularyTest::isVisible)
                  .filter(unit -> owner == javaClass || !unit.isConstructor())
                  .forEach(members::add);
              owner.getFields().stream().filter(JdbcPublicVocabularyTest::isVisible).forEach(members::add);
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
      return parameterized.getActualTypeArguments().stream().anyMatch(JdbcPublicVocabularyTest::holdsAnArray);
    }
    if (type instanceof JavaWildcardType wildcard) {
      return wildcard.getUpperBounds().stream().anyMatch(JdbcPublicVocabularyTest::holdsAnArray);
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
