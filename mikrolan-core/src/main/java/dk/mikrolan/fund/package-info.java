/**
 * The loan fund (låneramme / lånepulje): a municipality's ceiling for a period, committed at
 * approval, released on withdrawal or rejection, optionally replenished by repayments.
 */
@org.jspecify.annotations.NullMarked
package dk.mikrolan.fund;
