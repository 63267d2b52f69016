/**
 * JMH benchmarks and memory probes of the SDK (test scope, so JMH never ships in {@code ltc.jar}).
 * Run them with the scripts in {@code ltc-examples/bench/} (and {@code ltc-examples/bench-lda.sh} for
 * {@link org.ltc.examples.bench.LdaVsMallet}, our LDA against MALLET); figures are in the README.
 *
 * <p>Not API. Each benchmark state is confined to JMH's threads as its scope says.
 */
package org.ltc.examples.bench;
