/**
 * Topic models: collapsed latent Dirichlet allocation (Griffiths and Steyvers 2004) trained by an exact
 * sampler against a per-sweep snapshot whose cost per token does not grow with the number of topics, after a
 * staged warm start ({@link org.ltc.theming.topic.LdaTrainer}), the trained {@link org.ltc.theming.topic.LdaModel} (inference
 * for new documents, held-out log-likelihood by document completion), NPMI coherence
 * ({@link org.ltc.theming.topic.Npmi}), and the {@code lda} themer ({@link org.ltc.theming.topic.LdaThemer}).
 *
 * <p>Public API. Options and models are immutable and thread-safe; a training run uses its own threads and
 * shares no state with other runs.
 */
package org.ltc.theming.topic;
