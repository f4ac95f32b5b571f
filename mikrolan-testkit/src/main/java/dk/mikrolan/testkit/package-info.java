/**
 * QuickTheories generators and plain-Java law checks for property tests of mikrolan's rules, one
 * generator class per concept ({@code MoneyGenerators}, {@code CalendarGenerators}).
 */
@org.jspecify.annotations.NullMarked
package dk.mikrolan.testkit;
