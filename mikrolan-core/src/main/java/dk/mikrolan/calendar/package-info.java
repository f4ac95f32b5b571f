/**
 * Danish banking days: the bank closing days (banklukkedage) published by Danmarks Nationalbank,
 * computed for 2000–2199 with dated rules a host can override, and the next banking day.
 */
@org.jspecify.annotations.NullMarked
package dk.mikrolan.calendar;
