/**
 * The one entry point a host builds once: it authenticates nothing itself but takes the actor the
 * host authenticated, checks the permission table, dates what the boundary dates, fills every
 * "by" from the actor, and runs the use cases through the shell.
 */
@org.jspecify.annotations.NullMarked
package dk.mikrolan.office;
