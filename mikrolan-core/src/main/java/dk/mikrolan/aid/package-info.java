/**
 * EU state aid in an interest-free loan: the gross grant equivalent (bruttotilskudsækvivalent)
 * that de minimis registration needs.
 */
@org.jspecify.annotations.NullMarked
package dk.mikrolan.aid;
