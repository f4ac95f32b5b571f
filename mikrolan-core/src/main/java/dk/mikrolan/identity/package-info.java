/**
 * Danish identifiers: CPR numbers of people (masked wherever a person does not need the full
 * number) and CVR numbers of businesses.
 */
@org.jspecify.annotations.NullMarked
package dk.mikrolan.identity;
