/**
 * The ports adapters implement: an event store that appends to several streams atomically, each
 * at its expected version, with an optional idempotency record — and an in-memory implementation.
 */
@org.jspecify.annotations.NullMarked
package dk.mikrolan.port;
