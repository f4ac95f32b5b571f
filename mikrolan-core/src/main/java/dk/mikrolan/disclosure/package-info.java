/**
 * A request for access (aktindsigt, forvaltningsloven § 9; the data subject's right of access,
 * GDPR art. 15): the review package of everything a case holds, in which what may be exempt is
 * marked, with its ground, for the caseworker to decide — never silently left in or out.
 */
@org.jspecify.annotations.NullMarked
package dk.mikrolan.disclosure;
