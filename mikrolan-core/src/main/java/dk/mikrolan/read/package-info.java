/**
 * The read port: the queries that lists and searches need (cases, loans in arrears, a case's
 * history, a fund's room, an undertaking's de minimis total), each scoped by the municipalities it
 * is asked for, with cursor paging in a documented order — and the in-memory implementation.
 */
@org.jspecify.annotations.NullMarked
package dk.mikrolan.read;
