/**
 * The programme report as a page people look at: one self-contained HTML page with inline SVG
 * charts, each with a data table beside it, in Danish, for the reference server and the walkthrough.
 */
package dk.mikrolan.examples.report;
