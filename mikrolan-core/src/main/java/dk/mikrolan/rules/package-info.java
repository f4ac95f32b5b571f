/**
 * What the domain says when it will not do something: input violations (collected, never the
 * first only), refusals of commands, and the bilingual texts and legal sources behind them.
 */
@org.jspecify.annotations.NullMarked
package dk.mikrolan.rules;
