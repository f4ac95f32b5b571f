/**
 * Who may do what, for which municipality: the typed actor (a person with roles, or a named system
 * actor for batch work), the actions of the library's use cases and queries, and the one table
 * of permissions that every use case and query checks.
 */
@org.jspecify.annotations.NullMarked
package dk.mikrolan.access;
