/**
 * The loan account after the grant: an event-sourced ledger of disbursements, payments and their
 * allocation, reversals, deferrals (henstand), reschedules, write-offs (eftergivelse), refunds and
 * arrears (restance).
 */
@org.jspecify.annotations.NullMarked
package dk.mikrolan.loan;
