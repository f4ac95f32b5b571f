/**
 * Embedding samples, each a few lines a host writes: the core alone, the JDBC adapter on the
 * host's own {@code DataSource}, and the REST adapter's Feature in the host's own Jersey
 * application. Their tests run them.
 */
package dk.mikrolan.examples.embedding;
