/**
 * Cohorts (hold): the course sessions, guidance and coaching sessions and seminar days a group of
 * participants goes through together, and each participant's attendance.
 */
@org.jspecify.annotations.NullMarked
package dk.mikrolan.cohort;
