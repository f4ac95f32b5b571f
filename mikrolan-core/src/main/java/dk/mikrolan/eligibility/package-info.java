/**
 * Eligibility: the named rules of rough sorting (grov sortering) and the advisor's assessment,
 * evaluated to a verdict that lists every rule's outcome and the facts it used.
 */
@org.jspecify.annotations.NullMarked
package dk.mikrolan.eligibility;
