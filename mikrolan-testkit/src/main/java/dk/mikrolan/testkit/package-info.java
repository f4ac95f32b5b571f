/**
 * Property-test support for users of mikrolan: QuickTheories generators of valid (and deliberately
 * broken) loan inputs, and plain-Java law checks that any property-testing library can call.
 */
@org.jspecify.annotations.NullMarked
package dk.mikrolan.testkit;
