package dk.mikrolan;

import dk.mikrolan.rules.Refusal;
import dk.mikrolan.rules.Violation;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Signatures {@link PublicVocabularyTest} must catch, so that its rules cannot pass by looking
 * only at raw types or at a class's own members; only the members named {@code allowed} are
 * right.
 */
@SuppressWarnings("unused")
public final class VocabularyFixture {
  /** A field the rule must see. */
  public final Option<String> field = Option.none();

  /**
   * A constructor the rule must see.
   *
   * @param value a value
   */
  public VocabularyFixture(Option<String> value) {}

  /** An Option inside a JDK list. */
  public List<Option<String>> nested() {
    return List.of();
  }

  /** A Vector inside an allowed outcome. */
  public Either<Refusal, Vector<String>> outcome() {
    return Either.right(Vector.empty());
  }

  /** A Seq of something other than violations. */
  public Seq<String> reasons() {
    return Vector.empty();
  }

  /** An Option as the bound of a type parameter. */
  public <T extends Option<String>> void bounded(T value) {}

  /** A Vector as the bound of a wildcard. */
  public void wildcard(List<? extends Vector<String>> values) {}

  /** The outcome types and a Seq of violations, as the rule allows them. */
  public Validation<Seq<Violation>, Optional<String>> allowed(Either<Refusal, String> in) {
    return Validation.valid(Optional.empty());
  }

  /** An array inside a returned map. */
  public Map<String, int[]> array() {
    return Map.of();
  }

  /** A public builder whose methods come from a package-private superclass. */
  public static final class Builder extends HiddenBuilder {}

  /** Stands for a generated {@code Immutable*.Builder}. */
  static class HiddenBuilder {
    /** A method a caller reaches through the public builder. */
    public HiddenBuilder inherited(Option<String> value) {
      return this;
    }
  }
}
