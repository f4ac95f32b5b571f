/**
 * Repayment terms and the interest-free repayment schedule: nominal and banking-day due dates,
 * exact splitting of the principal, and validation against the programme policy.
 */
@org.jspecify.annotations.NullMarked
package dk.mikrolan.schedule;
