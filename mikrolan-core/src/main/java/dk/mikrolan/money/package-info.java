/**
 * Danish kroner, exactly: amounts held as whole øre, checked on the way in from
 * {@code javax.money.MonetaryAmount}, and formatted and parsed the Danish way for letters.
 */
@org.jspecify.annotations.NullMarked
package dk.mikrolan.money;
