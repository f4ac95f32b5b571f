package dk.mikrolan.rules;

import io.vavr.collection.Seq;

/**
 * Thrown by the throwing factories ({@code of}) when input is invalid; carries every violation.
 *
 * <p>Callers handling untrusted input use the {@code validate} factories instead, which return the
 * violations as a value.
 */
public final class InvalidInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient Seq<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param violations the violations, not null, not empty
   */
  public InvalidInputException(Seq<Violation> violations) {
    super(violations.mkString("; "));
    this.violations = violations;
  }

  /**
   * Returns every violation.
   *
   * @return the violations, never null nor empty
   */
  public Seq<Violation> violations() {
    return violations;
  }
}
