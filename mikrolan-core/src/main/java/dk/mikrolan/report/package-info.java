/**
 * Outcomes (is the participant self-supporting at 6, 12 and 24 months?) and the programme report:
 * funnel, loans, repayment and outcomes per municipality, cohort or period.
 */
@org.jspecify.annotations.NullMarked
package dk.mikrolan.report;
