/**
 * A municipality's programme policy and its dated versions: every limit the memo fixes is a
 * default here, and the version in force on a decision's date is the one that applies.
 */
@org.jspecify.annotations.NullMarked
package dk.mikrolan.policy;
