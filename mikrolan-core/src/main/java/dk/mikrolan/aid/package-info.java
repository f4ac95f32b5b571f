/**
 * EU state aid in an interest-free loan: the gross grant equivalent (bruttotilskudsækvivalent) at
 * the Commission's reference and discount rates, each undertaking's de minimis record under
 * Regulation (EU) 2023/2831, and its export for the national register.
 */
@org.jspecify.annotations.NullMarked
package dk.mikrolan.aid;
