/**
 * A walkthrough of the whole micro-loan programme for a synthetic cohort of twenty entrepreneurs,
 * in-process through the entry point {@link dk.mikrolan.office.Mikrolan} alone: {@link
 * dk.mikrolan.examples.walkthrough.Walkthrough#run} runs it on a caller's entry point (an
 * in-memory store, or a database a demo seeds), {@link
 * dk.mikrolan.examples.walkthrough.Walkthrough#main} on an in-memory store.
 */
package dk.mikrolan.examples.walkthrough;
