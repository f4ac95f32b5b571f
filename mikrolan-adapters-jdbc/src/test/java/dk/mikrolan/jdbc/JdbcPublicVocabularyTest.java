package dk.mikrolan.jdbc;

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
 * One public vocabulary, for the JDBC adapter: the rule of {@link PublicVocabulary}
 * (JDK {@code Optional}, {@code List}, {@code Set} and {@code Map} in every public or protected
 * signature, type arguments included; of Vavr only {@code Either}, {@code Validation} and {@code
 * Seq<Violation>}; no array handed out; every public record refuses null components), applied to
 * {@code dk.mikrolan.jdbc}. Core's test proves on a fixture that the
 * rules see type arguments, bounds and inherited members.
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
    assertThat(PublicVocabulary.recordsAcceptingNull(MAIN, arePublicApi(), Set.of())).isEmpty();
  }
}
