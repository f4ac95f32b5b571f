package dk.mikrolan.rest;

/** Ends a request with a problem; the adapter's mapper writes it as {@code application/problem+json}. */
final class ProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // never serialised: it ends a request in the same process
  private final Problem problem;

  ProblemException(Problem problem) {
    super(problem.kind().name() + ": " + problem.detail(), null, false, false);
    this.problem = problem;
  }

  ProblemException(Problem.Kind kind, String detail) {
    this(Problem.of(kind, detail));
  }

  Problem problem() {
    return problem;
  }
}
