/**
 * Durable storage of mikrolan's aggregates over the host's {@code DataSource}: an append-only event
 * store with atomic multi-stream appends, read models updated in the same transaction, encrypted
 * CPR numbers, and namespaced migrations.
 */
@org.jspecify.annotations.NullMarked
package dk.mikrolan.jdbc;
