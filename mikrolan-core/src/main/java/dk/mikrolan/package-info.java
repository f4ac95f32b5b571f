/**
 * mikrolan: the domain of a Danish municipal micro-loan (mikrolån) programme.
 * Sub-packages are business concepts; this package only holds the shared value-type style.
 */
@org.jspecify.annotations.NullMarked
package dk.mikrolan;
