/**
 * Benchmarks: JMH benchmarks and measurement harnesses run by hand (never in the test suite), e.g.
 * {@link org.ltc.examples.bench.LdaVsMallet}, our LDA side by side with MALLET.
 *
 * <p>Not API. Single-threaded drivers (each harness starts and joins its own worker threads).
 */
package org.ltc.examples.bench;
