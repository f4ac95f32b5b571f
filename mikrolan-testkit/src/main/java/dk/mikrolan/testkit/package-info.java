/**
 * Generators (QuickTheories) and plain-Java law checks for property tests of mikrolan's loan
 * rules: generate terms, schedules and command scripts; check what must always hold.
 */
@org.jspecify.annotations.NullMarked
package dk.mikrolan.testkit;
