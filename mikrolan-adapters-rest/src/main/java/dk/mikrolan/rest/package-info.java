/**
 * The REST adapter: a portable Jakarta REST 3.1 API over the core's entry point. {@link
 * dk.mikrolan.rest.MikrolanRest} builds it once; its {@link dk.mikrolan.rest.MikrolanRestFeature}
 * registers every provider, filter and exception mapper, and {@link
 * dk.mikrolan.rest.MikrolanRest#application()} adds the resources, for any Jakarta REST runtime.
 * The adapter translates HTTP to the entry point and its refusals to status codes; it decides
 * nothing.
 */
@org.jspecify.annotations.NullMarked
package dk.mikrolan.rest;
