package dk.mikrolan.programme;

/**
 * How much of the application a decision grants. Only {@link #FULL} needs neither a
 * justification nor complaint guidance (forvaltningsloven §§ 22 and 25: a written decision that
 * does not fully grant the request must carry both).
 */
public enum GrantExtent {
  /** The requested amount on the wished terms. */
  FULL,
  /** Less, or on other terms. */
  PARTIAL,
  /** Nothing. */
  NONE
}
