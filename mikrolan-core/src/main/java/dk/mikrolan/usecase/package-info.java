/**
 * The application layer's shell: every use case loads the aggregates it touches, makes one pure
 * decision across them, and has the shell append every stream at once, with its idempotency
 * record and its letters in the same append.
 */
@org.jspecify.annotations.NullMarked
package dk.mikrolan.usecase;
